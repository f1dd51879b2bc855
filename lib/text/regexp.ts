/** Escapes a literal string for use inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Group names may repeat between patterns, which one regular expression refuses; numbered references would shift.
const NAMED_GROUP = /\(\?<(?![=!])[\p{L}\p{N}_$]+>/gu;
const BACK_REFERENCE = /\\(?:[1-9]|k<)/;

/**
 * Several global patterns run over a text in one pass. `scan(text)` gives, for every pattern, the same matches in
 * the same order as `text.matchAll(pattern)` would, at about the cost of one scan: one combined lookahead finds each
 * position where some pattern starts a match, and there each pattern is tried in place (sticky); as in a global
 * scan, a pattern's next match starts after its previous one ends. Flags `m` and `s` are not supported.
 */
export class PatternSet<K extends string> {
  private readonly any: RegExp;
  private readonly sticky: [K, RegExp][];

  constructor(patterns: Record<K, RegExp>) {
    const entries = Object.entries(patterns) as [K, RegExp][];
    for (const [name, re] of entries)
      if (/[ms]/.test(re.flags) || BACK_REFERENCE.test(re.source))
        throw new Error(`PatternSet: ${name} has a flag m or s or a back reference`);
    // The combined lookahead may find more positions than a pattern would (case folding): the sticky test decides.
    const flags = `g${entries.some(([, re]) => re.ignoreCase) ? 'i' : ''}${entries.some(([, re]) => re.unicode) ? 'u' : ''}`;
    const sources = entries.map(([, re]) => `(?:${re.source.replace(NAMED_GROUP, '(?:')})`);
    this.any = new RegExp(`(?=${sources.join('|')})`, flags);
    this.sticky = entries.map(([name, re]) => [name, new RegExp(re.source, `${re.flags.replace('g', '')}y`)]);
  }

  scan(text: string): Record<K, RegExpExecArray[]> {
    const found = {} as Record<K, RegExpExecArray[]>;
    const nextStart = new Map<K, number>();
    for (const [name] of this.sticky) {
      found[name] = [];
      nextStart.set(name, 0);
    }
    const any = new RegExp(this.any);
    for (let hit = any.exec(text); hit; any.lastIndex = hit.index + 1, hit = any.exec(text)) {
      const at = hit.index;
      for (const [name, re] of this.sticky) {
        if (at < nextStart.get(name)!) continue;
        re.lastIndex = at;
        const m = re.exec(text);
        if (!m) continue;
        found[name].push(m);
        nextStart.set(name, at + Math.max(1, m[0].length));
      }
    }
    return found;
  }
}
