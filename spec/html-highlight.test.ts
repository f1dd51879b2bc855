/** highlightText: nested and crossing spans become well-formed <mark> elements that give back each span's text. */
import { highlightText, type Highlight } from '../lib/cli/html/highlight';

/** Reads the HTML back: the plain text, and the text inside each span's elements (pieces joined), by ref. */
function readBack(html: string): { text: string; spans: Map<string, string> } {
  const decode = (s: string) =>
    s
      .replace(/&#13;/g, '\r')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const open: string[] = [];
  const spans = new Map<string, string>();
  let text = '';
  for (const part of html.split(/(<mark[^>]*>|<\/mark>)/)) {
    if (part.startsWith('<mark')) open.push(/data-r="([^"]+)"/.exec(part)![1]);
    else if (part === '</mark>') expect(open.pop()).toBeDefined();
    else {
      const t = decode(part);
      text += t;
      for (const ref of new Set(open)) spans.set(ref, (spans.get(ref) ?? '') + t);
    }
  }
  expect(open).toEqual([]);
  return { text, spans };
}

const span = (start: number, end: number, ref: string): Highlight => ({ start, end, ref, className: 't', firstAttributes: `id="r${ref}"` });

test('plain, nested and crossing spans, with markup characters and a CR in the text', () => {
  const text = 'About 500 <Syrian> army fighters left & came\r\nback.';
  const spans = [
    span(0, 32, 'q'), // About 500 <Syrian> army fighters
    span(10, 18, 'org'), // <Syrian>, nested
    span(26, 43, 'x'), // fighters left & c — crosses the end of q
    span(33, 37, 'y'), // left, nested in x only
  ];
  const html = highlightText(text, spans);
  const back = readBack(html);
  expect(back.text).toBe(text);
  for (const s of spans) expect(back.spans.get(s.ref)).toBe(text.slice(s.start, s.end));
  // Each span's first piece alone carries its attributes; the crossing span is continued in a second piece.
  expect(html.match(/id="rx"/g)).toHaveLength(1);
  expect(html.match(/data-r="x"/g)).toHaveLength(2);
  expect(html).toContain('&#13;');
});

test('spans that start together (longer outside), end together, or repeat', () => {
  const text = 'New York City Council';
  const spans = [span(0, 8, 'a'), span(0, 13, 'b'), span(9, 21, 'c'), span(14, 21, 'd'), span(14, 21, 'e')];
  const back = readBack(highlightText(text, spans));
  expect(back.text).toBe(text);
  for (const s of spans) expect(back.spans.get(s.ref)).toBe(text.slice(s.start, s.end));
});

test('empty and out-of-range spans are ignored', () => {
  expect(highlightText('abc', [span(1, 1, 'z'), span(2, 9, 'w')])).toBe('abc');
});
