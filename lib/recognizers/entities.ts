/**
 * People, organizations and places: runs of capitalised words (with name connectors and hyphenated parts),
 * typed by votes from compromise's tags, organization head words, titles and context.
 */
import type { OrganizationRecord, PersonRecord, PlaceRecord } from '../types';
import type { PreparedText } from '../text/prepare';
import { tagTerms, type TaggedTerm } from '../text/compromise';
import type { Draft, Recognizer } from './recognizer';
import { NAME_CONNECTORS, ORGANIZATION_HEADS, ORGANIZATION_STARTS, PERSON_TITLES } from '../lexicon/entity-words';

type EntityDraft = Draft<PersonRecord> | Draft<OrganizationRecord> | Draft<PlaceRecord>;

const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'’.-]*$|^[\p{Lu}]{2,}[-‐]?\d*$|^[a-z]+[-‐][\p{Lu}][\p{L}]*$/u;
const TITLE_PATTERN = new RegExp(`^(?:${PERSON_TITLES.map((t) => t.replace(/[.]/g, '\\.')).join('|')})\\s+`);

function isNameWord(t: TaggedTerm): boolean {
  return CAPITALISED.test(t.text) || (t.tags.has('Hyphenated') && /^[a-z]+$/.test(t.text) && t.tags.has('ProperNoun'));
}

/** Runs of name words in one sentence, allowing connectors between them and hyphens inside them. */
function nameRuns(text: string, terms: TaggedTerm[]): TaggedTerm[][] {
  const runs: TaggedTerm[][] = [];
  let run: TaggedTerm[] = [];
  const flush = () => {
    while (run.length && NAME_CONNECTORS.has(run[run.length - 1].text.toLowerCase())) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    const gap = run.length ? text.slice(run[run.length - 1].end, t.start) : '';
    if (run.length && !/^(?:\s{1,2}|[-‐])$/.test(gap) && gap !== '') flush();
    if (isNameWord(t) && !(run.length === 0 && /^(?:The|A|An)$/.test(t.text))) run.push(t);
    else if (run.length && NAME_CONNECTORS.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'and' && terms[i + 1] && isNameWord(terms[i + 1])) run.push(t);
    else if (/^(?:al|el|bin|ibn|van|von|de)$/.test(t.text) && terms[i + 1] && isNameWord(terms[i + 1]) && /^[-‐\s]$/.test(text.slice(t.end, terms[i + 1].start))) run.push(t);
    else flush();
  }
  flush();
  return runs;
}

const COMMON_SENTENCE_STARTERS = /^(?:The|A|An|This|That|These|Those|It|He|She|We|They|I|You|In|On|At|By|For|From|Of|To|With|But|And|Or|If|When|While|As|After|Before|Since|Yet|So|There|Here|What|Where|Who|Why|How|All|Some|Many|Most|Such|Only|Later|Later,|Whenever|New|Map|Region|Theme|Copyright|Disclaimer|Articles|Comment|Become|Based|Numbers|Reports|UPDATE|Yesterday|Today|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov)$/;

function typeOf(run: TaggedTerm[], text: string, start: number, end: number): 'person' | 'organization' | 'place' | null {
  const words = run.map((t) => t.text);
  const last = words[words.length - 1].toLowerCase().replace(/[.]$/, '');
  const first = words[0].toLowerCase();
  if (ORGANIZATION_HEADS.has(last) || (words.length > 2 && ORGANIZATION_STARTS.has(first))) return 'organization';
  let person = 0;
  let org = 0;
  let place = 0;
  for (const t of run) {
    if (t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName')) person++;
    if (t.tags.has('Organization')) org++;
    if (t.tags.has('Place') || t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region')) place++;
  }
  // "Russian", "The Jihadis": demonyms and plurals of common nouns are not names.
  if (run.length === 1 && (run[0].tags.has('Demonym') || (run[0].tags.has('Plural') && !run[0].tags.has('Organization')))) return null;
  if (org >= person && org >= place && org > 0) return 'organization';
  if (place > person && place > 0) return 'place';
  if (person > 0) return 'person';
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (/^[\p{Lu}]{2,6}(?:-\d+)?$/u.test(words.join(' '))) return 'organization';
  if (/\b(?:in|to|from|near|into|across|of)\s+$/.test(before)) return 'place';
  if (/^\s*(?:said|says|told|,\s*who)\b/.test(after)) return 'person';
  if (words.length >= 2 && words.every((w) => /^[\p{Lu}][\p{Ll}]+$/u.test(w))) return 'person';
  return null;
}

export const recognizeEntities: Recognizer = (prep: PreparedText) => {
  const out: EntityDraft[] = [];
  const text = prep.text;
  for (const s of prep.sentences) {
    if (!/[\p{Lu}]/u.test(text.slice(s.start, s.end))) continue;
    const terms = tagTerms(text, s.start, s.end);
    for (const run of nameRuns(text, terms)) {
      let start = run[0].start;
      const end = run[run.length - 1].end;
      let title: string | undefined;
      const withTitle = text.slice(start, end);
      const tm = TITLE_PATTERN.exec(withTitle);
      if (tm) {
        title = tm[0].trim();
        start += tm[0].length;
      }
      let name = text.slice(start, end).replace(/['’]s$/, '');
      if (name.length < 2) continue;
      const single = !name.includes(' ');
      if (single && start === s.start && COMMON_SENTENCE_STARTERS.test(name)) continue;
      if (single && COMMON_SENTENCE_STARTERS.test(name) && !title) continue;
      const kept = run.filter((t) => t.start >= start);
      const type = title ? 'person' : typeOf(kept, text, start, end);
      if (!type) continue;
      const recEnd = start + name.length;
      name = name.replace(/\s+/g, ' ');
      const base = { text: prep.original.slice(start, recEnd), start, end: recEnd, name, confidence: 0.6, source: `${type}/shape` };
      if (type === 'person') out.push({ type, ...base, ...(title ? { title } : {}) });
      else if (type === 'organization') out.push({ type, ...base });
      else out.push({ type, ...base });
    }
  }
  return out;
};
