/**
 * fast-check arbitraries for messy news-like documents: English sentences with names, numbers and dates,
 * Markdown and HTML remnants, right-to-left scripts, emoji, combining marks, odd spaces, CRLF, tabs, a BOM.
 * All sentences are the project's own.
 */
import fc from 'fast-check';

const SENTENCES = [
  'The Red Lantern Society said on Monday that about 1,200 families had left Port Haldane.',
  'More than 60% of the district was without power by 6 PM ET on March 3, 2019.',
  'Minister Oskar Vell told reporters in Geneva that 4-5,000 troops would stay until 2025.',
  'Prices rose 3.5% in the second quarter, according to the National Statistics Office (NSO).',
  'Some 270,000 civilians were trapped, and as few as 20,000 fighters remained.',
  'A 36-year-old teacher, Amira Sello, said the F-16 flew over the town twice.',
  'The MI-6 report, page 12, cited G20 figures and COVID-19 data from 2020.',
  'Dozens of volunteers arrived from Lagos; hundreds of thousands watched online.',
  'Call 555-0142 or visit www.example.org/news before Friday.',
  'Between 10 and 20 ships docked at Valparaiso last week, up from three a year ago.',
  'The Zarqa Valley Authority spent $5bn, or €4.6 billion, over the last six weeks.',
  '“We had no choice,” said Dr. Lena Okafor of Médecins Sans Frontières.',
  'in 2011, shortly before the vote, the al-Noor Front split from Jabhat al-Sham.',
  'EAST-ALEPPO SIEGE NEARS ITS END AS UN ENVOY MEETS ERDOGAN',
  'Temperatures hit 41°C in Basra, while 19 per cent of wells ran dry.',
];
const MARKUP = [
  '[Moon Desk](#)',
  '[21,000+](#)',
  '<b>',
  '</b>',
  '<a href="https://x.org/a?b=1">',
  '</a>',
  '&amp;',
  '&nbsp;',
  '**',
  '## ',
  '![img](pic.png)',
  '<!-- note -->',
  '](#)',
  '[',
  '(',
  ')',
];
const ODD = [
  '\u200B',
  '\u200D',
  '\u00A0',
  '\u202F',
  '\uFEFF',
  '\t',
  '\r\n',
  '\n',
  '\n\n',
  ' ',
  '\u0301',
  '\u0627\u0644\u0642\u0627\u0647\u0631\u0629',
  '\u05E9\u05DC\u05D5\u05DD',
  '😀',
  '👩‍👩‍👧',
  '🇸🇾',
  '\uD800',
  '\u202E',
  'ﬁ',
  'Ⅻ',
  '١٢٣',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('en-US')) },
);

/** A document of up to 30 fragments joined by spaces or newlines, sometimes behind a BOM. */
export const messyDocument = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(fragment, fc.constantFrom(' ', ' ', '\n', '\r\n', '\n\n', '')), { maxLength: 30 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.map(([f, sep]) => f + sep).join(''));

const NEUTRAL = [
  'the roads were quiet and the shops stayed open.',
  'nobody answered the door, so we walked on.',
  'it was cold, and the wind kept blowing through the square.',
];

/** A paragraph with no names, numbers or dates, to place around a document. */
export const neutralParagraph = fc.array(fc.constantFrom(...NEUTRAL), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
