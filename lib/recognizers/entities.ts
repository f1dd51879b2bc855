/**
 * People, organizations and places. Candidates come from wink's tokens and their shape (names/candidates.ts);
 * each gathers votes from independent evidence (gazetteers, the name's own words, its context, compromise);
 * then document-level reasoning (names/document.ts) groups the mentions of one entity and types them together.
 */
import type { OrganizationRecord, PersonRecord, PlaceRecord } from '../types';
import type { PreparedText } from '../text/prepare';
import type { Draft, Recognizer } from '../draft';
import { findCandidates, isAcronym } from './names/candidates';
import { startsWithCapitalOrDigit, toMention, vote, type Mention } from './names/mention';
import { documentCountries, gazetteerEvidence, isWellKnownPlace, placeQualifiers } from './names/gazetteer-evidence';
import { wordEvidence } from './names/word-evidence';
import { isKnownOrganization, lexiconEvidence, taggerEvidence } from './names/compromise-evidence';
import { contextEvidence } from './names/context-evidence';
import { cleanStarts, groupMentions, linkAcronyms, mentionKey, type Group } from './names/document';
import { decide, type Decision } from './names/decide';
import { ruleHints } from './names/rule-hints';
import { widenToDefinitions } from './names/acronym-definitions';
import { coordinationEvidence } from './names/coordination';
import { tagNames } from '../ner/tagger';
import { dropCommonAbbreviations } from './names/common-abbreviations';
import { dropPlaceAdjective } from './names/place-adjectives';
import { nationalBodies } from './names/national-bodies';

type EntityDraft = Draft<PersonRecord> | Draft<OrganizationRecord> | Draft<PlaceRecord>;

const strongest = (m: Mention) => Math.max(m.votes.person, m.votes.organization, m.votes.place);

/** No name is longer than this many tokens; a longer run of capitals is a headline, a list, or noise. */
const MAX_NAME_TOKENS = 10;

/** In a headline, the longest runs of words that the body also writes as a name, or that are well known. */
function splitHeadline(m: Mention, bodyKeys: Set<string>, text: string): Mention[] {
  if (bodyKeys.has(mentionKey(m))) return [m];
  const out: Mention[] = [];
  const n = m.tokens.length;
  for (let i = 0; i < n; ) {
    let found = 0;
    for (let j = Math.min(n, i + MAX_NAME_TOKENS); j > i && !found; j--) {
      const tokens = m.tokens.slice(i, j);
      if (!startsWithCapitalOrDigit(tokens[tokens.length - 1].text)) continue;
      const sub = toMention({ ...m, start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens, first: m.first + i }, text);
      if (bodyKeys.has(mentionKey(sub)) || isWellKnownPlace(sub.text) || isKnownOrganization(sub.text)) {
        out.push(sub);
        found = j;
      }
    }
    i = found || i + 1;
  }
  return out.length ? out : [m];
}

/**
 * How often a record is right: a logistic fit, on the WikiGold and re3d dev records, of rightness on the decision's
 * log-odds and on whether the rules' own type agreed (see scripts/calibrate-names.mjs). Records at 0.9 or more were
 * right 91% of the time there.
 */
const CALIBRATION = { logOdds: 0.167, agreed: 0.98, bias: -0.19 };

function confidenceOf(d: Decision): number {
  const p = Math.min(Math.max(d.probability, 1e-6), 1 - 1e-6);
  const z = CALIBRATION.logOdds * Math.log(p / (1 - p)) + (d.agreed ? CALIBRATION.agreed : 0) + CALIBRATION.bias;
  return Math.round(100 / (1 + Math.exp(-z))) / 100;
}

function toDraft(prep: PreparedText, d: Decision): EntityDraft {
  const { mention: m, type } = d;
  const base = {
    text: prep.original.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    name: m.text.replace(/\s+/g, ' '),
    confidence: confidenceOf(d),
    source: d.source,
    cluster: d.cluster,
  };
  if (type === 'person') return { type, ...base, ...(m.title ? { title: m.title } : {}) };
  if (type === 'organization') {
    const acronym = d.acronym ?? (isAcronym(m.text) ? m.text.replace(/\./g, '') : undefined);
    return { type, ...base, ...(acronym ? { acronym } : {}) };
  }
  const place = m.place;
  if (!place) return { type, ...base };
  const { kind, countryCode, latitude, longitude, geonameId } = place;
  return {
    type,
    ...base,
    kind,
    ...(countryCode ? { countryCode } : {}),
    ...(latitude !== undefined ? { latitude, longitude } : {}),
    ...(geonameId ? { geonameId } : {}),
  };
}

/** The name mentions of a document with their evidence, grouped by entity (exported for inspection and tests). */
export function analyseNames(prep: PreparedText): Group[] {
  return groupMentions(nameMentions(prep).mentions);
}

/**
 * The rules' mentions with their evidence, before document-level grouping, and the tokens no name may hold (an
 * acronym that names a thing).
 */
function nameMentions(prep: PreparedText): { mentions: Mention[]; vetoed: Set<number> } {
  let mentions = cleanStarts(
    findCandidates(prep).map((c) => toMention(c, prep.text)),
    prep,
  );
  const bodyKeys = new Set(mentions.filter((m) => !m.headline).map(mentionKey));
  mentions = mentions.flatMap((m) => (m.headline ? splitHeadline(m, bodyKeys, prep.text) : [m]));
  mentions = widenToDefinitions(mentions, prep);
  const vetoed = dropCommonAbbreviations(prep, mentions);

  const bodies = nationalBodies(prep, mentions);
  const countries = documentCountries(mentions);
  const qualifiers = placeQualifiers(mentions, prep.text);
  for (const m of mentions) {
    gazetteerEvidence(m, countries, qualifiers.get(m));
    if (!m.dropped) dropPlaceAdjective(prep, m);
    if (m.dropped) continue;
    wordEvidence(m);
    lexiconEvidence(m);
    contextEvidence(prep, m, m.first + m.tokens.length - 1);
  }
  mentions = mentions.filter((m) => !m.dropped);
  // A demonym that starts a national body's name gives way to it.
  if (bodies.length) {
    const starts = new Set(bodies.map((b) => b.first));
    mentions = [...mentions.filter((m) => !starts.has(m.first)), ...bodies].sort((a, b) => a.start - b.start);
  }
  coordinationEvidence(mentions, prep.text);
  // A quoted Title Case phrase with no other evidence is more often a work's title than a name.
  for (const m of mentions) if (m.quoted && m.words.length > 2) vote(m, 'person', -1, 'person/quoted');

  linkAcronyms(mentions, prep.text);
  return { mentions, vetoed };
}

/** Below this probability the tagger leaves a name the rules could not type undecided too. */
const TAGGER_SURE = 0.8;

export const recognizeEntities: Recognizer = (prep: PreparedText) => {
  const { mentions, vetoed } = nameMentions(prep);
  let groups = groupMentions(mentions);
  const tagging = tagNames(prep, ruleHints(prep, groups));
  const { spans } = tagging;
  // compromise's tagger is slow: only for body names that neither the cheap evidence nor the tagger could type.
  const sure = new Set<number>();
  for (const s of spans) if (s.probability >= TAGGER_SURE) for (let t = s.first; t < s.end; t++) sure.add(t);
  const unsure = mentions.filter((m) => !m.headline && strongest(m) < 1.5 && !sure.has(m.first));
  if (unsure.length) {
    taggerEvidence(prep, unsure);
    groups = groupMentions(mentions);
  }
  const countries = documentCountries(mentions);
  return decide(prep, groups, tagging, countries, vetoed).map((d) => toDraft(prep, d));
};
