import { extract, type DateRecord } from '../lib';
import { detectDateline, findDateline } from '../lib/text/dateline';

const REF = '2013-03-22'; // a Friday

function dates(text: string, referenceDate: string | undefined = REF): DateRecord[] {
  const records = extract(text, { types: ['date'], ...(referenceDate ? { referenceDate } : {}) }).records as DateRecord[];
  for (const r of records) expect(text.slice(r.start, r.end)).toBe(r.text);
  return records;
}
const one = (text: string, surface: string, ref?: string) => {
  const r = dates(text, ref).find((d) => d.text === surface);
  if (!r) throw new Error(`no date "${surface}" in ${JSON.stringify(dates(text, ref).map((d) => d.text))}`);
  return r;
};
const texts = (text: string, ref?: string) => dates(text, ref).map((d) => d.text);

describe('calendar dates (chrono)', () => {
  test('full dates, without the leading preposition or trailing comma', () => {
    const r = one('The ceasefire began on Friday, March 8, 2013, after long talks.', 'Friday, March 8, 2013');
    expect(r.value).toBe('2013-03-08');
    expect(r.timexType).toBe('DATE');
  });
  test('a date and a time joined by "at" are two expressions', () => {
    expect(texts('Ring me Sunday night at 9 PM from the hotel.')).toEqual(['Sunday night', '9 PM']);
  });
  test('a named US time zone carries its offset, standard or daylight', () => {
    expect(one('Polls closed on Nov 6, 2012, 8PM ET in most states.', 'Nov 6, 2012, 8PM ET').value).toBe('2012-11-06T20:00-05:00');
    expect(one('Polls closed on July 9, 2012, 8PM ET in most states.', 'July 9, 2012, 8PM ET').value).toBe('2012-07-09T20:00-04:00');
  });
  test('an explicit GMT offset is read and the bracket kept', () => {
    expect(one('The jet touched down at 7:15 p.m. (GMT +8) in Perth.', '7:15 p.m. (GMT +8)').value).toBe('2013-03-22T19:15+08:00');
  });
  test('a time before a calendar date is its own expression, with the period of "a.m."', () => {
    expect(dates('The briefing begins at 11 a.m. Jan. 9, 2014, in Doha.').map((d) => [d.text, d.value])).toEqual([
      ['11 a.m.', '2014-01-09T11:00'],
      ['Jan. 9, 2014', '2014-01-09'],
    ]);
    expect(texts('On 7 January 2014 the pass was shut.')).toEqual(['7 January 2014']);
  });
  test('a bare time takes the day written before it in its sentence', () => {
    expect(one('The ship sailed on Tuesday from Hull at 16:00 UTC.', '16:00 UTC').value).toBe('2013-03-19T16:00Z');
  });
  test('a month followed by "of next year" takes that year', () => {
    expect(one('Leases that end after October of next year will lapse.', 'October').value).toBe('2014-10');
  });
  test('modifiers stay in the span', () => {
    const r = one('The fisherman vanished late last July near the pier.', 'late last July');
    expect(r.value).toBe('2012-07');
    expect(one('Troops arrived in early August to guard the port.', 'early August').value).toBe('2012-08');
  });
  test('a line break ends a date', () => {
    expect(texts('Banks stay shut until Monday\nMarch 18, 2013\nThe bank said so.')).toEqual(['Monday', 'March 18, 2013']);
  });
});

describe('months and weekdays without a year follow tense and cue words', () => {
  test('past tense points back, future forward', () => {
    expect(one('The mayor was sacked in July over the scandal.', 'July').value).toBe('2012-07');
    expect(one('Her memoir will be published in May by a small press.', 'May').value).toBe('2013-05');
    expect(one('Her memoir is due to be published in May.', 'May').value).toBe('2013-05');
  });
  test('weekdays: said on Monday is past, will meet on Monday is future', () => {
    expect(one('The minister said on Monday that talks had failed.', 'Monday').value).toBe('2013-03-18');
    expect(one('The minister will meet the unions on Monday.', 'Monday').value).toBe('2013-03-25');
  });
  test('last and next', () => {
    expect(one('Prices fell sharply last June across the region.', 'last June').value).toBe('2012-06');
    expect(one('The two sides spoke last Friday.', 'last Friday').value).toBe('2013-03-15');
  });
});

describe('relative units at their granularity', () => {
  test('weeks, months, years', () => {
    expect(one('Shares slid this week in Tokyo.', 'this week').value).toBe('2013-W12');
    expect(one('Nine cases were reported in the last week, officials said.', 'the last week').value).toBe('2013-W11');
    expect(one('Exports dropped last month.', 'last month').value).toBe('2013-02');
    expect(one('The plant shuts next year.', 'next year').value).toBe('2014');
    expect(one('The agency will trim its spending this fiscal year.', 'this fiscal year').value).toBe('2013');
  });
  test('the end of the year already past is last year', () => {
    expect(one('Cases peaked by the end of the year and then fell.', 'the end of the year').value).toBe('2012');
  });
  test('the previous and the following day', () => {
    expect(one('Rebels withdrew the following day.', 'the following day').value).toBe('2013-03-23');
  });
  test('the day', () => {
    expect(one('The index gained 2% for the day, traders said.', 'the day').value).toBe(REF);
  });
  test('present and past references', () => {
    expect(one('The device is currently sold for $99.', 'currently').value).toBe('PRESENT_REF');
    expect(one('The group recently opened a second office.', 'recently').value).toBe('PAST_REF');
    expect(one('Now, with new money, the lab can grow.', 'Now').value).toBe('PRESENT_REF');
  });
});

describe('years, decades, centuries', () => {
  test('bare years after a cue, with a comma after them', () => {
    expect(one('Speaking to reporters in 1995, she said little.', '1995').value).toBe('1995');
    expect(texts('The bank was rescued in 2010, and again later.')).toContain('2010');
  });
  test('ranges are two dates', () => {
    const ds = dates('The outbreak of 2009-2010 was the worst, and the survey of 1957-58 the first.');
    expect(ds.map((d) => [d.text, d.value])).toEqual([
      ['2009', '2009'],
      ['2010', '2010'],
      ['1957', '1957'],
      ['58', '1958'],
    ]);
  });
  test('modified years', () => {
    expect(one('He took leave in early 2009 to recover.', 'early 2009').value).toBe('2009');
    expect(one('The model ships in mid-2011.', 'mid-2011').value).toBe('2011');
    expect(one("Stocks hit their lowest level since '82 on Monday.", "'82").value).toBe('1982');
  });
  test('decades and centuries', () => {
    expect(one('Rents doubled in the 1990s.', 'the 1990s').value).toBe('199');
    expect(one('Wages stalled in the late 1970s.', 'the late 1970s').value).toBe('197');
    expect(one('It was one of the great voyages of the 20th century.', '20th century').value).toBe('19');
  });
});

describe('seasons, quarters, halves', () => {
  test('seasons', () => {
    expect(one('He faked his own death last summer.', 'last summer').value).toBe('2012-SU');
    expect(one('The ministers meet again in the spring of 2014.', 'the spring of 2014').value).toBe('2014-SP');
  });
  test('quarters and halves', () => {
    expect(one('The carmaker lost $6 billion in the first quarter of 2009.', 'the first quarter of 2009').value).toBe('2009-Q1');
    expect(one('In the first quarter of last year, sales rose.', 'the first quarter of last year').value).toBe('2012-Q1');
    expect(one('Our third-quarter results will show growth.', 'third-quarter').value).toBe('2013-Q3');
    expect(one('Our third-quarter results beat forecasts.', 'third-quarter').value).toBe('2012-Q3');
    expect(one('Profits will recover in the second half of 2014.', 'the second half of 2014').value).toBe('2014-H2');
  });
});

describe('durations', () => {
  test('amounts and units', () => {
    expect(one('The siege lasted six weeks.', 'six weeks').value).toBe('P6W');
    expect(one('He got 90 days in jail.', '90 days').value).toBe('P90D');
    expect(one('It took a decade to build.', 'a decade').value).toBe('P10Y');
    expect(one('The vote came after 24 hours of debate.', '24 hours').value).toBe('PT24H');
    expect(one('The jet is two and a half years late.', 'two and a half years').value).toBe('P2.5Y');
    expect(one('Markets fell for six straight days.', 'six straight days').value).toBe('P6D');
    expect(one('Talks have dragged on for several months.', 'several months').value).toBe('PXM');
    expect(one('He was treated in recent weeks for an injury.', 'recent weeks').value).toBe('PXW');
  });
  test('a duration inside a relative phrase is drawn alone', () => {
    expect(texts('The season began about a month earlier than usual.')).toEqual(['a month']);
  });
  test('an anchored duration gets its interval', () => {
    const r = one('Fighting has intensified over the last six weeks.', 'the last six weeks');
    expect(r).toMatchObject({ value: 'P6W', timexType: 'DURATION', from: '2013-02-08', to: REF });
  });
  test('"ago" makes a date', () => {
    expect(one('When she started six years ago, few women ran.', 'six years ago')).toMatchObject({ value: '2007', timexType: 'DATE' });
  });
  test('a capitalised unit is a title, not a duration', () => {
    expect(texts('The band Forty Days played in Leeds.')).toEqual([]);
    expect(one('A few minutes after the blast, crews arrived.', 'A few minutes').value).toBe('PTXM');
  });
  test('ages and ordinals are not durations', () => {
    expect(texts('Children aged 6 months and older should get the shot.')).toEqual([]);
    expect(texts('A second plane is also on its way.')).toEqual([]);
  });
});

describe('sets', () => {
  test('every, each, annually', () => {
    expect(one('Staff are tested every week.', 'every week')).toMatchObject({ value: 'P1W', timexType: 'SET' });
    expect(one('Children should be vaccinated each season.', 'each season').timexType).toBe('SET');
    expect(one('The fund pays out billions annually to farmers.', 'annually')).toMatchObject({ value: 'XXXX', timexType: 'SET' });
    expect(one('The council meets every Monday.', 'every Monday').value).toBe('XXXX-WXX-1');
  });
  test('a rate after an amount is a set', () => {
    expect(one('They pay $2,100 a month in rent.', 'a month')).toMatchObject({ value: 'P1M', timexType: 'SET' });
    expect(one('Output was $4 billion a year earlier.', 'a year earlier').timexType).toBe('DATE');
  });
  test('an adjective before a noun is not a set', () => {
    expect(texts('There are still daily flights to the capital.')).toEqual([]);
  });
});

describe('reference date', () => {
  test('without a reference, relative dates get no value', () => {
    const res = extract('Prices rose last week.', { types: ['date'] });
    expect(res.referenceDateSource).toBe('none');
    expect((res.records[0] as DateRecord).value).toBeNull();
  });
  test('the dateline is the reference when the caller gives none', () => {
    const res = extract('Flood waters recede\nOctober 27, 2008\nOn Monday, the river fell.', { types: ['date'] });
    expect(res.referenceDateSource).toBe('dateline');
    expect(res.referenceDate).toBe('2008-10-27');
    expect((res.records.find((r) => r.text === 'Monday') as DateRecord).value).toBe('2008-10-27');
  });
});

describe('findDateline', () => {
  const day = (t: string) => findDateline(t)?.toISOString().slice(0, 10) ?? null;
  test('a date on a short line of its own, or a byline', () => {
    expect(day('Harbour reopens\nSea Times, April 02, 2015\nShips sailed again.')).toBe('2015-04-02');
  });
  test('a date opening the text after a capitalised place name', () => {
    expect(
      day('LAGOS, June 4, 2011 - Officials said the long strike at the port ended after weeks of talks with the unions and the owners.'),
    ).toBe('2011-06-04');
  });
  test('a date inside running prose is not a dateline', () => {
    expect(
      day('Born on May 3, 1950, in a small town by the sea, the novelist went on to write many books about fishermen and their families.'),
    ).toBeNull();
  });
});

describe('false positives kept out', () => {
  test.each([
    ['adverb of degree', 'The end of the war is now foreseeable.'],
    ['modal may', 'You may leave the room.'],
    ['the verb march', 'Protesters march on the palace.'],
    ['sat', 'She sat down beside him.'],
    ['a mixed fraction', 'Rates were 2 1/2 times higher than before.'],
    ['a closing level', 'The index was expected to close at 7,162 points.'],
    ['S&P', 'All stocks in the S&P 500 index lost ground.'],
  ])('%s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('a date never swallows the count after it', () => {
  test.each([
    ['In April, 31 miners were trapped.', 'April', '2012-04', '31 miners'],
    ['On June 9, 17 boats sank off the cape.', 'June 9', '2012-06-09', '17 boats'],
    ['Yesterday, 23 shops were looted.', 'Yesterday', '2013-03-21', '23 shops'],
  ])('%s', (text, date, value, count) => {
    const res = extract(text, { referenceDate: REF });
    const d = res.records.find((r) => r.type === 'date') as DateRecord;
    expect([d.text, d.value]).toEqual([date, value]);
    expect(res.records.some((r) => r.type === 'quantity' && r.text === count)).toBe(true);
  });
  test('a day, a month or a clock mark after the comma still belongs to the date', () => {
    expect(texts('The talks opened on Friday, 8 March, in Geneva.')).toEqual(['Friday, 8 March']);
    expect(one('The museum reopens on Monday, 9 a.m. sharp.', 'Monday, 9 a.m.').value).toBe('2013-03-25T09:00');
  });
});

describe('names and idioms are not clock times', () => {
  test('a capitalised time word inside a sentence is a name', () => {
    expect(texts('Coach Evening Smith praised Mr. Noon and Dr. Midnight for the win.')).toEqual([]);
    expect(texts('Tonight the river crests.')).toEqual(['Tonight']);
  });
  test('a last-minute deal, the first half and the second are no times', () => {
    expect(texts('A last-minute deal kept the plant open; the side led in the first half and lost in the second.')).toEqual([]);
  });
  test('the day before yesterday and the day after tomorrow are two days off', () => {
    expect(one('The convoy left the day before yesterday.', 'the day before yesterday').value).toBe('2013-03-20');
    expect(one('The verdict comes the day after tomorrow.', 'the day after tomorrow').value).toBe('2013-03-24');
  });
});

describe('anaphoric dates take the last anchored date', () => {
  test('"a year earlier" moves the date before it back, at its granularity', () => {
    const text = 'Profit doubled in the third quarter of 2011 from a year earlier.';
    expect(one(text, 'a year earlier')).toMatchObject({ value: '2010-Q3', timexType: 'DATE', source: 'date/earlier+anaphora' });
    expect(one('On May 4, 2009, the dam opened; two days earlier it had rained.', 'two days earlier').value).toBe('2009-05-02');
  });
  test('without an anchor, "a year earlier" is the reference year before', () => {
    expect(one('Sales were higher a year earlier.', 'a year earlier').value).toBe('2012');
  });
  test('"a year ago" after a quarter is that quarter a year back', () => {
    expect(one('Third-quarter sales rose 4% from a year ago.', 'a year ago').value).toBe('2011-Q3');
  });
  test('a comparison ("earlier than usual") keeps the duration alone', () => {
    expect(one('Lambing began two weeks earlier than usual.', 'two weeks').value).toBe('P2W');
  });
});

describe('duration spans', () => {
  test('how sure the amount is stays in the span, except in a relative phrase', () => {
    expect(texts('The siege lasted nearly five years.')).toEqual(['nearly five years']);
    expect(texts('The vote took more than four hours.')).toEqual(['more than four hours']);
    expect(texts('The pier was shut almost two years ago.')).toEqual(['almost two years ago']);
    expect(texts('They left about a week before the storm.')).toEqual(['a week']);
  });
  test('an ordinal span keeps its ordinal, an adjective leaves the article out', () => {
    expect(texts('Exports fell in the first nine months.')).toEqual(['the first nine months']);
    expect(one('The ten-year feud ended.', 'ten-year').value).toBe('P10Y');
    expect(texts('Repairs took the two-week break.')).toEqual(['two-week']);
  });
});

describe('the periods of a results report', () => {
  const report =
    'Net income rose 8% in the second quarter of 2012. In the year-ago quarter, the firm lost money. ' +
    'Year-earlier results included a charge. For the quarter, sales fell.';
  test('"the quarter" is the quarter written before it, "year-ago" that quarter a year back', () => {
    expect(one(report, 'the year-ago quarter').value).toBe('2011-Q2');
    expect(one(report, 'Year-earlier').value).toBe('2011-Q2');
    expect(one(report, 'the quarter').value).toBe('2012-Q2');
  });
  test('with no quarter written, "the latest quarter" is the last whole one before the reference date', () => {
    expect(one('Margins widened in the latest quarter.', 'the latest quarter').value).toBe('2012-Q4');
  });
  test('a year or half written before the ordinal is part of the span', () => {
    expect(one('Losses peaked in the 2010 third quarter.', 'the 2010 third quarter').value).toBe('2010-Q3');
    expect(one("Orders grew in this year's first quarter.", "this year's first quarter").value).toBe('2013-Q1');
    expect(one('Output slowed in the last half of 2011.', 'the last half of 2011').value).toBe('2011-H2');
    expect(texts('The third-quarter loss was large.')).toEqual(['third-quarter']);
  });
  test('fiscal years, and the year a result covers', () => {
    expect(one('In fiscal 2011, the chain earned $4 million.', 'fiscal 2011').value).toBe('2011');
    expect(one('Revenue for FY2012 was flat.', 'FY2012').value).toBe('2012');
    expect(one('Revenue for the year ended June 30 rose.', 'the year')).toMatchObject({ value: 'P1Y', timexType: 'DURATION' });
  });
});

describe('the anchoring resolver says why a date points where it does', () => {
  test('a governing word before the date makes it one still to come', () => {
    const r = one('The board declared a dividend, payable April 9 to holders.', 'April 9');
    expect(r.value).toBe('2013-04-09');
    expect(r.source).toBe('date/chrono+future:payable');
  });
  test('the nearest verb gives the direction, and is named', () => {
    expect(one('Rebels shelled the town on Tuesday.', 'Tuesday').source).toBe('date/chrono+past:shelled');
    expect(one('The envoy was due in Cairo on Tuesday.', 'Tuesday').value).toBe('2013-03-26');
  });
  test('a plan seen from a past that is over points back', () => {
    expect(one('The offer had been due to expire Wednesday evening.', 'Wednesday evening').value).toBe('2013-03-20TEV');
  });
  test("with no cue, a possessive weekday is the past one (Tuesday's raid)", () => {
    expect(one("Tuesday's raid left the market in ruins.", 'Tuesday').value).toBe('2013-03-19');
  });
});

describe('the dateline is a header pattern, not any early date', () => {
  test('a date in the first sentence of prose is not the reference date', () => {
    const res = extract('The siege began on 12 May 2019. Yesterday, aid trucks got through.', { types: ['date'] });
    expect(res.referenceDateSource).toBe('none');
    expect((res.records.find((r) => r.text === 'Yesterday') as DateRecord).value).toBeNull();
  });
  test('a byline with a name and an update time is a dateline', () => {
    expect(detectDateline('By Ana Ruiz | Updated April 2, 2015 10:42 GMT\nTalks resumed.')).toMatchObject({ kind: 'dateline' });
  });
  test('a short top line with a date and other words is only a guess, and says so', () => {
    const res = extract('Port talks end, March 3, 2014 report\nIt rained yesterday.', { types: ['date'] });
    expect([res.referenceDate, res.referenceDateSource]).toEqual(['2014-03-03', 'dateline-guess']);
    expect(findDateline('Port talks end, March 3, 2014 report\nIt rained yesterday.')).toBeNull();
  });
});

describe('a hedged amount of time is a duration and a quantity claim', () => {
  test('"more than 12 months" keeps both records, with the same span', () => {
    const res = extract('The backlog has grown for more than 12 months.', { referenceDate: REF });
    const same = res.records.filter((r) => r.text === 'more than 12 months').map((r) => r.type);
    expect(same.sort()).toEqual(['date', 'quantity']);
  });
});

describe('TimeML conventions read from TimeBank (issue 15)', () => {
  test('the preposition stays out of past and future references', () => {
    expect(one('The mill was larger in the past, its owners say.', 'the past').value).toBe('PAST_REF');
    expect(one('Tolls may rise in the near future.', 'the near future').value).toBe('FUTURE_REF');
    expect(texts('Nobody can say much about the future of the mill.')).toEqual([]);
  });
  test('a year after a determiner or a possessive, but not a count or a hyphenated size', () => {
    expect(one('The firm blamed its 1987 merger for the loss.', '1987').value).toBe('1987');
    expect(one("The council's 2011 budget was cut.", '2011').value).toBe('2011');
    expect(texts('A 1500-strong force crossed the river.')).toEqual([]);
    expect(one('For 2010, the group earned little.', '2010').value).toBe('2010');
  });
  test('spoken years in transcripts', () => {
    expect(one('In nineteen eighty-four the dam was finished.', 'nineteen eighty-four').value).toBe('1984');
    expect(one('They met again in March nineteen ninety-two.', 'March nineteen ninety-two').value).toBe('1992-03');
    expect(one('The plan was due by the year two thousand.', 'the year two thousand').value).toBe('2000');
    expect(one('Sales slumped through the eighties.', 'the eighties').value).toBe('198');
    expect(texts('They counted two thousand sheep.')).toEqual([]);
  });
  test('year-end, and the week a market report sums up', () => {
    expect(one('The merger should close by year-end.', 'year-end').value).toBe('2013');
    expect(one('For the week, the index lost 2%.', 'the week').value).toBe('2013-W12');
  });
  test('"last May": chrono skips the month after a direction word', () => {
    expect(one('The board named him last May.', 'last May').value).toBe('2012-05');
  });
});

describe('anaphoric dates take the last date written', () => {
  test('the following year, that month and the same day', () => {
    expect(one('He joined the army in 2004, and the following year he left.', 'the following year').value).toBe('2005');
    expect(one('The dam broke on June 3, 2010. That month, rain fell daily.', 'That month').value).toBe('2010-06');
    expect(one('Police left on June 3, 2010, and troops came the same day.', 'the same day').value).toBe('2010-06-03');
  });
  test('without an earlier date they are read from the reference date', () => {
    expect(one('Rebels withdrew the following day.', 'the following day').value).toBe('2013-03-23');
  });
});

describe('the tense resolver (issue 15)', () => {
  test('an infinitive after a word of intent points ahead', () => {
    expect(one('The bank said it agreed to buy the lender in May.', 'May').value).toBe('2013-05');
    expect(one('The board said it expects to publish results in mid-April.', 'mid-April').value).toBe('2013-04');
  });
  test('an -eed verb is not a past tense', () => {
    expect(one('She will succeed the founder Feb. 1, the firm said.', 'Feb. 1').value).toBe('2014-02-01');
  });
  test('a reporting verb outside a quotation does not set the tense inside it', () => {
    expect(one('"A cut in June is likely," the economist wrote.', 'June').value).toBe('2013-06');
  });
  test('a clause that opens after the date keeps its own tense', () => {
    expect(one('The minister told the senate on Tuesday that prices would rise.', 'Tuesday').value).toBe('2013-03-19');
  });
  test('"expected" alone is a past verb', () => {
    expect(one('The shipper told clients on Wednesday that it expected delays.', 'Wednesday').value).toBe('2013-03-20');
  });
  test('a dividend of record is still to come', () => {
    expect(one('The dividend is payable May 1 to holders of record April 12.', 'April 12').value).toBe('2013-04-12');
  });
});

describe('overlaps with quantity claims', () => {
  test('a hedged duration before "after" keeps both the duration and the claim', () => {
    const res = extract('Talks resumed nearly two months after the strike.', { referenceDate: REF });
    expect(res.records.some((r) => r.type === 'date' && r.text === 'two months')).toBe(true);
    expect(res.records.some((r) => r.type === 'quantity' && r.text === 'nearly two months')).toBe(true);
  });
  test('"a second" before a noun is an ordinal', () => {
    expect(texts('The club was fined for a second time.')).toEqual([]);
  });
});

describe('ranges and vague stretches (issue 15)', () => {
  test('a range of two dates is two records, and its end never comes before its start', () => {
    expect(texts('The fund bought stock from Jan. 4 to Feb. 9, it said.')).toEqual(['Jan. 4', 'Feb. 9']);
    expect(one('Bids are open from today through April 2.', 'April 2').value).toBe('2013-04-02');
    expect(texts('The clinic runs 10-12 March.')).toEqual(['10-12 March']);
  });
  test('a couple of years is two; the weeks ahead is a vague stretch', () => {
    expect(one('Over the next couple of years the fleet will grow.', 'the next couple of years').value).toBe('P2Y');
    expect(one('Fares may climb in the weeks ahead.', 'the weeks ahead').value).toBe('PXW');
  });
});

describe('a part of the day before its day', () => {
  test('"afternoon yesterday" is yesterday afternoon, "evening tomorrow" tomorrow evening', () => {
    expect(one('Fares were cut in the late afternoon yesterday at most stations.', 'the late afternoon yesterday').value).toBe(
      '2013-03-21TAF',
    );
    expect(one('The ferry sails on the evening tomorrow if the wind drops.', 'evening tomorrow').value).toBe('2013-03-23TEV');
  });
});

describe('a directed day in the reference month', () => {
  test('"next Sunday, March 24" on March 22 is two days on, not a year on', () => {
    expect(one('The ballot is next Sunday, March 24, the board said.', 'next Sunday, March 24').value).toBe('2013-03-24');
    expect(one('The ballot was last Monday, March 18, the board said.', 'last Monday, March 18').value).toBe('2013-03-18');
  });
});

describe('a month with a relative year', () => {
  test('"June last year" is one date, in the year the second part names', () => {
    expect(texts('Exports slumped in June last year and recovered slowly.')).toEqual(['June last year']);
    expect(one('Exports slumped in June last year and recovered slowly.', 'June last year').value).toBe('2012-06');
    expect(one('The bridge reopens in October next year, the council says.', 'October next year').value).toBe('2014-10');
    expect(one('The survey ran on May 4 this year in two towns.', 'May 4 this year').value).toBe('2013-05-04');
  });
  test('a month with its own year stays apart from "last year"', () => {
    expect(texts('Since May 2011 last year has been the worst.')).toEqual(['May 2011', 'last year']);
  });
});

describe('holidays and named days', () => {
  test('the day that year, with Easter computed', () => {
    expect(one('The ceasefire began on Good Friday, officials said.', 'Good Friday').value).toBe('2012-04-06');
    expect(one('Easter 2019 fell late in April.', 'Easter 2019').value).toBe('2019-04-21');
    expect(one('Voters return to the polls on Election Day 2016.', 'Election Day 2016').value).toBe('2016-11-08');
    expect(one('Turkey prices rose before Thanksgiving 2012.', 'Thanksgiving 2012').value).toBe('2012-11-22');
  });
  test('the direction picks the year; a name used for a thing is not a date', () => {
    expect(one('The talks resume after next Christmas.', 'next Christmas').value).toBe('2013-12-25');
    expect(one('The prisoner was freed on New Year’s Day.', 'New Year’s Day').value).toBe('2013-01-01');
    expect(texts('She sold a Christmas tree to the mayor.')).toEqual([]);
  });
});

describe('words that are not dates', () => {
  test('a greeting, a fraction, an acronym and a programme title', () => {
    expect(texts('Good evening from the harbour.')).toEqual([]);
    expect(texts('The island imports about three-quarters of its rice.')).toEqual([]);
    expect(texts('The SEC suit was dropped.')).toEqual([]);
    expect(texts('She spoke on "This Week" about the budget.')).toEqual([]);
  });
});

describe('verbs and prepositions that look like date words', () => {
  test('"last" as a verb leaves the duration alone', () => {
    expect(one('The strike could last two weeks, the union warned.', 'two weeks').value).toBe('P2W');
    expect(one('Blood stocks normally last about six days.', 'about six days').value).toBe('P6D');
    expect(one('Prices fell over the last six weeks.', 'the last six weeks').value).toBe('P6W');
  });
  test('"past" before a clock time is the preposition', () => {
    const r = one('The hearing ran past 9 p.m. Thursday, and the vote came later.', '9 p.m. Thursday', '2013-03-22');
    expect(r.value).toBe('2013-03-21T21:00');
  });
  test('"in past years" is a reference to the past, as "in coming years" is to the future', () => {
    expect(one('Such storms were rarer in past years.', 'past years').value).toBe('PAST_REF');
  });
});

describe('weekdays with a weak cue or none', () => {
  // REF is Friday 2013-03-22.
  test('a present-tense verb just before a weekday states a plan: the coming one', () => {
    expect(one('The two leaders meet separately Monday in Geneva.', 'Monday').value).toBe('2013-03-25');
    expect(one('The summit opens Wednesday with a dinner.', 'Wednesday').value).toBe('2013-03-27');
    expect(one('The meeting is on Tuesday at the town hall.', 'Tuesday').value).toBe('2013-03-26');
  });
  test('saying in the present, or a comma between, is not a plan', () => {
    expect(one('Police say Tuesday was the worst day of the floods.', 'Tuesday').value).toBe('2013-03-19');
  });
  test('with no cue at all a weekday is the past one, unless it is tomorrow', () => {
    expect(one('His remarks on Wednesday drew wide praise.', 'Wednesday').value).toBe('2013-03-20');
    expect(one('Saturday: a full programme of matches.', 'Saturday').value).toBe('2013-03-23');
  });
});

describe('numbers and compounds that are not dates', () => {
  test('a decimal without a clock mark, "in half", and "quarter-century"', () => {
    expect(texts('The index fell 1.4%, or 6.43, on Friday.', '1989-10-30')).toEqual(['Friday']);
    expect(one('The train left at 6.30 on Friday.', '6.30 on Friday', '1989-10-30').value).toBe('1989-10-27T06:30');
    expect(texts('The firm cut its dividend in half and the shares fell.')).toEqual([]);
    expect(texts('Unemployment hit its quarter-century low.')).toEqual([]);
  });
});

describe('a prospect points ahead', () => {
  test('"a chance of rain in May" under a past verb is the coming May', () => {
    expect(one('The office said there was a 70% chance of rain in May.', 'May', '2024-04-18').value).toBe('2024-05');
  });
});

describe('year-ago periods in a results report', () => {
  test('after a date of last year, "year-earlier" results are that year, not one more back', () => {
    const text = 'Last year losses totaled $5 million. The year-earlier results were restated.';
    expect(one(text, 'year-earlier', '1989-10-30').value).toBe('1988');
    expect(one('Profit rose in 1988. Year-earlier profit was lower.', 'Year-earlier', '1989-10-30').value).toBe('1987');
  });
});

describe('a date a few weeks the other way from the tense cue (issue 15)', () => {
  test('a past verb leaves a month-day just ahead in this year, and the next month a month ahead', () => {
    expect(one('The offer was extended to April 9 at the request of holders.', 'April 9').value).toBe('2013-04-09');
    expect(one('The board told investors of a price rise in April.', 'April').value).toBe('2013-04');
  });
  test('a month further ahead still goes back a year under a past verb', () => {
    expect(one('The plant was closed in November after a fire.', 'November').value).toBe('2012-11');
    expect(one('The plant was closed on Oct. 2 after a fire.', 'Oct. 2').value).toBe('2012-10-02');
  });
  test('a written direction is never overruled', () => {
    expect(one('The strike began last April.', 'last April').value).toBe('2012-04');
  });
  test('a possessive month after "to" is not the end of a range', () => {
    expect(one("Analysts welcomed a revision Friday to January's totals.", 'January').value).toBe('2013-01');
  });
});

describe('a deadline after "by" (issue 15)', () => {
  test('"by" a date is ahead unless a past verb stands right before it', () => {
    expect(one('Officials said the new rules should be in force by year-end.', 'year-end').value).toBe('2013');
    expect(one('The talks, which are supposed to end by May, drew criticism.', 'May').value).toBe('2013-05');
    expect(one('The index peaked by the end of the year and then slid.', 'the end of the year').value).toBe('2012');
  });
});

describe('the quarter a results report is about (issue 15)', () => {
  test('"the latest quarter" is never one still to come, unless its results were reported', () => {
    const text = 'A fourth-quarter charge is expected. Profit fell 5% in the latest quarter.';
    expect(one(text, 'the latest quarter').value).toBe('2012-Q4');
    const fiscal = 'The firm reported fourth-quarter earnings. Sales in the latest quarter rose 4%.';
    expect(one(fiscal, 'the latest quarter', '2013-11-06').value).toBe('2013-Q4');
  });
  test('"the quarter" anchors a year-ago comparison after it', () => {
    const text =
      'Acme reported a second-quarter loss. It expects a profit in 2014. Loans were $2 million in the quarter, down from $3 million a year ago.';
    expect(one(text, 'the quarter', '2013-07-25').value).toBe('2013-Q2');
    expect(one(text, 'a year ago', '2013-07-25').value).toBe('2012-Q2');
  });
  test('a quarter followed by the day it ended is that quarter, and what follows compares with the quarter', () => {
    const text = 'Sales rose in the quarter ended July 31, up from $4 million a year earlier.';
    expect(one(text, 'the quarter', '2013-09-10').value).toBe('2013-Q2');
    expect(one(text, 'July 31', '2013-09-10').value).toBe('2013-07-31');
    expect(one(text, 'a year earlier', '2013-09-10').value).toBe('2012-Q2');
    expect(one('It lost $3 million in its fourth quarter ended June 30.', 'fourth quarter', '2013-08-01').value).toBe('2013-Q4');
  });
});

describe('the end of a stretch, and a year shared by two months (issue 15)', () => {
  test('"through" a month is ahead unless a past verb stands right before it', () => {
    const text = 'The agency said it needed $40 million to keep feeding families through September.';
    expect(one(text, 'September').value).toBe('2013-09');
    expect(one('The strike lasted through February and ended in March.', 'February').value).toBe('2013-02');
  });
  test('a month without a year joined to one with a year shares it', () => {
    expect(one('Telescopes watched the star between March and June 2024.', 'March', '2025-02-06').value).toBe('2024-03');
    expect(one('The survey ran from November to February 2024.', 'November', '2025-02-06').value).toBe('2023-11');
  });
});

describe("a year's quarter in a results report (issue 15)", () => {
  test('"last year\'s quarter" is the quarter of the report a year back', () => {
    const text = "Third-quarter profit rose 9%. Exports in last year's quarter were $3 million.";
    expect(one(text, "last year's quarter", '2013-10-30').value).toBe('2012-Q3');
    expect(one("Third-quarter profit rose 9%, and this year's period was calm.", "this year's period", '2013-10-30').value).toBe('2013-Q3');
  });
});

describe('an unnamed day to come (issue 15)', () => {
  test('"one day" under a modal is FUTURE_REF; a day spent stays a duration', () => {
    expect(one('Robots will one day run the port.', 'one day').value).toBe('FUTURE_REF');
    expect(one('Solar power could someday replace coal.', 'someday').value).toBe('FUTURE_REF');
    expect(one('He had been in the job one day when it closed.', 'one day').value).toBe('P1D');
  });
});

describe('weekdays that recur, and the same month a year back (issue 15)', () => {
  test('a plural weekday, or a weekday before a plural part of the day, is a SET', () => {
    expect(one('The club meets on Tuesdays in the old hall.', 'Tuesdays')).toMatchObject({ value: 'XXXX-WXX-2', timexType: 'SET' });
    expect(one('She rings home Sunday mornings.', 'Sunday mornings')).toMatchObject({ value: 'XXXX-WXX-7TMO', source: 'date/set' });
    const both = dates('Ferries will sail on Friday and Saturday nights from June.').filter((d) => d.timexType === 'SET');
    expect(both.map((d) => [d.text, d.value])).toEqual([
      ['Friday', 'XXXX-WXX-5TNI'],
      ['Saturday nights', 'XXXX-WXX-6TNI'],
    ]);
  });
  test('"the same month a year ago" is the month written before it, a year back, as one date', () => {
    const text = 'Car sales fell 20% in May, compared to the same month a year ago.';
    expect(one(text, 'the same month a year ago', '2013-07-22').value).toBe('2012-05');
  });
});

describe('numbers beside a date (issue 15)', () => {
  test('a number with thousands separators before a date is a count, and the date stays', () => {
    const res = extract('The index closed at 8,245 on Tuesday.', { referenceDate: REF });
    expect(res.records.map((r) => [r.type, r.text])).toEqual([
      ['quantity', '8,245'],
      ['date', 'Tuesday'],
    ]);
  });
  test('a date before "at" and a big number keeps its day', () => {
    expect(one('Holders may sell after March 4, 2014 at 2,300 euros a share.', 'March 4, 2014').value).toBe('2014-03-04');
  });
  test('"a week or so ago" is one date', () => {
    expect(one('The envoy left a week or so ago, aides said.', 'a week or so ago').value).toBe('2013-03-15');
  });
});

describe('a weekday or part of the day counted from the day written before (issue 15)', () => {
  test('"the following Monday" and "the previous Friday" are counted from the last day written', () => {
    expect(one('They met on Tuesday, and again the following Monday.', 'the following Monday').value).toBe('2013-03-25');
    const text = 'Shares slid on March 13. They were 3% below the previous Friday.';
    expect(one(text, 'the previous Friday').value).toBe('2013-03-08');
  });
  test('"the morning" after a day is that day\'s morning; with no day written, the reference day\'s', () => {
    expect(one('Stocks fell on Tuesday. Traders sold heavily in the morning.', 'the morning').value).toBe('2013-03-19TMO');
    expect(one('Deliveries arrive in the morning.', 'the morning').value).toBe('2013-03-22TMO');
  });
});

describe('a month with no cue at all (issue 15)', () => {
  test('leans to the past: the coming one only when it is more than two months nearer', () => {
    expect(one('The low for the year: $29 in March.', 'March', '2013-10-30').value).toBe('2013-03');
    expect(one('The low for the year: $29 in December.', 'December', '2013-10-30').value).toBe('2013-12');
  });
});
