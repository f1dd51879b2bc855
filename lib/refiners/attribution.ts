/**
 * Resolves claim sources to names. A source that is (or holds) a person or organization record takes its
 * name and cluster; a pronoun takes the nearest person (`he`, `she`) or organization (`it`, `they`) written
 * before it in its segment; a descriptive source (`the agency`, `the company`) the nearest organization.
 * Never across a round-up separator, headline or dateline (see recognizers/quantity/segments.ts).
 */
import type { Draft } from '../draft';
import type { Attribution, QuantityRecord } from '../types';
import { ORGANIZATION_NOUNS, ORGANIZATION_PRONOUNS, PERSON_PRONOUNS } from '../lexicon/reporting-words';
import { segmentStarts } from '../recognizers/quantity/segments';

type NameDraft = Extract<Draft, { name: string }>;
type QuantityDraft = Draft<QuantityRecord>;

const PERSON_PRONOUN = new Set(PERSON_PRONOUNS);
const ORGANIZATION_PRONOUN = new Set(ORGANIZATION_PRONOUNS);
const ORGANIZATION_NOUN = new RegExp(`^(?:the|its|this)\\s+(?:[\\p{L}-]+\\s+)?(?:${ORGANIZATION_NOUNS.join('|')})$`, 'iu');
// How far back a pronoun looks for its antecedent.
const MAX_DISTANCE = 1500;

const segmentIndex = (starts: number[], offset: number) => {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
  return i;
};

export function resolveAttributions(drafts: Draft[], text: string): Draft[] {
  const quantities = drafts.filter((d): d is QuantityDraft => d.type === 'quantity' && d.attribution !== null);
  if (!quantities.length) return drafts;
  const names = drafts
    .filter((d): d is NameDraft => (d.type === 'person' || d.type === 'organization') && typeof d.cluster === 'string')
    .sort((a, b) => a.start - b.start);
  if (!names.length) return drafts;
  const starts = segmentStarts(text);
  for (const q of quantities) q.attribution = resolve(q.attribution as Attribution, names, starts);
  return drafts;
}

function resolve(source: Attribution, names: NameDraft[], starts: number[]): Attribution {
  const inside = names.find((n) => n.start < source.end && source.start < n.end);
  if (inside) return { ...source, name: inside.name, cluster: inside.cluster };
  const written = source.text.toLowerCase().replace(/\s+/g, ' ');
  const wanted = PERSON_PRONOUN.has(written)
    ? 'person'
    : ORGANIZATION_PRONOUN.has(written) || ORGANIZATION_NOUN.test(written)
      ? 'organization'
      : null;
  if (!wanted) return source;
  const segment = segmentIndex(starts, source.start);
  let best: NameDraft | null = null;
  for (const n of names) {
    if (n.end > source.start) break;
    if (n.type === wanted && source.start - n.end <= MAX_DISTANCE && segmentIndex(starts, n.start) === segment) best = n;
  }
  return best ? { ...source, name: best.name, cluster: best.cluster } : source;
}
