/**
 * Generated news articles as JSON lines, for the Dask test and the throughput benchmark: short reports with
 * death tolls, attributions, places and dates, from templates and a seeded generator (the same seed, the same
 * articles).
 */
const { random } = require('../../dist/text/random');

const PLACES = ['Lagos', 'Mosul', 'Valparaiso', 'Kirkuk', 'Nairobi', 'Lisbon', 'Basra', 'Geneva', 'Idlib', 'Dhaka'];
const SOURCES = ['the Red Crescent', 'the health ministry', 'the civil defence agency', 'Reuters', 'the United Nations', 'local officials'];
const EVENTS = ['floods', 'a fire', 'heavy shelling', 'a landslide', 'a bus crash', 'an earthquake'];
const PEOPLE = ['Amina Rwein', 'Oskar Vell', 'Tariq Haddad', 'Helen Marsh', 'Ines Duarte', 'Pavel Novak'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['March', 'May', 'July', 'September', 'November'];

/** `count` articles: `{id, text, referenceDate?}` objects; every third one has a reference date. */
function generateArticles(count, seed = 7) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const n = (lo, hi) => lo + Math.floor(r() * (hi - lo));
  const articles = [];
  for (let i = 0; i < count; i++) {
    const place = pick(PLACES);
    const sentences = [
      `${pick(['At least', 'About', 'More than', 'Nearly'])} ${n(2, 400)} people ${pick(['were killed', 'died'])} in ${pick(EVENTS)} in ${place} on ${pick(DAYS)}, ${pick(SOURCES)} said.`,
      `${pick(PEOPLE)}, a spokesperson for ${pick(SOURCES)}, said ${n(10, 9000).toLocaleString('en-US')} families had fled their homes since ${n(1, 28)} ${pick(MONTHS)}.`,
      `Another ${n(2, 90)} people were wounded, according to ${pick(SOURCES)}.`,
      `Aid worth $${n(2, 60)} million was pledged for ${place}.`,
    ];
    const text = sentences.slice(0, 2 + n(0, 3)).join(' ');
    articles.push(i % 3 ? { id: `doc-${i}`, text } : { id: `doc-${i}`, text, referenceDate: `2023-0${1 + (i % 9)}-15` });
  }
  return articles;
}

module.exports = { generateArticles };
