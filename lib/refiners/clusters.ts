/**
 * Cluster ids and canonical names. The entity recognizer groups the mentions of one entity (same name, surname
 * after full name, acronym after long form) under a provisional cluster key; here each group gets its public id
 * (`person-1`, `organization-3`, numbered per type in order of first mention) and every mention the group's
 * canonical name: its longest written form that is not an acronym. Names without a key are grouped by name.
 */
import type { Draft } from '../draft';
import type { ExtractRecord } from '../types';
import { groupBy } from '../text/group-by';

type NameType = 'person' | 'organization' | 'place';
type NameDraft = Extract<Draft, { name: string }>;
const isName = (d: Draft): d is NameDraft => d.type === 'person' || d.type === 'organization' || d.type === 'place';
const isAcronym = (s: string) => /^[\p{Lu}\p{N}.&-]+$/u.test(s);

export function assignClusters(drafts: Draft[]): Draft[] {
  const names = drafts.filter(isName).sort((a, b) => a.start - b.start);
  const groups = groupBy(names, (d) => `${d.type}:${d.cluster ?? d.name.toLowerCase()}`);
  const counters: Record<NameType, number> = { person: 0, organization: 0, place: 0 };
  for (const members of groups.values()) {
    const type = members[0].type;
    const id = `${type}-${++counters[type]}`;
    const written = members.map((d) => d.name);
    const canonical = written.filter((n) => !isAcronym(n)).sort((a, b) => b.length - a.length)[0] ?? written[0];
    for (const d of members) {
      d.cluster = id;
      d.name = canonical;
    }
  }
  return drafts;
}

/** Gives clusters text-wide ids across segments: a segment's cluster joins an earlier one of the same type and name. */
export class ClusterJoiner {
  private byName = new Map<string, string>();
  private counters = new Map<string, number>();

  /** The renaming (segment cluster id → text-wide cluster id) for one segment's records. */
  join(records: ExtractRecord[]): Map<string, string> {
    const rename = new Map<string, string>();
    for (const r of records) {
      if (!('cluster' in r) || rename.has(r.cluster)) continue;
      const key = `${r.type}\u0000${r.name.toLowerCase()}`;
      let id = this.byName.get(key);
      if (!id) {
        const n = (this.counters.get(r.type) ?? 0) + 1;
        this.counters.set(r.type, n);
        id = `${r.type}-${n}`;
        this.byName.set(key, id);
      }
      rename.set(r.cluster, id);
    }
    return rename;
  }
}
