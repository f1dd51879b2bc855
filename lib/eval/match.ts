/** One-to-one matching of gold mentions and predictions within one document and type. */

export interface Located {
  start: number | null;
  end: number | null;
}

/** Characters two spans share (zero or less when they do not overlap; a span without offsets shares none). */
export function overlap(a: Located, b: Located): number {
  if (a.start == null || a.end == null || b.start == null || b.end == null) return 0;
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

export type MatchMode = 'strict' | 'relaxed';

/**
 * Pairs golds with predictions: `strict` needs the same start and end, `relaxed` any overlap. Pairs sharing
 * more characters are taken first, so a long gold claims the prediction that covers most of it; each gold and
 * each prediction is used once at most.
 */
export function matchOneToOne<G extends Located, P extends Located>(golds: G[], preds: P[], mode: MatchMode): [G, P][] {
  const candidates: { shared: number; gold: G; pred: P }[] = [];
  for (const gold of golds)
    for (const pred of preds) {
      const shared = overlap(gold, pred);
      const ok = mode === 'strict' ? gold.start != null && gold.start === pred.start && gold.end === pred.end : shared > 0;
      if (ok) candidates.push({ shared, gold, pred });
    }
  candidates.sort((a, b) => b.shared - a.shared);
  const usedGolds = new Set<G>();
  const usedPreds = new Set<P>();
  const pairs: [G, P][] = [];
  for (const { gold, pred } of candidates) {
    if (usedGolds.has(gold) || usedPreds.has(pred)) continue;
    usedGolds.add(gold);
    usedPreds.add(pred);
    pairs.push([gold, pred]);
  }
  return pairs;
}
