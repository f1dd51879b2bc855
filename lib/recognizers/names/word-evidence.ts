/**
 * Evidence from the name's own words: a title before it, a first name, organization head words and suffixes
 * (`Agency`, `Inc.`, `Front`), place head words (`River`, `Square`), acronym shape, and the shape of a personal name.
 */
import {
  AMBIGUOUS_TITLES,
  ARABIC_ORGANIZATION_STARTS,
  DIRECTION_PREFIXES as DIRECTIONS,
  ORGANIZATION_HEADS,
  ORGANIZATION_STARTS,
  PLACE_HEADS,
} from '../../lexicon/entity-words';
import { isFirstName, lookupPlace } from '../../lexicon/gazetteer';
import { isDictionaryWord } from '../../lexicon/dictionary';
import { CLUB_SUFFIXES, COMPANY_HEAD_SET } from '../../lexicon/organization-words';
import { isAcronym } from './candidates';
import { isCommonWord } from './compromise-evidence';
import { isWellKnownPlace } from './gazetteer-evidence';
import { headWordType } from './head-word';
import { NAME_TYPES, vote, type Mention } from './mention';

/** Abbreviations that start a sports club's name. */
const CLUB_PREFIXES = /^(?:FC|AFC|AC|SC|CF|CD|SK|FK|NK|SV|VfB|VfL|KV|KRC|RC|RCD|BK|IK|HJK|HIFK|PSV)$/;

/** The marks a transliteration writes for ayn and hamza. */
const TRANSLITERATION_APOSTROPHES = /['’‘ʼʿ]/g;

const bare = (w: string) => w.toLowerCase().replace(/\.$/, '');

/** `Montreal Crystals`, `Boston Bruins`: a plural common noun ends the name of a team or group. */
function pluralHead(word: string): boolean {
  if (!/[^s]s$/.test(word)) return false;
  // compromise's lexicon lists only the words its tagger cannot infer (no `cats`): the dictionary has the rest.
  const one = word.slice(0, -1);
  return isCommonWord(word) || isCommonWord(one) || isDictionaryWord(word) || isDictionaryWord(one);
}

export function wordEvidence(m: Mention): void {
  const words = m.words;
  if (!words.length) return;
  const first = bare(words[0]);
  const many = words.length > 1;
  if (m.title) vote(m, 'person', 4, 'person/title');
  // `Macy's said`: a name that keeps its possessive (candidates.ts) is a shop's or a firm's.
  if (m.ownPossessive) {
    vote(m, 'organization', 2.5, 'organization/possessive-name');
    vote(m, 'person', -2.5, 'person/possessive-name');
  }
  // `FC Nordvik`, `AC Milan`: a sports club's prefix.
  if (many && CLUB_PREFIXES.test(words[0])) vote(m, 'organization', 3, 'organization/head-word');
  // A transliteration's apostrophes come and go (`Da’esh`, `Daesh`): the word is read without them.
  if (ARABIC_ORGANIZATION_STARTS.test(words[0].replace(TRANSLITERATION_APOSTROPHES, '')))
    vote(m, 'organization', 3, 'organization/head-word');
  // `Marks & Spencer`, `Lyle & Scott`: an ampersand between names joins partners in a firm.
  if (many && m.tokens.some((t) => t.text === '&')) vote(m, 'organization', 4, 'organization/ampersand');
  const linked = m.tokens.some((t) => t.text === 'of' || t.text === 'for');
  if (many && ORGANIZATION_STARTS.has(first)) vote(m, 'organization', linked ? 2.5 : 1.2, 'organization/head-word');
  // `New Jersey Department of Public Safety`: a body's head word before `of` or `for`, anywhere in the name.
  else if (
    m.tokens.some((t, i) => i > 0 && ORGANIZATION_STARTS.has(t.text.toLowerCase()) && /^(?:of|for)$/.test(m.tokens[i + 1]?.text ?? ''))
  )
    vote(m, 'organization', 2.5, 'organization/head-word');
  // `the Coalition`, `the Ministry`: a body's head word, capitalised mid-sentence, names that body.
  if (words.length === 1 && !m.atStart && ORGANIZATION_HEADS.has(first) && !COMPANY_HEAD_SET.has(first))
    vote(m, 'organization', 2, 'organization/head-word');
  if (words.length === 1 && isAcronym(words[0])) vote(m, 'organization', 1.5, 'organization/acronym');
  // `Ez2DJ`, `B2B`: digits between letters make a model or product code, not a name of ours (`MI-6`, `G20` stay).
  if (words.length === 1 && /\p{L}\p{N}+\p{L}/u.test(words[0])) {
    for (const t of NAME_TYPES) vote(m, t, -2, `${t}/code-shape`);
    return;
  }
  if (/\p{N}/u.test(m.text)) vote(m, 'organization', 0.5, 'organization/shape');
  // The last word decides when it is a head word: `Cal Anderson Park` is a park, `Stanley Cup` no name of ours.
  const head = headWordType(words);
  if (head === 'organization') vote(m, 'organization', 3, 'organization/head-word');
  else if (head === 'place') vote(m, 'place', 2.5, 'place/head-word');
  else if (head === 'none') for (const t of NAME_TYPES) vote(m, t, -2, `${t}/other-head`);
  if (head) return;
  // `Major League Baseball`: a body's head word inside the name, with no head word at its end, is weaker evidence.
  if (words.length > 2 && words.slice(1, -1).some((w) => ORGANIZATION_HEADS.has(bare(w))))
    vote(m, 'organization', 1.5, 'organization/inner-head-word');
  // `MIREILLE OKONKWO`, a speaker's label in capitals: its first word is a first name as well.
  const capitals = many && words.every((w) => /^\p{Lu}[\p{Lu}'’.-]+$/u.test(w));
  const firstName =
    (isFirstName(words[0]) || (capitals && isFirstName(words[0][0] + words[0].slice(1).toLowerCase()))) &&
    !DIRECTIONS.has(first) &&
    !AMBIGUOUS_TITLES.has(words[0]);
  const lastWord = words[words.length - 1];
  // `Halifax Comets`, `Montreal HC`: a place, then a plural or an acronym, is a team or a company.
  const placeFirst = lookupPlace(words.slice(0, -1).join(' ')).length > 0;
  const afterPlace = placeFirst && (/[^s']s$/.test(lastWord) || isAcronym(lastWord));
  // A club's suffix after a place outweighs a town that is also a first name (`Derby`).
  const club = placeFirst && CLUB_SUFFIXES.has(lastWord.toLowerCase());
  // `Dinamo Tbilisi`, `Maccabi Haifa`: a word that is neither a first name nor a place, then a city, is a club.
  const clubOfCity =
    words.length === 2 &&
    !lookupPlace(words[0]).length &&
    !isCommonWord(words[0]) &&
    !PLACE_HEADS.has(first) &&
    lookupPlace(lastWord).some((e) => e.kind === 'city' && (e.population ?? 0) >= 1e5) &&
    !lookupPlace(m.text).length;
  // A first name that is also an ordinary word (`Boy Scouts`, `Rose Growers`) does not make a plural a surname.
  const personal = firstName && !(pluralHead(lastWord) && isCommonWord(words[0].toLowerCase()));
  if (many && (club || (!personal && (pluralHead(lastWord) || isAcronym(lastWord) || afterPlace || clubOfCity)))) {
    vote(m, 'organization', 2, 'organization/team-shape');
    vote(m, 'person', -1, 'person/team-shape');
    return;
  }
  if (firstName) vote(m, 'person', many ? 2.5 : 0.6, 'person/first-name');
  // Two or three capitalised words that are no ordinary English words: `Fabrice Balanche`, `Bana Alabed` (not
  // `Operation Sayeed`, `Bakken Formation`).
  const initial = (w: string) => /^\p{Lu}\.$/u.test(w);
  const plain = words.every(
    (w, i) =>
      (initial(w) && i > 0 && i < words.length - 1) ||
      (/^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w) && !isDictionaryWord(w) && !isWellKnownPlace(w)),
  );
  // `Delwyn J. Langejans`: a middle initial is the mark of a personal name.
  const middleInitial = words.length === 3 && initial(words[1]);
  if (words.length >= 2 && words.length <= 3 && plain) vote(m, 'person', middleInitial ? 2.5 : 1, 'person/name-shape');
  // `TransUnion`, `PeruRail`, `TraX`: a capital inside one word marks a brand, not a person (`McDonald` aside).
  if (
    words.length === 1 &&
    /^\p{Lu}\p{Ll}+\p{Lu}/u.test(words[0]) &&
    !/^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Fitz|St|O)\p{Lu}/u.test(words[0])
  ) {
    vote(m, 'person', -1.5, 'person/brand-shape');
    vote(m, 'organization', 0.8, 'organization/brand-shape');
  }
  // A common word alone (`Jihadis`, `Terrorism`) is rarely a person's name.
  if (words.length === 1 && isCommonWord(words[0])) vote(m, 'person', -1, 'person/common-word');
}
