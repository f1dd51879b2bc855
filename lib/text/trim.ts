/** Trims whitespace and the given punctuation from both ends of [start, end) in `text`. */
export function trimSpan(text: string, start: number, end: number, punct = ' \t\r\n.,;:!?"\'“”‘’()[]{}'): [number, number] {
  while (start < end && punct.includes(text[start])) start++;
  while (end > start && punct.includes(text[end - 1])) end--;
  return [start, end];
}
