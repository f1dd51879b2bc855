/**
 * Document-level reasoning over mentions:
 * - a capitalised function word that starts a sentence is not a name (`Reading the report`), unless the document
 *   also writes it capitalised mid-sentence;
 * - a headline (Title Case or ALL CAPS) keeps only the names the body or the gazetteer confirms;
 * - an acronym defined in the text (`Islamic State (IS)`) joins its long form;
 * - mentions with the same name, and a surname or first name alone after the full name (`Balanche` after
 *   `Fabrice Balanche`), form one group that shares the votes of all its mentions, hence one type.
 */
import type { PreparedText } from '../../text/prepare';
import { NOT_NAMES, ORGANIZATION_HEADS, ORGANIZATION_STARTS } from '../../lexicon/entity-words';
import { foldName, lookupPlace } from '../../lexicon/gazetteer';
import { isAcronym, nameArticle } from './candidates';
import { isCommonWord, isSentenceStarter, lexiconTags } from './compromise-evidence';
import { UNIT_HEADS } from '../../lexicon/organization-words';
import { bestType, NAME_TYPES, startsWithCapitalOrDigit, toMention, vote, type Mention, type NameType } from './mention';
import { groupBy } from '../../text/group-by';

/** The mention's name, folded; computed once per mention. */
export const mentionKey = (m: Mention): string => (m.key ??= foldName(m.words.length ? m.tokens.map((t) => t.text).join(' ') : m.text));

/** The same mention without its first `n` tokens (and the hyphens or links that then lead). */
export function dropLeading(m: Mention, n: number, text: string): Mention | null {
  let k = n;
  while (k < m.tokens.length && !startsWithCapitalOrDigit(m.tokens[k].text)) k++;
  if (k >= m.tokens.length) return null;
  const tokens = m.tokens.slice(k);
  const rest = toMention({ ...m, start: tokens[0].start, tokens, first: m.first + k, atStart: false, title: m.title }, text);
  return rest;
}

const ARTICLE = /^(?:The|A|An)$/;
/** wink's parts of speech that no name has, whatever its capitals. */
const FUNCTION_POS = /^(?:VERB|ADV|ADP|DET|PRON|AUX|CCONJ|SCONJ|PART|NUM|INTJ)$/;

/** `Fourth Air Force` starting a line: an ordinal that numbers a unit is the name's own, not a sentence starter. */
const numberedUnit = (m: Mention) =>
  m.tokens.length > 1 &&
  lexiconTags(m.tokens[0].text).includes('Ordinal') &&
  UNIT_HEADS.has(m.tokens[m.tokens.length - 1].text.toLowerCase());

/** Strips sentence-initial function words and articles; drops words that are never names. */
export function cleanStarts(mentions: Mention[], prep: PreparedText): Mention[] {
  // Words the document writes capitalised away from any sentence start.
  const midCapitals = new Set<string>();
  for (const m of mentions)
    m.words.forEach((w, i) => {
      if (i > 0 || !m.atStart) midCapitals.add(w);
    });
  const out: Mention[] = [];
  for (let m of mentions) {
    const w = m.words[0];
    if (!w) continue;
    // `a division of The Disabilities Trust`: a capital `The` mid-sentence is the name's own; no person has one.
    const ownArticle = !m.headline && nameArticle(prep.tokens, m.first, prep.sentences[m.sentence]?.firstToken ?? 0);
    if (ownArticle && m.tokens.length > 1) m.votes.person -= 2;
    if (
      !ownArticle &&
      !numberedUnit(m) &&
      (ARTICLE.test(m.tokens[0].text) ||
        (m.atStart && !midCapitals.has(w) && (isSentenceStarter(w) || NOT_NAMES.has(w) || FUNCTION_POS.test(m.tokens[0].pos))) ||
        (m.tokens.length > 1 && NOT_NAMES.has(w) && !midCapitals.has(w)))
    ) {
      const rest = dropLeading(m, 1, prep.text);
      if (!rest) continue;
      if (ARTICLE.test(m.tokens[0].text)) rest.votes.person -= 2;
      // `By Jane Doe` on a line of its own: a byline names the author.
      if (m.tokens[0].text === 'By' && m.headline && rest.words.length >= 2 && rest.words.length <= 4) {
        rest.headline = false;
        vote(rest, 'person', 2.5, 'person/byline');
      }
      m = rest;
    }
    // `Fighters of Jabhat al-Nusra`, `Residents of Homs`: a common noun starting the sentence, then `of`.
    const of = m.tokens[1]?.text;
    if (m.atStart && (of === 'of' || of === 'for') && isCommonWord(m.words[0]) && !ORGANIZATION_STARTS.has(m.words[0].toLowerCase())) {
      const rest = dropLeading(m, 2, prep.text);
      if (!rest) continue;
      m = rest;
    }
    if (m.words.length === 1 && NOT_NAMES.has(m.words[0])) continue;
    out.push(m);
  }
  return out;
}

/** `Islamic State (IS)`, `Free Syrian Army (FSA)`: the acronym in brackets right after a name refers to it. */
export function linkAcronyms(mentions: Mention[], text: string): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const long = mentions[i];
    const short = mentions[i + 1];
    if (long.words.length < 2 || short.words.length !== 1 || !isAcronym(short.text)) continue;
    if (!/^\s*\(\s*$/.test(text.slice(long.end, short.start)) || !/^\s*\)/.test(text.slice(short.end))) continue;
    short.refersTo = i;
    long.acronym = short.text.replace(/\./g, '');
  }
}

class Groups {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

export interface Group {
  id: number;
  type: NameType | null;
  members: Mention[];
  acronym?: string;
}

const sum = (list: Mention[]) => {
  const v: Record<NameType, number> = { person: 0, organization: 0, place: 0 };
  for (const m of list) for (const t of NAME_TYPES) v[t] += m.votes[t];
  return v;
};

/**
 * A lone capitalised word that nothing else types, in a slot where people stand (`a nightmare for Erdogan`, `at the
 * hands of Assad`): no gazetteer, lexicon or context evidence, shaped like a name and no English word. In news such
 * a word is most often a surname.
 */
function loneSurname(body: Mention[]): NameType | null {
  if (!body.length || body.some((m) => m.words.length !== 1 || m.votes.person < 0 || m.votes.organization !== 0 || m.votes.place !== 0))
    return null;
  const w = body[0].words[0];
  // A plural (`Songs`, `Cretins`) names a group or a work, not a person.
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || /[^s]s$/.test(w) || isCommonWord(w) || !body.some((m) => m.personSlot && !m.atStart && !m.quoted))
    return null;
  return 'person';
}

/**
 * A group's votes: its strongest mention's in full, the others' at half, so ten weak hints (`to Mars` ten times)
 * do not add up to proof, while a few good ones still do.
 */
export function groupVotes(list: Mention[]): Record<NameType, number> {
  const v: Record<NameType, number> = { person: 0, organization: 0, place: 0 };
  for (const t of NAME_TYPES) {
    const sorted = list.map((m) => m.votes[t]).sort((a, b) => b - a);
    v[t] = sorted.reduce((acc, x, i) => acc + (i === 0 || x < 0 ? x : x * DAMPING), 0);
  }
  return v;
}
const DAMPING = 0.5;

/** Groups mentions of one entity and types each group by all its mentions' votes. */
export function groupMentions(mentions: Mention[]): Group[] {
  const g = new Groups(mentions.length);
  const byKey = new Map<string, number>();
  mentions.forEach((m, i) => {
    const k = mentionKey(m);
    const seen = byKey.get(k);
    if (seen === undefined) byKey.set(k, i);
    else g.join(i, seen);
    if (m.refersTo !== undefined) g.join(i, m.refersTo);
  });
  // Votes of each exact-name group first, to tell which multi-word names are people.
  const exact = groupBy(mentions, (_m, i) => g.find(i));
  const personParts = new Map<string, number>();
  const fullNames = new Map<number, string[]>();
  for (const [root, list] of exact) {
    const long = list.find((m) => m.words.length >= 2);
    const votes = sum(list);
    if (!long || bestType(votes) !== 'person') continue;
    fullNames.set(root, long.words);
    for (const w of [long.words[0], long.words[long.words.length - 1]]) {
      const k = foldName(w);
      const other = personParts.get(k);
      if (other === undefined) personParts.set(k, root);
      else if (other >= 0 && g.find(other) !== g.find(root)) {
        // `Dewa Budjana` and `Dewa Gede Budjana` are one person; `Ann Smith` and `Bob Smith` are two, so `Smith` is ambiguous.
        const [a, b] = [fullNames.get(other)!, long.words];
        if (a[0] === b[0] && a[a.length - 1] === b[b.length - 1]) g.join(root, other);
        else personParts.set(k, -1);
      }
    }
  }
  // `Dinamo` after `Dinamo Tbilisi`, `Veridian` after `Veridian Diagnostics`: a body's distinctive word alone.
  const organizationParts = new Map<string, number>();
  for (const [root, list] of exact) {
    const long = list.find((m) => m.words.length === 2);
    if (!long || bestType(sum(list)) !== 'organization') continue;
    for (const w of long.words) {
      const k = foldName(w);
      if (ORGANIZATION_HEADS.has(k) || isAcronym(w) || lookupPlace(w).length) continue;
      organizationParts.set(k, organizationParts.has(k) && organizationParts.get(k) !== root ? -1 : root);
    }
  }
  mentions.forEach((m, i) => {
    if (m.words.length !== 1) return;
    const root = organizationParts.get(mentionKey(m));
    if (root === undefined || root < 0 || personParts.has(mentionKey(m)) || m.votes.place >= 1.5 || m.votes.person >= 2.5) return;
    m.votes.person = Math.min(m.votes.person, 0);
    m.votes.place = Math.min(m.votes.place, 0);
    m.votes.organization = Math.max(m.votes.organization, 0);
    g.join(i, root);
  });
  mentions.forEach((m, i) => {
    if (m.words.length !== 1) return;
    const root = personParts.get(mentionKey(m));
    // Only a country or a big city keeps its own reading (`Jordan` the country, not `Michael Jordan`).
    const wellKnown = m.place && (m.place.kind === 'country' || (m.place.population ?? 0) >= 1e6);
    if (root === undefined || wellKnown || m.votes.place >= 3.5 || m.votes.organization >= 3) return;
    // The document has said who this is: what a gazetteer says about the bare word no longer counts.
    m.votes.place = Math.min(m.votes.place, 0);
    m.votes.organization = Math.min(m.votes.organization, 0);
    m.votes.person = Math.max(m.votes.person, 0);
    // `Schlegel` after `Friedrich Schlegel` and `Dorothea von Schlegel`: a person, though which one is unsaid.
    if (root < 0) vote(m, 'person', 1.5, 'person/document');
    else g.join(i, root);
  });
  const groups = new Map<number, Group>();
  mentions.forEach((m, i) => {
    const root = g.find(i);
    const group = groups.get(root) ?? { id: groups.size + 1, type: null, members: [] };
    group.members.push(m);
    if (m.acronym) group.acronym = m.acronym;
    groups.set(root, group);
  });
  for (const group of groups.values()) {
    // Headline mentions repeat the body; their capitals say nothing, so they do not vote.
    const body = group.members.filter((m) => !m.headline);
    group.type = bestType(groupVotes(body.length ? body : group.members));
    if (!group.type && loneSurname(body)) {
      // Its slot is its evidence: one vote, so that the decision weighs it like any other.
      for (const m of group.members) vote(m, 'person', 1, 'person/slot');
      group.type = 'person';
    }
  }
  return [...groups.values()];
}
