import { ExtractError } from './types';

/** A Date or an ISO date string, as UTC midnight of that calendar day. */
export function parseReferenceDate(value: unknown): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ExtractError('referenceDate is an invalid Date');
    return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  }
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value.trim());
    const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
    if (d && !Number.isNaN(d.getTime()) && d.getUTCMonth() === +m![2] - 1) return d;
  }
  throw new ExtractError(`referenceDate must be a Date or an ISO date string such as "2016-12-05"; got ${JSON.stringify(value)}`);
}
