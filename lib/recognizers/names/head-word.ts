/**
 * The head word of a name of two or more words: its last word (a number after it does not hide it, `World War II`).
 * When it is a head word it decides the type, whatever the first words look like: `Cal Anderson Park` is a park,
 * `Helen Marsh Therapeutics` a company, `Stanley Cup` no name of ours.
 */
import { ORGANIZATION_HEADS, OTHER_HEADS, PLACE_HEADS } from '../../lexicon/entity-words';
import type { NameType } from './mention';

/** A trailing Roman or Arabic number (`II`, `2`). */
const TRAILING_NUMBER = /^(?:[IVX]+|\d+)$/;

/** The name's last word, lower case and without a final full stop, skipping a trailing number. */
export function lastWord(words: string[]): string {
  const at = words.length > 1 && TRAILING_NUMBER.test(words[words.length - 1]) ? words.length - 2 : words.length - 1;
  return words[at].toLowerCase().replace(/\.$/, '');
}

/** The type the head word gives the name; `none` for an event or a prize; undefined for one word or no head word. */
export function headWordType(words: string[]): NameType | 'none' | undefined {
  if (words.length < 2) return undefined;
  const last = lastWord(words);
  if (ORGANIZATION_HEADS.has(last)) return 'organization';
  if (PLACE_HEADS.has(last)) return 'place';
  if (OTHER_HEADS.has(last)) return 'none';
  return undefined;
}
