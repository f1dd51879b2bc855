/**
 * `Bearn, Gascony and Brittany`, `between Caernarfon and Dinas`: places or bodies listed together are mostly of one
 * kind, so a member that its own evidence leaves unsure leans to the type of a neighbour in the list that is sure.
 * People are left out: a list of names that one first name types is as often a band's members as its bands.
 */
import { demonymCountry } from '../../lexicon/gazetteer';
import { isCommonWord } from './compromise-evidence';
import { bestType, NAME_TYPES, vote, type Mention } from './mention';

/** What may stand between two members of a list: a comma, `and`, `or`, or a comma and either. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)$/;

/** A member is sure of its type at this many votes more than its runner-up: one strong context word is enough. */
const SURE = 1.5;
const LEAN = 1;

const margin = (m: Mention): number => {
  const v = NAME_TYPES.map((t) => m.votes[t]).sort((a, b) => b - a);
  return v[0] - v[1];
};

/** Not a title, a demonym (`Uzbek`) or an ordinary word alone (`Allies`): those are no members of a list of names. */
const mayLean = (m: Mention) =>
  !m.title && !(m.words.length === 1 && (demonymCountry(m.words[0]) !== undefined || isCommonWord(m.words[0].toLowerCase())));

export function coordinationEvidence(mentions: Mention[], text: string): void {
  const leans: [Mention, ReturnType<typeof bestType>][] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a.sentence !== b.sentence || a.headline || !LIST_GAP.test(text.slice(a.end, b.start))) continue;
    for (const [sure, unsure] of [
      [a, b],
      [b, a],
    ]) {
      const type = bestType(sure.votes, SURE);
      if (type && type !== 'person' && margin(sure) >= SURE && margin(unsure) < LEAN && mayLean(unsure)) leans.push([unsure, type]);
    }
  }
  // Votes are added after all pairs are read, so a lean does not travel down a long list on its own strength.
  for (const [m, type] of leans) if (type) vote(m, type, LEAN, `${type}/list`);
}
