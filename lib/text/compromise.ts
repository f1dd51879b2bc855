/** compromise, loaded once on first use; only ever run on short spans (a sentence), never on a whole document. */
import type nlpType from 'compromise';

let instance: typeof nlpType | null = null;

export function compromise(): typeof nlpType {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!instance) instance = require('compromise') as typeof nlpType;
  return instance;
}

export interface TaggedTerm {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
}

/** Tags the text of [start, end) of `text` with compromise; term offsets are absolute. */
export function tagTerms(text: string, start: number, end: number): TaggedTerm[] {
  const doc = compromise()(text.slice(start, end));
  doc.compute('offset');
  const out: TaggedTerm[] = [];
  // compromise's term objects are internal; offsets were computed above, once for the whole span.
  for (const terms of (doc as unknown as { docs: { text: string; tags: Set<string>; offset?: { start: number; length: number } }[][] })
    .docs)
    for (const t of terms) {
      if (!t.offset || !t.text) continue;
      // compromise's offset may include leading punctuation; re-locate the term's own text.
      let s = start + t.offset.start;
      const at = text.indexOf(t.text, s);
      if (at >= 0 && at < s + t.offset.length + 2) s = at;
      out.push({ text: t.text, start: s, end: s + t.text.length, tags: t.tags });
    }
  return out;
}
