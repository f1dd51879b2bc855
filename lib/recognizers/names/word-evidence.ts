/**
 * Evidence from the name's own words: a title before it, a first name, organization head words and suffixes
 * (`Agency`, `Inc.`, `Front`), place head words (`River`, `Square`), acronym shape, and the shape of a personal name.
 */
import { ARABIC_ORGANIZATION_STARTS, ORGANIZATION_HEADS, ORGANIZATION_STARTS, PLACE_HEADS } from '../../lexicon/entity-words';
import { isFirstName } from '../../lexicon/gazetteer';
import { isAcronym } from './candidates';
import { isCommonWord } from './compromise-evidence';
import { vote, type Mention } from './mention';

const bare = (w: string) => w.toLowerCase().replace(/\.$/, '');

export function wordEvidence(m: Mention): void {
  const words = m.words;
  if (!words.length) return;
  const first = bare(words[0]);
  const last = bare(words[words.length - 1]);
  if (m.title) vote(m, 'person', 4, 'person/title');
  if (words.length > 1 && isFirstName(words[0])) vote(m, 'person', 2.5, 'person/first-name');
  if (words.length === 1 && isFirstName(words[0])) vote(m, 'person', 0.6, 'person/first-name');
  if (words.length > 1 && ORGANIZATION_HEADS.has(last)) vote(m, 'organization', 3, 'organization/head-word');
  const linked = m.tokens.some((t) => t.text === 'of' || t.text === 'for');
  if (words.length > 1 && ORGANIZATION_STARTS.has(first)) vote(m, 'organization', linked ? 2.5 : 1.2, 'organization/head-word');
  if (ARABIC_ORGANIZATION_STARTS.test(words[0])) vote(m, 'organization', 3, 'organization/head-word');
  if (words.length > 1 && PLACE_HEADS.has(last)) vote(m, 'place', 2.5, 'place/head-word');
  if (words.length === 1 && isAcronym(words[0])) vote(m, 'organization', 1.5, 'organization/acronym');
  if (/\p{N}/u.test(m.text)) vote(m, 'organization', 0.5, 'organization/shape');
  // Two or three capitalised words that are no ordinary English words: `Fabrice Balanche`, `Bana Alabed`.
  const plain = words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w));
  if (words.length >= 2 && words.length <= 3 && plain && m.tokens.length === words.length) vote(m, 'person', 1, 'person/name-shape');
  // A common word alone (`Jihadis`, `Terrorism`) is rarely a person's name.
  if (words.length === 1 && isCommonWord(words[0])) vote(m, 'person', -1, 'person/common-word');
}
