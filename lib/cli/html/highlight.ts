/**
 * The text with each span wrapped in a <mark>. Spans may nest (a quantity holding an organization) or cross;
 * elements cannot cross, so a span that runs past the end of an enclosing one is closed there and continued in a
 * second element with the same `data-r`. Concatenating the text of a span's elements gives back its text.
 */
import { escapeHtml } from './escape';

export interface Highlight {
  start: number;
  end: number;
  /** Written as `data-r`; shared by the pieces of one span. */
  ref: string;
  className: string;
  /** Attributes for the first piece only (an id, a tabindex). */
  firstAttributes?: string;
}

export function highlightText(text: string, spans: readonly Highlight[]): string {
  const sorted = spans
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const bounds = [...new Set([0, text.length, ...sorted.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const open = (s: Highlight, continued: boolean) =>
    `<mark class="${s.className}${continued ? ' cont' : ''}" data-r="${s.ref}"${!continued && s.firstAttributes ? ` ${s.firstAttributes}` : ''}>`;
  const stack: Highlight[] = [];
  let html = '';
  let next = 0;
  for (let b = 0; b < bounds.length; b++) {
    const at = bounds[b];
    if (stack.some((s) => s.end === at)) {
      // Close down to the deepest span ending here; spans above it that go on are reopened, in the same order.
      const reopen: Highlight[] = [];
      while (stack.some((s) => s.end === at)) {
        const top = stack.pop()!;
        html += '</mark>';
        if (top.end > at) reopen.unshift(top);
      }
      for (const s of reopen) {
        html += open(s, true);
        stack.push(s);
      }
    }
    for (; next < sorted.length && sorted[next].start === at; next++) {
      html += open(sorted[next], false);
      stack.push(sorted[next]);
    }
    if (b + 1 < bounds.length) html += escapeHtml(text.slice(at, bounds[b + 1]));
  }
  return html + '</mark>'.repeat(stack.length);
}
