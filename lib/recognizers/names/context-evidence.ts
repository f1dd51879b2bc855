/**
 * Evidence from the words around a name: `in X` (place), `X said` (person), `X, 36,` (person), `X-based` and
 * `X, the capital of` (place), `X province` (place), `X fighters` (organization), `the X` (not a person).
 */
import type { PreparedText } from '../../text/prepare';
import {
  ORGANIZATION_DESCRIPTORS,
  ORGANIZATION_FOLLOWERS,
  ORGANIZATION_POSSESSIONS,
  PERSON_DESCRIPTORS,
  PERSON_POSSESSIONS,
  PLACE_DESCRIPTORS,
  PLACE_FOLLOWERS,
  SPEECH_VERBS,
} from '../../lexicon/entity-words';
import { vote, type Mention } from './mention';
import { lookupPlace } from '../../lexicon/gazetteer';

/** Lower-case nouns after a name that make it a ruler's: `the Assad regime`, `the Obama administration`. */
const RULER_FOLLOWERS = new Set(['regime', 'administration', 'dictatorship']);

/**
 * `, England, 4 June` `, the Netherlands.` `, Ohio)`: a comma, then up to three capitalised words that close the
 * phrase; not a list going on (`, Kansas, Tangerine Dream`).
 */
const PLACE_WITHIN = /^,\s*(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})\s*(?:[.;:)\n]|,\s*[\p{Ll}\p{N}]|$)/u;

/** Words after which an unknown name is more often a person's than a place's. */
const PERSON_SLOT_BEFORE = new Set(['for', 'against', 'by', 'told', 'thanked', 'blamed', 'accused', 'urged', 'met']);

/** Words between people and their employer: `analysts at X`, `an engineer with X`. */
const EMPLOYER_LINKS = new Set(['at', 'with']);

/** Participles that, hyphened to who holds it, describe ground: `rebel-held`, `Kurdish-controlled`. */
const HELD_GROUND = new Set(['held', 'controlled', 'occupied', 'besieged']);

const PLACE_PREPOSITIONS = new Set([
  'in',
  'near',
  'from',
  'across',
  'into',
  'outside',
  'inside',
  'around',
  'towards',
  'toward',
  'throughout',
  'entered',
  'visited',
  'visit',
  'via',
  'reached',
]);

/** `X is a village`, `X was an American actor`, `X is a Dutch utility`: a copula, an article, up to two modifiers and
 * the noun that says what X is. */
const COPULA_DEFINITION = /^\s+(?:is|was)\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;
/** `X, a private company that`, `X, the governor of`: an apposition says what X is the same way; its head is its
 * last descriptor (`a company spokesman`). */
const APPOSITION = /^,\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;

/**
 * The type a definition after the name gives it (the first of its words that a descriptor list holds, or the last
 * with `headLast`: an apposition's head ends it), or null.
 */
function definedType(after: string, pattern = COPULA_DEFINITION, headLast = false): 'person' | 'organization' | 'place' | null {
  const words = pattern.exec(after)?.[1].toLowerCase().split(/\s+/) ?? [];
  if (headLast) words.reverse();
  for (const w of words) {
    if (PLACE_DESCRIPTORS.has(w)) return 'place';
    if (ORGANIZATION_DESCRIPTORS.has(w)) return 'organization';
    if (PERSON_DESCRIPTORS.has(w)) return 'person';
  }
  return null;
}

export function contextEvidence(prep: PreparedText, m: Mention, last: number): void {
  const { tokens, text } = prep;
  const word = (i: number) => (i >= 0 && i < tokens.length && tokens[i].sentence === m.sentence ? tokens[i].text : '');
  const prev = word(m.first - 1);
  const prev2 = word(m.first - 2);
  const next = word(last + 1);
  const next2 = word(last + 2);
  const after = text.slice(m.end, m.end + 40);

  // `Turkey's Erdogan`, `Syria's Assad`: a country's leader; not `Sudan's Kassala state`, a part of the country.
  if (/^['’]s$/.test(prev) && lookupPlace(prev2).some((e) => e.kind === 'country') && m.words.length <= 2 && !PLACE_FOLLOWERS.has(next))
    vote(m, 'person', 1.5, 'person/context');
  // Case aside: `Near X, ...` and `In X, ...` start their sentence.
  const prevLower = prev.toLowerCase();
  if (PLACE_PREPOSITIONS.has(prevLower)) vote(m, 'place', 1, 'place/context');
  if (prev === 'to' || prev === 'at') vote(m, 'place', 0.4, 'place/context');
  // `the X` is rarely a person, except a ruler's `the Assad regime`, `the Obama administration` (voted below).
  if (prevLower === 'the' && !RULER_FOLLOWERS.has(next)) vote(m, 'person', -2, 'person/context');
  if (prev === 'to' && prev2 === 'according') {
    vote(m, 'organization', 0.6, 'organization/context');
    vote(m, 'person', 0.4, 'person/context');
  }
  if (SPEECH_VERBS.has(next)) {
    vote(m, 'person', 1.2, 'person/context');
    vote(m, 'organization', 0.4, 'organization/context');
  }
  // `..., says Manal, as she ...`: the speaker after the verb, then the clause ends.
  if (SPEECH_VERBS.has(prev) && /^\s*(?:[,.;]|$)/.test(after)) vote(m, 'person', 1.2, 'person/context');
  if (/^,\s*(?:who|whose)\b/.test(after)) vote(m, 'person', 2, 'person/context');
  // `Veridian, which ...`: a thing, a body or a place, not a person.
  if (/^,\s*which\b/.test(after)) vote(m, 'person', -1.5, 'person/which');
  // `analysts at Nedbank`, `an engineer with Halvorsen`: people's employer is a body.
  if (EMPLOYER_LINKS.has(prev) && PERSON_DESCRIPTORS.has(prev2.toLowerCase().replace(/s$/, '')))
    vote(m, 'organization', 1.5, 'organization/employer');
  // An age in commas or brackets: `Amina Rwein, 36,`.
  if (/^(?:,\s*\d{1,3}\s*,(?!\d)|\s*\(\d{1,3}\))/.test(after)) vote(m, 'person', 2.5, 'person/age');
  if (/^[-‐](?:based|born)\b/.test(after)) vote(m, 'place', 2.5, 'place/context');
  // `rebel-held X`, `government-controlled X`: ground that someone holds is a place.
  if (HELD_GROUND.has(prev) && /^[-‐]$/.test(prev2)) vote(m, 'place', 2.5, 'place/context');
  if (/^,?\s*(?:the\s+)?capital\s+of\b/.test(after) || /^,\s*(?:a|the)\s+(?:city|town|village|province|region)\b/.test(after))
    vote(m, 'place', 2.5, 'place/context');
  const defined = definedType(after);
  if (defined) vote(m, defined, 2.5, `${defined}/definition`);
  const apposed = defined ? null : definedType(after, APPOSITION, true);
  if (apposed) vote(m, apposed, 2, `${apposed}/apposition`);
  // `the Assad regime`: a ruler's name.
  if (RULER_FOLLOWERS.has(next) || (prev === 'of' && prev2 === 'regime')) vote(m, 'person', 3, 'person/context');
  if (PLACE_FOLLOWERS.has(next)) vote(m, 'place', 1.5, 'place/context');
  if (ORGANIZATION_FOLLOWERS.has(next) && !(next === 'forces' && next2 === '')) vote(m, 'organization', 1.5, 'organization/context');
  // A common noun just before the name says what it names: `the striker Nordvik`, `the utility Eskom`, `the village of Yanque`.
  // ... or before a comma: `the planning minister, Imad Fakhoury`, `the retailer, Tessaro`.
  const descriptor = (prev === 'of' || prev === ',' ? prev2 : prev).toLowerCase();
  if (prev !== 'of' && PERSON_DESCRIPTORS.has(descriptor)) vote(m, 'person', 2, 'person/descriptor');
  if (prev !== 'of' && ORGANIZATION_DESCRIPTORS.has(descriptor)) vote(m, 'organization', 2, 'organization/descriptor');
  if (prev !== ',' && PLACE_DESCRIPTORS.has(descriptor)) vote(m, 'place', 2, 'place/descriptor');
  m.personSlot = PERSON_SLOT_BEFORE.has(prev) || (prev === 'of' && prev2 === 'hands') || /^['’]s?$/.test(next);
  // `Nordvik's players`, `Assad's regime`: what the name owns.
  if (/^['’]s?$/.test(next)) {
    const owned = next2.toLowerCase();
    if (ORGANIZATION_POSSESSIONS.has(owned)) vote(m, 'organization', 1.2, 'organization/possession');
    if (PERSON_POSSESSIONS.has(owned)) vote(m, 'person', 1.2, 'person/possession');
  }
  // `X, Syria`: a place followed by its country or region.
  if (/^,\s*\p{Lu}/u.test(after) && m.place === undefined && prev && PLACE_PREPOSITIONS.has(prevLower))
    vote(m, 'place', 0.5, 'place/context');
  // `Debden, England, 4 June`, `Kavala, Greece.`: a name, then a country or region that closes the phrase, is a town there.
  const within = PLACE_WITHIN.exec(text.slice(m.end, m.end + 60))?.[1];
  if (within && prev !== ',' && lookupPlace(within).some((e) => e.kind === 'country' || e.kind === 'region'))
    vote(m, 'place', 2.5, 'place/within');
}
