/**
 * Blanks markup remnants to spaces of the same length, so every later pass sees clean prose while
 * offsets stay those of the caller's original string. Newlines are kept: they carry paragraph structure.
 */

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

// Each rule blanks what it matches except the capture groups named `keep`.
const MARKDOWN_IMAGE = /!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)/g;
const MARKDOWN_LINK = /\[([^\]\n]{0,300})\]\(([^)\n]{0,500})\)/g;
const HTML_TAG = /<\/?[A-Za-z][^<>\n]{0,500}>|<!--[\s\S]{0,2000}?-->/g;
const HTML_ENTITY = /&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]]{1,2000}|\b[\w.-]{1,100}\.(?:org|com|net|gov|edu|int|ca|uk)\/[^\s<>()\]]{0,2000}/g;
const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g;
const HEADING_OR_EMPHASIS = /^#{1,6}(?=\s)|\*\*|__|^\s{0,3}[>]\s/gm;
// Invisible or odd spaces that tokenizers handle badly; each is one UTF-16 unit, replaced by one space.
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\u00AD]/g;

const ENTITY_CHAR: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&apos;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };

export function blankMarkup(input: string): string {
  let text = input.replace(ODD_SPACE, ' ');
  text = text.replace(MARKDOWN_IMAGE, blank);
  text = text.replace(MARKDOWN_LINK, (whole, label: string) => ` ${label}${blank(whole.slice(label.length + 1))}`);
  text = text.replace(HTML_TAG, blank);
  // An entity becomes its character followed by spaces, so "AT&amp;T" still reads "AT&    T".
  text = text.replace(HTML_ENTITY, (e) => {
    const c = ENTITY_CHAR[e];
    return c ? c + ' '.repeat(e.length - 1) : ' '.repeat(e.length);
  });
  text = text.replace(URL, blank).replace(EMAIL, blank);
  text = text.replace(HEADING_OR_EMPHASIS, blank);
  return text;
}
