/**
 * The one place that decides which names a document holds. The rules (candidates, evidence, document grouping)
 * propose mentions with votes per type; the learned tagger, which reads the text alone, gives every token a
 * probability of each type. Each entity's score per type adds the two (see COMBINE); the tagger may also widen a
 * mention or add a name it is sure of. Then the document decides together: all mentions of one entity (the rules'
 * groups, or the same name) take the type with most weight, and a headline keeps only names the body or the
 * tagger is sure of.
 */
import { C, type TaggedSpan, type Tagging } from '../../ner/model';
import type { PreparedText } from '../../text/prepare';
import { groupVotes, mentionKey, type Group } from './document';
import { gazetteerEvidence } from './gazetteer-evidence';
import { headWordType } from './head-word';
import { NAME_TYPES, startsWithCapitalOrDigit, toMention, type Mention, type NameType } from './mention';

const TYPES: Record<string, NameType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** A headline name nothing in the body confirms is kept only at this probability, or with this many rule votes. */
const SURE_IN_HEADLINE = 0.9;
const HEADLINE_RULES = 2.5;

export interface Decision {
  mention: Mention;
  type: NameType;
  /** How sure the decision is: the sigmoid of the entity's combined score over the keep threshold (or the
   * tagger's span probability, for a span only it found); entities.ts calibrates it into `confidence`. */
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
      ownPossessive: false,
    },
    prep.text,
  );
  gazetteerEvidence(m, countries);
  return m;
}

/**
 * How the rules' votes and the tagger's probabilities combine (chosen on the WikiGold and re3d dev sets and on
 * held-out GUM news scored by taggers that did not see it, `train:names --hold-out`; confidence checked with
 * scripts/calibrate-names.mjs): a type's score is its damped rule votes plus TAGGER_WEIGHT times the tagger's
 * log-odds of that type against "no name of ours" (O or MISC), averaged over the entity's mentions.
 */
export const COMBINE = {
  /** Weight of the tagger's log-odds against the rules' votes. */
  taggerWeight: 0.6,
  /** A group whose best combined score stays below this is no name (`Rebel` starting a sentence, `Association`). */
  keep: 1,
  /** Weight of the tagger's log-probabilities between the types, when it picks the type. */
  typeWeight: 0.1,
  /** Added to the type the rules chose for the group (their tie-breaks and the lone-surname rule carry no votes). */
  ruleType: 0.5,
  /** How much the tagger's MISC counts as "no name of ours": it learned MISC from GUM alone, and calls many
   * unfamiliar foreign names MISC. */
  misc: 0.5,
  /** Floor of the probabilities in the log-odds. */
  floor: 0.02,
  /** The tagger's log-odds are clipped to ±this: it can outvote weak rules, not a title or a gazetteer's sure place. */
  clip: 2,
  /** ... and to ±this for a name that only ever starts sentences. */
  clipAtStart: 4,
  /** The tagger adds a name the rules missed, or changes their boundaries, at this probability or more. */
  add: 0.85,
  /** A one-word name the tagger calls an organization at this probability (and above person) ... */
  taggerOrganization: 0.5,
  /** ... outvotes person rules this weak (a first name, a surname lexicon, the lone-surname slot): `signed to Vexor`. */
  weakPerson: 1.6,
};

/** The person votes and the rules' pick that the tagger outvotes: a one-word name it is sure is an organization, with
 * only weak person rules and none against an organization. */
function outvotedPerson(group: Group, list: Mention[], votes: Record<NameType, number>, q: number[]): number {
  const organization = q[2];
  if (!list.every((m) => m.words.length === 1) || votes.person <= 0 || votes.person > COMBINE.weakPerson) return 0;
  if (organization < COMBINE.taggerOrganization || organization <= q[1] || votes.organization < 0) return 0;
  return votes.person + (group.type === 'person' ? COMBINE.ruleType : 0);
}

/**
 * The tagger's class probabilities (O, PER, ORG, LOC, MISC) for a mention: the mean over its capitalised words (its
 * particles and hyphens say little), or over all its tokens when it has none.
 */
function mentionProbs(probs: Float32Array, m: Mention): number[] {
  const q = [0, 0, 0, 0, 0];
  let n = 0;
  for (let pass = 0; pass < 2 && !n; pass++)
    for (let k = 0; k < m.tokens.length; k++) {
      if (pass === 0 && !startsWithCapitalOrDigit(m.tokens[k].text)) continue;
      const t = m.first + k;
      for (let c = 0; c < C; c++) q[c] += probs[t * C + c];
      n++;
    }
  for (let c = 0; c < C; c++) q[c] /= n || 1;
  return q;
}

/**
 * Combined score per type of a group: its rule votes, and the tagger's log-odds over its (body) mentions; `choice`
 * adds the tagger's say between the types (its log-probability of each), which picks the type but keeps no name.
 */
function combinedScores(group: Group, probs: Float32Array): { keep: Record<NameType, number>; choice: Record<NameType, number> } {
  const body = group.members.filter((m) => !m.headline);
  const list = body.length ? body : group.members;
  const q = [0, 0, 0, 0, 0];
  for (const m of list) {
    const mq = mentionProbs(probs, m);
    for (let c = 0; c < C; c++) q[c] += mq[c] / list.length;
  }
  const votes = groupVotes(list);
  const none = Math.max(q[0] + COMBINE.misc * q[4], COMBINE.floor);
  // A capital that starts every sentence it stands in says little: there the tagger's doubt counts in full.
  const clip = list.every((m) => m.atStart) ? COMBINE.clipAtStart : COMBINE.clip;
  const out = { person: 0, organization: 0, place: 0 };
  const choice = { person: 0, organization: 0, place: 0 };
  NAME_TYPES.forEach((t, i) => {
    const odds = Math.log(Math.max(q[1 + i], COMBINE.floor) / none);
    const clipped = Math.max(-clip, Math.min(clip, odds));
    out[t] = votes[t] + (group.type === t ? COMBINE.ruleType : 0) + COMBINE.taggerWeight * clipped;
    choice[t] = out[t] + COMBINE.typeWeight * Math.log(Math.max(q[1 + i], COMBINE.floor) / Math.max(q[1] + q[2] + q[3], COMBINE.floor));
  });
  const outvoted = outvotedPerson(group, list, votes, q);
  out.person -= outvoted;
  choice.person -= outvoted;
  return { keep: out, choice };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

const nameShaped = (prep: PreparedText, span: TaggedSpan) =>
  /^[\p{Lu}\p{N}]/u.test(prep.tokens[span.first].text) && /^[\p{Lu}\p{N}'’.]/u.test(prep.tokens[span.end - 1].text);

/** The span ends in a head word of another type than the tagger's (`Munich Olympics` tagged a place): the rules'
 * head words hold against the tagger, as they do in word-evidence.ts. */
function headWordDisagrees(prep: PreparedText, span: TaggedSpan, type: NameType): boolean {
  const words: string[] = [];
  for (let t = span.first; t < span.end; t++) if (startsWithCapitalOrDigit(prep.tokens[t].text)) words.push(prep.tokens[t].text);
  const head = headWordType(words);
  return head !== undefined && head !== type;
}

/** A span the tagger may add or widen a mention to: sure, name-shaped, and no head word against it. */
const taggerMaySpan = (prep: PreparedText, span: TaggedSpan, type: NameType | undefined): type is NameType =>
  type !== undefined && span.probability >= COMBINE.add && nameShaped(prep, span) && !headWordDisagrees(prep, span, type);

export function decide(
  prep: PreparedText,
  groups: Group[],
  tagging: Tagging,
  countries: Set<string>,
  vetoed: Set<number> = new Set(),
): Decision[] {
  const { spans: all, probs } = tagging;
  // The rules' vetoes hold for the tagger too (an acronym that names a thing, not a body).
  const spans = vetoed.size
    ? all.filter((s) => !Array.from({ length: s.end - s.first }, (_, k) => s.first + k).some((t) => vetoed.has(t)))
    : all;
  const ruleAt = new Map<number, Mention>();
  for (const group of groups) for (const m of group.members) for (let t = m.first; t < m.first + m.tokens.length; t++) ruleAt.set(t, m);
  const proposals: Proposal[] = [];
  const used = new Set<TaggedSpan>();
  const widened = new Set<Mention>();
  // A name the tagger is sure of that holds the rules' mentions and is longer: its boundaries win.
  for (const span of spans) {
    const type = TYPES[span.type];
    if (!taggerMaySpan(prep, span, type)) continue;
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
    const { keep, choice } = combinedScores(group, probs);
    const type = NAME_TYPES.reduce((a, b) => (choice[b] > choice[a] ? b : a));
    const best = Math.max(...NAME_TYPES.map((t) => keep[t]));
    if (best < COMBINE.keep) continue;
    const probability = sigmoid(best - COMBINE.keep);
    for (const m of group.members) {
      if (widened.has(m)) continue;
      proposals.push({ mention: m, group, type, probability, weight: probability });
    }
  }
  // Names only the tagger found, where no name was kept (inside a rule mention the decision dropped too:
  // `Greece` in a run of capitals the rules could not type).
  const kept = new Set<number>();
  for (const p of proposals) for (let t = p.mention.first; t < p.mention.first + p.mention.tokens.length; t++) kept.add(t);
  for (const span of spans) {
    const type = TYPES[span.type];
    if (used.has(span) || !taggerMaySpan(prep, span, type)) continue;
    let overlaps = false;
    for (let t = span.first; t < span.end && !overlaps; t++) overlaps = kept.has(t);
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
