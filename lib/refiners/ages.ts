/**
 * Links an age to the person it belongs to: `Maria Lopez, 36,` and `36-year-old Maria Lopez` set the person
 * record's `age`. The quantity record stays as it is.
 */
import type { Draft } from '../draft';
import type { PersonRecord, QuantityRecord } from '../types';

/** What may stand between a name and its age: `Maria Lopez, 36` (a comma), `the 36-year-old Maria Lopez` (a space). */
const AGE_AFTER_NAME = /^,\s?$/;
const AGE_BEFORE_NAME = /^\s(?:[\p{Ll}-]+\s){0,2}$/u;

export function linkAges(drafts: Draft[], text: string): Draft[] {
  const ages = drafts.filter((d): d is Draft<QuantityRecord> => d.type === 'quantity' && d.kind === 'age' && d.value !== null);
  if (!ages.length) return drafts;
  const people = drafts.filter((d): d is Draft<PersonRecord> => d.type === 'person').sort((a, b) => a.start - b.start);
  for (const age of ages) {
    const before = people.find((p) => p.end <= age.start && AGE_AFTER_NAME.test(text.slice(p.end, age.start)));
    const after = people.find((p) => p.start >= age.end && AGE_BEFORE_NAME.test(text.slice(age.end, p.start)));
    const person = before ?? after;
    if (person && person.age === undefined) person.age = age.value as number;
  }
  return drafts;
}
