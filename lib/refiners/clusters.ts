/**
 * Document-level reasoning over names: mentions of one entity share a cluster id and a canonical name.
 * A later mention that is the surname of an earlier full name ("Balanche" after "Fabrice Balanche") joins it and
 * takes its type; exact repeats join each other. Every mention's `name` becomes its cluster's canonical name.
 */
import type { Draft } from '../recognizers/recognizer';

type NameType = 'person' | 'organization' | 'place';
const isName = (d: Draft): d is Extract<Draft, { name: string }> => d.type === 'person' || d.type === 'organization' || d.type === 'place';
const key = (s: string) => s.toLowerCase().replace(/[-‐\s]+/g, ' ').replace(/^the /, '');

export function assignClusters(drafts: Draft[]): Draft[] {
  const clusters: { id: string; type: NameType; name: string; keys: Set<string> }[] = [];
  const counters: Record<NameType, number> = { person: 0, organization: 0, place: 0 };
  // Longest names first, so that short mentions find the full name they abbreviate.
  const names = drafts.filter(isName).sort((a, b) => b.name.length - a.name.length || a.start - b.start);
  for (const d of names) {
    const k = key(d.name);
    let c = clusters.find((c) => c.keys.has(k) && (c.type === d.type || c.type === 'person'));
    if (!c && d.type === 'person' && !k.includes(' ')) c = clusters.find((c) => c.type === 'person' && c.name.split(' ').length > 1 && key(c.name).split(' ').pop() === k);
    if (!c) {
      c = { id: `${d.type}-${++counters[d.type]}`, type: d.type, name: d.name, keys: new Set([k]) };
      clusters.push(c);
    }
    if (c.type !== d.type) (d as { type: NameType }).type = c.type;
    d.cluster = c.id;
    d.name = c.name;
  }
  return drafts;
}
