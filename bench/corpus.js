/**
 * Deterministic news-like corpus for benchmarks, assembled from the project's own templates and word lists
 * with a seeded generator: the same size always gives the same text.
 */

// The project's seeded generator (mulberry32); `npm run build` makes dist/.
const { random } = require('../dist/text/random');

const W = {
  first: ['Amina', 'Oskar', 'Lena', 'Tariq', 'Helen', 'Marco', 'Yusuf', 'Ines', 'Pavel', 'Grace', 'Omar', 'Sofia'],
  last: ['Rwein', 'Vell', 'Okafor', 'Haddad', 'Marsh', 'Bellini', 'Karimi', 'Duarte', 'Novak', 'Mensah', 'Sello', 'Lindqvist'],
  title: ['President', 'Minister', 'Dr.', 'General', 'Mayor', 'Governor'],
  org: [
    'the Red Lantern Society',
    'the National Statistics Office',
    'the Harbour Workers Union',
    'the Zarqa Valley Authority',
    'the World Health Organization',
    'the United Nations',
    'Reuters',
    'the Central Bank',
  ],
  place: ['Aleppo', 'Mosul', 'Lagos', 'Geneva', 'Port Haldane', 'Basra', 'Valparaiso', 'Kirkuk', 'Idlib', 'Nairobi', 'Lisbon', 'Damascus'],
  concept: ['civilians', 'fighters', 'families', 'workers', 'patients', 'students', 'homes', 'vehicles', 'tonnes of wheat', 'volunteers'],
  verb: ['left', 'arrived in', 'were evacuated from', 'returned to', 'were counted in'],
  hedge: ['about', 'more than', 'nearly', 'at least', 'up to', 'some', 'fewer than', ''],
  month: ['January', 'March', 'May', 'July', 'September', 'November', 'December'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  filler: [
    'the talks stalled again',
    'the roads remained closed',
    'prices kept rising',
    'the schools reopened',
    'the convoy waited at the border',
    'aid groups asked for more time',
  ],
};

const TEMPLATES = [
  (p, n) =>
    `${p(W.title)} ${p(W.first)} ${p(W.last)} said on ${p(W.day)} that ${p(W.hedge)} ${n()} ${p(W.concept)} ${p(W.verb)} ${p(W.place)}.`,
  (p, n) =>
    `According to ${p(W.org)}, ${n()} ${p(W.concept)} ${p(W.verb)} ${p(W.place)} between ${p(W.month)} ${1 + Math.floor(n.raw() * 27)} and ${p(W.month)} ${2000 + Math.floor(n.raw() * 25)}.`,
  (p, n) => `Prices rose ${(n.raw() * 9).toFixed(1)}% in ${p(W.place)} last month, while ${p(W.filler)}.`,
  (p, n) => `"We counted ${n()} ${p(W.concept)}," said ${p(W.first)} ${p(W.last)}, a spokesperson for ${p(W.org)}.`,
  (p, n) =>
    `In ${2000 + Math.floor(n.raw() * 25)}, ${p(W.org)} spent $${(n.raw() * 9 + 1).toFixed(1)} billion on relief in ${p(W.place)}, and ${p(W.filler)}.`,
  (p) => {
    const f = p(W.filler);
    return `${f[0].toUpperCase()}${f.slice(1)}, and ${p(W.filler)} after ${p(W.first)} ${p(W.last)} left ${p(W.place)}.`;
  },
];

/** About `bytes` characters of text: paragraphs of 3 to 6 sentences separated by blank lines. */
function makeCorpus(bytes, seed = 42) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const num = () => {
    const x = r();
    if (x < 0.5) return String(Math.floor(r() * 900) + 2);
    if (x < 0.8) return Math.floor(r() * 90000 + 1000).toLocaleString('en-US');
    const low = Math.floor(r() * 8) + 1;
    return `${low}-${low + 1 + Math.floor(r() * 4)},000`;
  };
  num.raw = r;
  const out = [];
  let size = 0;
  while (size < bytes) {
    const k = 3 + Math.floor(r() * 4);
    const para = [];
    for (let i = 0; i < k; i++) para.push(pick(TEMPLATES)(pick, num).replace(/\s+/g, ' '));
    const text = para.join(' ');
    out.push(text);
    size += text.length + 2;
  }
  return out.join('\n\n').slice(0, bytes);
}

const countWords = (text) => (text.match(/\S+/g) ?? []).length;

module.exports = { makeCorpus, countWords };
