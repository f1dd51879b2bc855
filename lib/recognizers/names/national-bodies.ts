/**
 * A nation's institutions named by its demonym and a lower-case noun: `the Iraqi government`, `Kenyan police`,
 * `Syrian opposition forces`. The demonym alone is no name; with the noun it names one body of that country. Bare
 * `forces` or `intelligence` (`Syrian forces`) more often say whose troops or spies than name a body.
 * A name before `tribe` or `clan` (`the Al Harbi tribe`) names a kin group in the same way: a body, not a person.
 */
import type { PreparedText } from '../../text/prepare';
import { isDemonym } from './place-adjectives';
import { toMention, vote, type Mention } from './mention';

/** The nouns (lower case, as written after the demonym) that name a state's institution; longest match wins. */
const NATIONAL_BODIES = [
  'government',
  'transitional government',
  'interim government',
  'federal government',
  'army',
  'military',
  'navy',
  'air force',
  'armed forces',
  'security forces',
  'special forces',
  'government forces',
  'opposition forces',
  'police',
  'federal police',
  'national police',
  'coast guard',
  'coastguard',
  'parliament',
  'cabinet',
  'regime',
  'opposition',
  'intelligence services',
  'state media',
  'state television',
  'central bank',
].map((p) => p.split(' '));

/** The nouns after any name that make it a kin group's: a tribe or clan is a body of people. */
const KIN_GROUPS = ['tribe', 'tribes', 'clan', 'clans'].map((p) => [p]);

/** After a country or any name: a coalition it leads (`the Saudi-led coalition`, `a US-led force`) is a body. */
const LED_BODIES = ['coalition', 'alliance', 'force', 'forces', 'mission'].map((p) => ['-', 'led', p]);

const AFTER_DEMONYM = [...NATIONAL_BODIES, ...LED_BODIES];
const AFTER_NAME = [...KIN_GROUPS, ...LED_BODIES];

const LONGEST = Math.max(...AFTER_DEMONYM.map((p) => p.length));

/** How many tokens after tokens[at] spell one of the `phrases`, or 0. */
function bodyLength(prep: PreparedText, at: number, sentence: number, phrases: string[][]): number {
  const words: string[] = [];
  for (let k = at; k < prep.tokens.length && words.length < LONGEST && prep.tokens[k].sentence === sentence; k++) {
    if (k > at && prep.tokens[k].start - prep.tokens[k - 1].end > 1) break;
    // Any hyphen or dash the text writes reads as `-`.
    words.push(prep.tokens[k].text.replace(/^[-‐‑–]$/, '-'));
  }
  let best = 0;
  for (const phrase of phrases) if (phrase.length > best && phrase.every((w, i) => words[i] === w)) best = phrase.length;
  // The noun must end its phrase: `Iraqi government officials` are people, `a Kenyan police-run camp` a place.
  const next = prep.tokens[at + best];
  if (best && next && next.sentence === sentence && (/^[-‐‑–]$/.test(next.text) || (next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text))))
    return 0;
  return best;
}

/**
 * The mentions of national bodies that single-word demonym mentions start (the demonyms themselves are no names),
 * and of kin groups that any name starts.
 */
export function nationalBodies(prep: PreparedText, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.headline) continue;
    const demonym = m.tokens.length === 1 && isDemonym(m.text);
    const n = bodyLength(prep, m.first + m.tokens.length, m.sentence, demonym ? AFTER_DEMONYM : AFTER_NAME);
    if (!n) continue;
    const tokens = prep.tokens.slice(m.first, m.first + m.tokens.length + n);
    const body = toMention({ ...m, end: tokens[tokens.length - 1].end, tokens }, prep.text);
    const led = tokens[tokens.length - 2].text === 'led';
    vote(body, 'organization', 3, led ? 'organization/led-body' : demonym ? 'organization/national-body' : 'organization/kin-group');
    out.push(body);
  }
  return out;
}
