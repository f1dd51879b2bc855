/** The json and jsonl formats write a file record by record; the pieces must join to what JSON.stringify gives. */
import { extract } from '../lib';
import { fileDocumentJson } from '../lib/cli/formats/json';

const TEXT = 'GENEVA, March 14, 2024 - At least 37 civilians were killed, OCHA said. Doctors said about 45 civilians had died.';

describe('fileDocumentJson', () => {
  const { records, referenceDate, referenceDateSource } = extract(TEXT);
  const cases = { 'with records': records, 'without records': [] };
  it.each(Object.entries(cases))('%s: compact and pretty pieces join to JSON.stringify of the document', (_name, recs) => {
    const result = { file: 'brief.txt', referenceDate, referenceDateSource, records: recs };
    const doc = { file: 'brief.txt', referenceDate, referenceDateSource, records: recs.map((r) => ({ file: 'brief.txt', ...r })) };
    expect([...fileDocumentJson(result)].join('')).toBe(JSON.stringify(doc));
    expect([...fileDocumentJson(result, 2)].join('')).toBe(JSON.stringify(doc, null, 2));
  });
  it('yields one piece per record, not one string', () => {
    const pieces = [...fileDocumentJson({ file: 'brief.txt', referenceDate, referenceDateSource, records })];
    expect(pieces.length).toBe(records.length + 2);
  });
});
