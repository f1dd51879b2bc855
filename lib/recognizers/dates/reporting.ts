/**
 * The periods of a results report: `the quarter`, `the latest period`, `the year-ago quarter`, `year-earlier`
 * (profit), `the 1988 period`, `for the year`, `fiscal 1989`, `FY1998`. Most are anaphoric: "the quarter" is the
 * quarter the report is about, i.e. the last quarter written before it, else the last whole quarter before the
 * reference date; "year-ago" is that period a year back.
 */
import { dateDraft, type DateContext, type DateDraft, type DateFamily } from './context';
import { PatternSet } from '../../text/regexp';
import { shiftAnchor, type Anchor, type Resolver } from './anaphora';
import { pad, type Day } from './timex';

// "the quarter", "the latest quarter", (not "its quarter-century low") "the latest period", "that quarter", "the 1988 period", "the year-ago quarter".
const PERIOD_NP =
  /\b(?:the|that|its)\s+(?:(latest|most\s+recent|recent|comparable|corresponding)\s+)?(?:(\d{4})\s+|(year[- ](?:ago|earlier))\s+)?(quarter|period)\b(?!-)(?:\s+(last\s+year|a\s+year\s+(?:ago|earlier)))?/gi;
// "year-ago results", "year-earlier profit": the adjective alone is the date.
const YEAR_AGO_ADJECTIVE = /\b[Yy]ear-(?:ago|earlier)\b(?=\s+(?!quarter|period)[a-z])/g;
// "for the year", "during the full year", "the fiscal year ended".
const THE_YEAR =
  /\b(?:for|during|throughout|in)\s+(the\s+(?:(?:full|fiscal|whole|entire)\s+)?year)\b(?!\s*-|\s+(?:before|after|earlier|ago|of|when|in|that))/gi;
const YEAR_ENDED_AFTER = /^\s+(?:ended|ending)\b/i;
const FISCAL_YEAR = /\b(?:fiscal(?:\s+year)?\s+|FY\s?)(\d{4})\b|\bFY\s?['’]?(\d\d)\b/g;

/** The last whole quarter before the reference day. */
function lastWholeQuarter(ref: Day): Anchor {
  const q = ref.year * 4 + Math.floor((ref.month - 1) / 3) - 1;
  const year = Math.floor(q / 4);
  const quarter = (q % 4) + 1;
  return { value: `${pad(year, 4)}-Q${quarter}`, year, quarter };
}

/** The quarter the text is about: the last quarter or half written before, else the last whole one. */
const topicQuarter = (last: Anchor | null, ref: Day | null): Anchor | null =>
  last && last.quarter != null ? last : ref ? lastWholeQuarter(ref) : null;

function periodResolver(year: string | undefined, yearAgo: boolean): Resolver {
  return (last, ref) => {
    const q = topicQuarter(last, ref);
    if (year) return q ? `${year}-Q${q.quarter}` : year;
    if (!q) return null;
    return yearAgo ? shiftAnchor(q, -1, 'year') : q.value;
  };
}

// "year-ago results" are a year before the period the report is about, this year's: right after "last year" ("Last
// year losses totaled ... The year-earlier results") they are last year, not one more back. ("Profit rose in 2012.
// Year-earlier profit ..." compares with 2011: a year written out may be the period the report is about.)
const yearAgoResolver: Resolver = (last, ref) => {
  if (last?.relative && ref && last.year === ref.year - 1 && last.value.length === 4) return last.value;
  if (last) return shiftAnchor(last, -1, 'year');
  return ref ? pad(ref.year - 1, 4) : null;
};

// One pass over the text for all of them (each keeps the matches of its own scan).
const PATTERNS = new PatternSet({ PERIOD_NP, YEAR_AGO_ADJECTIVE, THE_YEAR, FISCAL_YEAR });

export const reportingDates: DateFamily = (ctx: DateContext) => {
  const out: DateDraft[] = [];
  const text = ctx.text;
  const found = PATTERNS.scan(text);
  for (const m of found.PERIOD_NP) {
    const [whole, modifier, year, yearAgo, noun, lastYear] = m;
    // "the period" alone is too vague; "the same period" needs a quarter to stand for.
    if (noun.toLowerCase() === 'period' && !modifier && !year && !yearAgo) continue;
    const draft = dateDraft(ctx, m.index!, m.index! + whole.length, { value: null, timexType: 'DATE' }, 'date/report-period', 0.7);
    out.push(ctx.anaphoric(draft, periodResolver(year, yearAgo != null || lastYear != null)));
  }
  for (const m of found.YEAR_AGO_ADJECTIVE) {
    const draft = dateDraft(ctx, m.index!, m.index! + m[0].length, { value: null, timexType: 'DATE' }, 'date/report-period', 0.7);
    out.push(ctx.anaphoric(draft, yearAgoResolver));
  }
  for (const m of found.THE_YEAR) {
    const s = m.index! + m[0].length - m[1].length;
    const e = s + m[1].length;
    // "the year ended March 31" is twelve months that end then, not the calendar year.
    const fields = YEAR_ENDED_AFTER.test(text.slice(e, e + 10))
      ? { value: 'P1Y', timexType: 'DURATION' as const }
      : { value: ctx.ref ? pad(ctx.ref.year, 4) : null, timexType: 'DATE' as const };
    out.push(dateDraft(ctx, s, e, fields, 'date/report-period', 0.65));
  }
  for (const m of found.FISCAL_YEAR) {
    const year = m[1] ?? `20${m[2]}`;
    out.push(dateDraft(ctx, m.index!, m.index! + m[0].length, { value: year, timexType: 'DATE' }, 'date/fiscal-year', 0.8));
  }
  return out;
};
