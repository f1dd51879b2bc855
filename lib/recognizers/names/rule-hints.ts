/**
 * What the rules concluded about each token, as features for the learned tagger (stacking): where the token sits
 * in a rule mention, the type its group was given, how strong the evidence was, and which evidence decided.
 * The tagger learns from annotated text when to trust each of these and when to overrule it.
 */
import { hashString } from '../../ner/features';
import type { PreparedText } from '../../text/prepare';
import type { Group } from './document';
import type { Mention } from './mention';

/** Hashes per token in the array `ruleHints` returns. */
export const HINTS_PER_TOKEN = 3;

const NONE = hashString('rule:none');

const strength = (m: Mention) => {
  const v = Math.max(m.votes.person, m.votes.organization, m.votes.place);
  return v < 1 ? 0 : v < 2.5 ? 1 : 2;
};

export function ruleHints(prep: PreparedText, groups: Group[]): Uint32Array {
  const out = new Uint32Array(prep.tokens.length * HINTS_PER_TOKEN).fill(NONE);
  for (const g of groups) {
    const type = g.type ?? 'none';
    for (const m of g.members) {
      const n = m.tokens.length;
      const why = (g.type && m.reasons[g.type]?.why) || 'none';
      const level = hashString(`rule:${type}:${strength(m)}:${m.headline ? 'h' : 'b'}`);
      const reason = hashString(`rule:${why}`);
      for (let k = 0; k < n; k++) {
        const at = (m.first + k) * HINTS_PER_TOKEN;
        const place = n === 1 ? 'S' : k === 0 ? 'B' : k === n - 1 ? 'E' : 'I';
        out[at] = hashString(`rule:${place}:${type}`);
        out[at + 1] = level;
        out[at + 2] = reason;
      }
    }
  }
  return out;
}
