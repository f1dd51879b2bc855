/** The one deciding step: the rules' votes and the tagger's probabilities combined (sentences written for this test). */
import { C, CLASSES, type Tagging } from '../lib/ner/model';
import { analyseNames } from '../lib/recognizers/entities';
import { decide } from '../lib/recognizers/names/decide';
import { prepare, type PreparedText } from '../lib/text/prepare';

/** A tagging that gives the tokens of `word` the class `cls` with probability `p`, and O everywhere else. */
function tagging(prep: PreparedText, word: string, cls: (typeof CLASSES)[number], p: number): Tagging {
  const probs = new Float32Array(prep.tokens.length * C);
  prep.tokens.forEach((t, i) => {
    if (t.text === word) {
      probs[i * C + CLASSES.indexOf(cls)] = p;
      probs[i * C] += 1 - p;
    } else probs[i * C] = 1;
  });
  return { spans: [], probs };
}

function decided(text: string, word: string, cls: (typeof CLASSES)[number], p: number) {
  const prep = prepare(text);
  return decide(prep, analyseNames(prep), tagging(prep, word, cls, p), new Set()).map((d) => [d.mention.text, d.type]);
}

describe('decide: rules and tagger together', () => {
  const text = 'Talks with Velquist went on until noon, and Dr Amara Fenwick said little.';

  it('a name the rules could not type takes the type the tagger is sure of', () => {
    expect(decided(text, 'Velquist', 'ORG', 0.95)).toContainEqual(['Velquist', 'organization']);
    expect(decided(text, 'Velquist', 'LOC', 0.95)).toContainEqual(['Velquist', 'place']);
  });

  it('is no name when neither the rules nor the tagger say so', () => {
    expect(decided(text, 'Velquist', 'O', 1).some(([t]) => t === 'Velquist')).toBe(false);
  });

  it('the tagger reading MISC keeps no name of ours', () => {
    expect(decided(text, 'Velquist', 'MISC', 0.95).some(([t]) => t === 'Velquist')).toBe(false);
  });

  it('strong rule evidence (a title) stands against a tagger that sees nothing', () => {
    expect(decided(text, 'Velquist', 'O', 1)).toContainEqual(['Amara Fenwick', 'person']);
  });

  it('a weak capitalised word starting a sentence is dropped when the tagger leaves it out', () => {
    const out = decided('Association members met in the hall on Friday.', 'Association', 'O', 1);
    expect(out.some(([t]) => t === 'Association')).toBe(false);
    const kept = decided('Association members met in the hall on Friday.', 'Association', 'ORG', 0.95);
    expect(kept).toContainEqual(['Association', 'organization']);
  });

  it('a one-word name the tagger is sure is an organization outvotes a weak person rule, not a strong one', () => {
    const weak = 'The album came out on a label run by Drennick, and sold well.';
    const prep = prepare(weak);
    // The tagger leans to an organization but keeps some doubt for a person.
    const leaning = tagging(prep, 'Drennick', 'ORG', 0.6);
    const at = prep.tokens.findIndex((t) => t.text === 'Drennick');
    leaning.probs[at * C + CLASSES.indexOf('PER')] = 0.3;
    leaning.probs[at * C] = 0.1;
    const out = decide(prep, analyseNames(prep), leaning, new Set()).map((d) => [d.mention.text, d.type]);
    expect(out).toContainEqual(['Drennick', 'organization']);
    expect(decided(weak, 'Drennick', 'PER', 0.9)).toContainEqual(['Drennick', 'person']);
    expect(decided('Senator Drennick said the vote was close.', 'Drennick', 'ORG', 0.9)).toContainEqual(['Drennick', 'person']);
  });
});
