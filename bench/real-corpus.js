/**
 * The real-text corpus for benchmarks: the project's own sample articles (samples/) and, when the shared data
 * folder exists next to the project (../shared/data/<set>/dev.jsonl), every dev text of every set. Each distinct
 * text is used once, in a fixed order, so per-name caches see real news's spread of names, never a repeat. The
 * texts are joined with blank lines and cut into documents of about 8 KB at paragraph, line or sentence ends.
 */

const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const DOC_CHARS = 8000;

function sampleTexts() {
  const texts = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(?:txt|md)$/.test(entry.name)) texts.push(fs.readFileSync(file, 'utf8'));
    }
  };
  walk(path.join(root, 'samples'));
  return texts;
}

/** Every dev text of every shared set, set by set in name order; [] when the folder does not exist. */
function sharedTexts(dataDir = path.join(root, '..', 'shared', 'data')) {
  if (!fs.existsSync(dataDir)) return { texts: [], sets: [] };
  const texts = [];
  const sets = [];
  for (const set of fs.readdirSync(dataDir).sort()) {
    const file = path.join(dataDir, set, 'dev.jsonl');
    if (!fs.existsSync(file)) continue;
    sets.push(set);
    for (const line of fs.readFileSync(file, 'utf8').split('\n'))
      if (line.trim()) {
        const { text } = JSON.parse(line);
        if (typeof text === 'string' && text.trim()) texts.push(text);
      }
  }
  return { texts, sets };
}

/** Cuts `text` into pieces of about `size` characters, each ending at a blank line, a line end or a sentence end. */
function cutDocuments(text, size = DOC_CHARS) {
  const docs = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const window = text.slice(start, end);
      const half = size / 2;
      for (const mark of ['\n\n', '\n', '. ', ' ']) {
        const at = window.lastIndexOf(mark);
        if (at >= half) {
          end = start + at + mark.length;
          break;
        }
      }
    }
    const doc = text.slice(start, end);
    if (doc.trim()) docs.push(doc);
    start = end;
  }
  return docs;
}

/** The corpus: { docs, chars, texts, sets }, `docs` being the ~8 KB documents. */
function realCorpus() {
  const shared = sharedTexts();
  const seen = new Set();
  const texts = [];
  for (const t of [...sampleTexts(), ...shared.texts]) {
    const key = t.trim();
    if (seen.has(key)) continue;
    seen.add(key);
    texts.push(key);
  }
  const docs = cutDocuments(texts.join('\n\n'));
  return { docs, chars: docs.reduce((n, d) => n + d.length, 0), texts: texts.length, sets: ['samples', ...shared.sets] };
}

/**
 * The corpus with fresh names, repeated to `bytes`, joined as one text: every capitalised word of round r gets r
 * appended ("Aleppo" becomes "Aleppo3"), so no name repeats across rounds and caches stay as cold as on new news.
 */
function freshNames(docs, bytes, firstRound = 1) {
  const out = [];
  let size = 0;
  for (let round = firstRound; size < bytes; round++)
    for (const doc of docs) {
      if (size >= bytes) break;
      const piece = doc.replace(/\b\p{Lu}[\p{L}'’-]*/gu, (w) => `${w}${round}`);
      out.push(piece);
      size += piece.length + 2;
    }
  return out.join('\n\n').slice(0, bytes);
}

module.exports = { realCorpus, cutDocuments, freshNames, DOC_CHARS };
