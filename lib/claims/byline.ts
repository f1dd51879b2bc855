/**
 * The document's own source, from its byline ("By Mara Quill, Tidewater Courier", "By [Moon of Alabama](#)"):
 * the name on a short line near the top that starts with "By". Markdown links keep their text.
 */
const HEAD_CHARS = 600;
const MAX_LINE_CHARS = 100;
/** `By NAME` on a line of its own; NAME up to a date or the end of the line. */
const BYLINE = /^\s*by\s+(.+?)\s*$/i;
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/g;
/** A date, a time or "Updated ..." after the name: not part of it. */
const TRAILING_DATE = /\s*(?:[,|·–—-]\s*)?(?:updated\b.*|\d{1,2}\s+\w+\s+\d{4}.*|\w+\s+\d{1,2},\s+\d{4}.*)$/i;

export function findByline(text: string): string | null {
  for (const line of text.slice(0, HEAD_CHARS).split('\n')) {
    if (line.length > MAX_LINE_CHARS) continue;
    const m = BYLINE.exec(line.replace(MARKDOWN_LINK, '$1'));
    if (!m) continue;
    const name = m[1]
      .replace(TRAILING_DATE, '')
      .replace(/[*_`]+/g, '')
      .trim();
    if (name && /\p{Lu}/u.test(name[0])) return name;
  }
  return null;
}
