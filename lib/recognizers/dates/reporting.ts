/**
 * The periods of a results report: `the quarter`, `the latest period`, `the year-ago quarter`, `year-earlier`
 * (profit), `the 1988 period`, `for the year`, `fiscal 1989`, `FY1998`. Most are anaphoric: "the quarter" is the
 * quarter the report is about, i.e. the last quarter written before it, else the last whole quarter before the
 * reference date; "year-ago" is that period a year back.
 */
import { dateDraft, type DateContext, type DateDraft, type DateFamily } from './context';
import { PatternSet } from '../../text/regexp';
import { shiftAnchor, type Anchor, type Resolver } from './anaphora';
import { addMonths, pad, type Day } from './timex';

// "the quarter", "the latest quarter", (not "its quarter-century low") "the latest period", "that quarter", "the 1988 period", "the year-ago quarter",
// "last year's quarter".
const PERIOD_NP =
  /\b(?:the|that|its|(last|this)\s+year['’]s)\s+(?:(latest|most\s+recent|recent|comparable|corresponding)\s+)?(?:(\d{4})\s+|(year[- ](?:ago|earlier))\s+)?(quarter|period)\b(?!-)(?:\s+(last\s+year|a\s+year\s+(?:ago|earlier)))?/gi;
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

/**
 * A quarter after the last whole one (the Q4 a charge is expected in) cannot be "the latest quarter", unless its
 * results were reported in the past tense (a fiscal quarter: "reported fourth-quarter earnings" in November).
 */
function latestQuarter(q: Anchor | null, ref: Day | null): Anchor | null {
  if (!q || !ref || q.past) return q;
  const whole = lastWholeQuarter(ref);
  return q.year * 4 + q.quarter! > whole.year * 4 + whole.quarter! ? whole : q;
}

function periodResolver(year: string | undefined, yearAgo: boolean, latest: boolean): Resolver {
  return (last, ref) => {
    const topic = topicQuarter(last, ref);
    const q = latest ? latestQuarter(topic, ref) : topic;
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

// "the quarter ended Sept. 30", "its fourth quarter ending June 30": the day closes the quarter just before it.
const ENDED_BETWEEN = /^\s+(?:ended|ending)\s+(?:on\s+)?$/i;
const DAY_VALUE = /^(\d{4})-(\d\d)-\d\d$/;
const QUARTER_VALUE = /^\d{4}-Q([1-4])$/;

/**
 * A quarter followed by the day it ended is that quarter: an ordinal written keeps its number (a fiscal fourth
 * quarter ended Sept. 30 is Q4 of that year); without one it is the calendar quarter holding most of the three
 * months (ended July 31: May to July, Q2). What follows compares with the quarter, not the day: the day anchors
 * nothing ("up from $5 million a year earlier" is the quarter a year back).
 */
export function linkPeriodEnds(drafts: DateDraft[], ctx: DateContext): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const period = drafts[i];
    const end = drafts[i + 1];
    const day = end.value ? DAY_VALUE.exec(end.value) : null;
    if (!day || !/quarter/i.test(period.text) || !ENDED_BETWEEN.test(ctx.text.slice(period.end, end.start))) continue;
    const year = day[1];
    const ordinal = QUARTER_VALUE.exec(period.value ?? '');
    if (ordinal && !ctx.resolvers.has(period)) period.value = `${year}-Q${ordinal[1]}`;
    else if (ctx.resolvers.has(period) && /^(?:the|that|its)\s+(?:(?:latest|most\s+recent)\s+)?quarter$/i.test(period.text)) {
      const middle = addMonths(Number(year), Number(day[2]), -1).month;
      const value = `${year}-Q${Math.floor((middle - 1) / 3) + 1}`;
      ctx.resolvers.set(period, () => value);
    } else continue;
    const own = end.value;
    ctx.resolvers.set(end, () => own); // keeps its value, anchors nothing
  }
}

export const reportingDates: DateFamily = (ctx: DateContext) => {
  const out: DateDraft[] = [];
  const text = ctx.text;
  const found = PATTERNS.scan(text);
  for (const m of found.PERIOD_NP) {
    // "last year's quarter" is the quarter the report is about, a year back; "this year's quarter" is that quarter.
    const [whole, ofYear, modifier, year, yearAgo, noun, lastYear] = m;
    // "the period" alone is too vague; "the same period" needs a quarter to stand for.
    if (noun.toLowerCase() === 'period' && !modifier && !year && !yearAgo && !ofYear) continue;
    const draft = dateDraft(ctx, m.index!, m.index! + whole.length, { value: null, timexType: 'DATE' }, 'date/report-period', 0.7);
    const shifted = yearAgo != null || lastYear != null || ofYear?.toLowerCase() === 'last';
    const latest = modifier != null && /^(?:latest|most\s+recent|recent)$/i.test(modifier);
    // "the quarter", "the latest period" name the quarter the report is about: what follows compares with it.
    out.push(ctx.anaphoric(draft, periodResolver(year, shifted, latest), !shifted && !year));
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
