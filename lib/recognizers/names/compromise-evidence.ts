/**
 * Evidence from compromise: its lexicon (a hash lookup, no parsing) for whole names and single words, and its
 * tagger, run only on the sentences that hold names no cheaper evidence could type.
 */
import { compromiseLexicon, tagSpans, type TaggedTerm } from '../../text/compromise';
import type { PreparedText } from '../../text/prepare';
import { vote, type Mention } from './mention';
import { NEWS_ORGANIZATIONS } from '../../lexicon/organization-words';
import { groupBy } from '../../text/group-by';
import { headWordType } from './head-word';

/** compromise's lexicon tags for a word or phrase (lower-cased), or an empty list. */
export function lexiconTags(phrase: string): string[] {
  const t = compromiseLexicon()[phrase.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const NAME_TAGS =
  /^(?:FirstName|MaleName|FemaleName|LastName|Person|Place|City|Country|Region|Organization|SportsTeam|ProperNoun|Demonym|Honorific|Acronym)$/;
/** Word classes that start sentences and are not names: `Reading the report`, `However`, `Many`. */
const FUNCTION_TAGS =
  /^(?:Determiner|Preposition|Conjunction|Pronoun|Adverb|Gerund|PastTense|PresentTense|Infinitive|QuestionWord|Modal|Copula|Possessive|Negative|Expression|Reflexive|Cardinal|Ordinal|TextValue|Comparative|Superlative|Participle|PhrasalVerb)$/;

/** A word compromise knows only as an ordinary English word. */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.test(t));
}

/** A word that, written with a capital at a sentence start, is almost never a name. */
export function isSentenceStarter(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((t) => !NAME_TAGS.test(t)) && tags.some((t) => FUNCTION_TAGS.test(t));
}

/** An organization compromise knows by name (`NATO`, `Facebook`), or a news agency of our list. */
export const isKnownOrganization = (name: string) =>
  NEWS_ORGANIZATIONS.has(name) || lexiconTags(name).some((t) => t === 'Organization' || t === 'SportsTeam');

const FIRST_NAME_TAGS = /^(?:FirstName|MaleName|FemaleName)$/;

export function lexiconEvidence(m: Mention): void {
  const whole = lexiconTags(m.words.join(' '));
  // The words alone drop small words (`Press Trust of India`): the name as written is tried as well.
  if (isKnownOrganization(m.words.join(' ')) || isKnownOrganization(m.text)) vote(m, 'organization', 3, 'organization/lexicon');
  if (whole.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place')) vote(m, 'place', 2, 'place/lexicon');
  const first = lexiconTags(m.words[0]);
  const last = lexiconTags(m.words[m.words.length - 1]);
  // A head word at the end outweighs a first name at the start (`Helen Marsh Therapeutics`): see head-word.ts.
  if (m.words.length > 1 && first.some((t) => FIRST_NAME_TAGS.test(t)) && !headWordType(m.words)) vote(m, 'person', 2, 'person/first-name');
  if (m.words.length > 1 && last.includes('LastName')) vote(m, 'person', 1, 'person/last-name');
  if (m.words.length === 1 && (last.includes('LastName') || last.includes('Person'))) vote(m, 'person', 1.2, 'person/last-name');
  if (m.words.length === 1 && first.some((t) => FIRST_NAME_TAGS.test(t))) vote(m, 'person', 0.6, 'person/first-name');
}

/** How many mentions of one name are tagged; the others share their votes (all mentions of a name vote together). */
const TAGGED_PER_NAME = 1;
/** Words of context tagged on each side of a mention: enough for compromise's patterns, far less than a sentence. */
const CONTEXT_TOKENS = 4;

/**
 * Votes with the tags compromise gives the mention's words. The tagger is the slowest step of the pipeline, so it
 * sees a short window around a few mentions of each distinct name, not whole sentences.
 */
export function taggerEvidence(prep: PreparedText, mentions: Mention[]): void {
  const byName = [...groupBy(mentions, (m) => m.words.join(' ').toLowerCase()).values()];
  // The windows of every name, tagged in as few calls as possible (compromise's cost is mostly per call).
  const tagged = byName.map((list) => list.slice(0, TAGGED_PER_NAME));
  const windows = tagged.flatMap((sample) =>
    sample.map((m) => {
      const s = prep.sentences[m.sentence];
      const from = Math.max(s.firstToken, m.first - CONTEXT_TOKENS);
      const to = Math.min(s.endToken, m.first + m.tokens.length + CONTEXT_TOKENS) - 1;
      return { start: prep.tokens[from].start, end: prep.tokens[to].end };
    }),
  );
  const termsOf: TaggedTerm[][] = tagSpans(prep.text, windows);
  let w = 0;
  byName.forEach((list, i) => {
    const shares = { person: 0, organization: 0, place: 0 };
    let count = 0;
    for (const m of tagged[i]) {
      const terms = termsOf[w++];
      const inside = terms.filter((t) => t.start >= m.start && t.end <= m.end && /^\p{Lu}/u.test(t.text));
      if (!inside.length) continue;
      const share = (re: RegExp) => inside.filter((t) => [...t.tags].some((g) => re.test(g))).length / inside.length;
      shares.person += share(/^(?:Person|FirstName|LastName|Honorific)$/);
      shares.organization += share(/^Organization$/);
      shares.place += share(/^(?:Place|Country|City|Region)$/);
      count++;
    }
    if (!count) return;
    for (const m of list) {
      if (shares.person / count >= 0.5) vote(m, 'person', 1, 'person/compromise');
      if (shares.organization / count >= 0.5) vote(m, 'organization', 1, 'organization/compromise');
      if (shares.place / count >= 0.5) vote(m, 'place', 1, 'place/compromise');
    }
  });
}
