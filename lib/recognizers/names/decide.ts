/**
 * The one place that decides which names a document holds. The rules (candidates, evidence, document grouping)
 * propose typed mentions; the learned tagger, which sees the rules' conclusions among its features, gives the final
 * spans and types with a probability. Then the document decides together: all mentions of one entity (the rules'
 * groups, or the same name) take the type with most probability, and a headline keeps only names the body or the
 * tagger is sure of.
 */
import type { TaggedSpan } from '../../ner/model';
import type { PreparedText } from '../../text/prepare';
import { mentionKey, type Group } from './document';
import { gazetteerEvidence } from './gazetteer-evidence';
import { NAME_TYPES, toMention, type Mention, type NameType } from './mention';

const TYPES: Record<string, NameType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** A headline name nothing in the body confirms is kept only at this probability, or with this many rule votes. */
const SURE_IN_HEADLINE = 0.9;
const HEADLINE_RULES = 2.5;

export interface Decision {
  mention: Mention;
  type: NameType;
  /** The tagger's probability for this span and its own type. */
  probability: number;
  /** The rules reached the same span and type. */
  agreed: boolean;
  /** Which path decided: the rules' strongest evidence when they agree, else `<type>/tagger`. */
  source: string;
  cluster: string;
  acronym?: string;
}

interface Proposal {
  mention: Mention;
  group?: Group;
  type: NameType;
  probability: number;
  /** Its say in the type of its entity. */
  weight: number;
}

function spanMention(prep: PreparedText, span: TaggedSpan, like: Mention | undefined, countries: Set<string>): Mention {
  const tokens = prep.tokens.slice(span.first, span.end);
  const sentence = tokens[0].sentence;
  const m = toMention(
    {
      start: tokens[0].start,
      end: tokens[tokens.length - 1].end,
      tokens,
      first: span.first,
      sentence,
      title: undefined,
      atStart: span.first === prep.sentences[sentence]?.firstToken,
      headline: like?.headline ?? false,
      quoted: false,
    },
    prep.text,
  );
  gazetteerEvidence(m, countries);
  return m;
}

/** The tagger overrules the rules' type, or drops a rule mention it reads as MISC, at this probability or more. */
const OVERRULE = 0.9;
/** ... but only when the rules' own votes for their type stay below this. */
const RULES_STRONG = 2.5;
/** The tagger adds a name the rules missed, or changes their boundaries, at this probability or more. */
const ADD = 0.85;
/** A mention the rules left untyped takes the tagger's type at this probability or more. */
const UNDECIDED = 0.5;
/** A rule mention starting a sentence that the tagger leaves out is dropped when its votes stay below this. */
const RULES_ALONE = 1.5;

const nameShaped = (prep: PreparedText, span: TaggedSpan) =>
  /^[\p{Lu}\p{N}]/u.test(prep.tokens[span.first].text) && /^[\p{Lu}\p{N}'’.]/u.test(prep.tokens[span.end - 1].text);

export function decide(prep: PreparedText, groups: Group[], spans: TaggedSpan[], countries: Set<string>): Decision[] {
  const spanAt = new Map<number, TaggedSpan>();
  for (const span of spans) for (let t = span.first; t < span.end; t++) spanAt.set(t, span);
  const ruleAt = new Map<number, Mention>();
  for (const group of groups) for (const m of group.members) for (let t = m.first; t < m.first + m.tokens.length; t++) ruleAt.set(t, m);
  const proposals: Proposal[] = [];
  const used = new Set<TaggedSpan>();
  const widened = new Set<Mention>();
  // A name the tagger is sure of that holds the rules' mentions and is longer: its boundaries win.
  for (const span of spans) {
    const type = TYPES[span.type];
    if (!type || span.probability < ADD || !nameShaped(prep, span)) continue;
    const inside = new Set<Mention>();
    let outside = false;
    for (let t = span.first; t < span.end; t++) {
      const m = ruleAt.get(t);
      if (!m) continue;
      inside.add(m);
      if (m.first < span.first || m.first + m.tokens.length > span.end || m.title) outside = true;
    }
    const list = [...inside];
    if (outside || !list.length || list.every((m) => m.tokens.length === span.end - span.first)) continue;
    for (const m of list) widened.add(m);
    const group = groups.find((g) => g.members.includes(list[0]));
    proposals.push({
      mention: spanMention(prep, span, list[0], countries),
      group,
      type,
      probability: span.probability,
      weight: span.probability,
    });
    used.add(span);
  }
  for (const group of groups) {
    if (!group.type) {
      // The rules left it undecided: the tagger's type, when it reads the mention as a name of ours.
      for (const m of group.members) {
        const span = spanAt.get(m.first) ?? spanAt.get(m.first + m.tokens.length - 1);
        const tagged = span && TYPES[span.type];
        if (!span || !tagged || span.probability < UNDECIDED) continue;
        used.add(span);
        proposals.push({ mention: m, group, type: tagged, probability: span.probability, weight: span.probability });
      }
      continue;
    }
    const type = group.type;
    // A mention with no evidence of its own stands for its group (`Halvorn` after `FC Halvorn`).
    const groupVotes = Math.max(...group.members.map((m) => m.votes[type]));
    for (const m of group.members) {
      if (widened.has(m)) continue;
      const votes = Math.max(m.votes[type], groupVotes);
      let span: TaggedSpan | undefined;
      for (let t = m.first; t < m.first + m.tokens.length && !span; t++) span = spanAt.get(t);
      if (span) used.add(span);
      const tagged = span && TYPES[span.type];
      if (!span) {
        // `Rebel`, `Local` starting a sentence: weak rules and a silent tagger make no name.
        if (votes < RULES_ALONE && m.atStart && !m.headline) continue;
        proposals.push({ mention: m, group, type: group.type, probability: 0.5, weight: 0.5 });
      } else if (tagged === group.type) {
        proposals.push({ mention: m, group, type: group.type, probability: span.probability, weight: 1 + span.probability });
      } else if (span.probability >= OVERRULE && votes < RULES_STRONG) {
        // The tagger is sure and the rules were not: its type (or no name at all, for MISC).
        if (tagged) proposals.push({ mention: m, group, type: tagged, probability: span.probability, weight: span.probability });
      } else proposals.push({ mention: m, group, type: group.type, probability: 1 - span.probability, weight: 0.5 });
    }
  }
  // Names only the tagger found.
  for (const span of spans) {
    const type = TYPES[span.type];
    if (!type || used.has(span) || span.probability < ADD || !nameShaped(prep, span)) continue;
    let overlaps = false;
    for (let t = span.first; t < span.end && !overlaps; t++) overlaps = ruleAt.has(t);
    if (overlaps) continue;
    const mention = spanMention(prep, span, undefined, countries);
    if (mention.words.length) proposals.push({ mention, type, probability: span.probability, weight: span.probability });
  }
  // One entity, one type: the rules' groups, and mentions of the same name outside them.
  const clusters = new Map<string, Proposal[]>();
  for (const p of proposals) {
    const key = p.group ? `g${p.group.id}` : `k${mentionKey(p.mention)}`;
    const list = clusters.get(key);
    if (list) list.push(p);
    else clusters.set(key, [p]);
  }
  const out: Decision[] = [];
  let id = 0;
  for (const list of clusters.values()) {
    id++;
    const body = list.filter((p) => !p.mention.headline);
    const total: Record<NameType, number> = { person: 0, organization: 0, place: 0 };
    for (const p of body.length ? body : list) total[p.type] += p.weight;
    const type = NAME_TYPES.reduce((a, b) => (total[b] > total[a] ? b : a));
    const group = list.find((p) => p.group)?.group;
    for (const p of list) {
      if (!body.length && p.probability < SURE_IN_HEADLINE && !(group && p.mention.votes[type] >= HEADLINE_RULES)) continue;
      const agreed = group?.type === type;
      const own = p.mention.reasons[type];
      const source = agreed ? (own && p.mention.votes[type] > 0 ? own.why : `${type}/document`) : `${type}/tagger`;
      if (type === 'place' && !p.mention.place && group)
        p.mention.place = group.members.find((o) => o.place && mentionKey(o) === mentionKey(p.mention))?.place;
      out.push({
        mention: p.mention,
        type,
        probability: p.type === type ? p.probability : 0.5,
        agreed: agreed && p.probability > 0.5,
        source,
        cluster: `names-${id}`,
        acronym: group?.acronym,
      });
    }
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}
