/** What every date family receives and returns. */
import type { DateRecord, TimexType } from '../../types';
import type { PreparedText } from '../../text/prepare';
import type { Draft } from '../../draft';
import { dayOf, type Day, type Direction } from './timex';
import { anchoringAt } from './tense';
import type { Resolver } from './anaphora';

export interface DateContext {
  prep: PreparedText;
  /** The prepared text (markup blanked, same offsets as the original). */
  text: string;
  /** The reference day, or null: relative expressions then get no value. */
  ref: Day | null;
  /** Past or future, from the cue words and verb tense of the sentence around [start, end) (see `tense.ts`). */
  tense(start: number, end: number): Direction;
  /** Why `tense` decided as it did, by the start offset it was asked about: `past:said`, `future:payable`. */
  reasons: Map<number, string>;
  /**
   * Marks a draft whose value comes from the last anchored date before it (see `anaphora.ts`); returns it. With
   * `anchors`, its value (the same period as the one before, "the latest quarter") anchors the dates after it.
   */
  anaphoric(draft: DateDraft, resolve: Resolver, anchors?: boolean): DateDraft;
  /** The resolvers of the drafts marked anaphoric. */
  resolvers: Map<DateDraft, Resolver>;
  /** The anaphoric drafts whose value anchors what follows. */
  anchoring: Set<DateDraft>;
}

export type DateDraft = Draft<DateRecord>;

/** A date family: a pure function from the context to candidate records (overlaps are settled afterwards). */
export type DateFamily = (ctx: DateContext) => DateDraft[];

export function createContext(prep: PreparedText, referenceDate: Date | null): DateContext {
  const cache = new Map<string, Direction>();
  const resolvers = new Map<DateDraft, Resolver>();
  const anchoring = new Set<DateDraft>();
  const reasons = new Map<number, string>();
  return {
    resolvers,
    anchoring,
    reasons,
    anaphoric(draft, resolve, anchors) {
      resolvers.set(draft, resolve);
      if (anchors) anchoring.add(draft);
      return draft;
    },
    prep,
    text: prep.text,
    ref: referenceDate ? dayOf(referenceDate) : null,
    tense(start, end) {
      const key = `${start}:${end}`;
      if (!cache.has(key)) {
        const a = anchoringAt(prep, start, end);
        cache.set(key, a.direction);
        if (a.reason) reasons.set(start, a.reason);
      }
      return cache.get(key)!;
    },
  };
}

export interface DateFields {
  value: string | null;
  timexType: TimexType;
  from?: string;
  to?: string;
}

/** A candidate record for [start, end) of the text. */
export function dateDraft(ctx: DateContext, start: number, end: number, fields: DateFields, source: string, confidence: number): DateDraft {
  const d: DateDraft = {
    type: 'date',
    text: ctx.prep.original.slice(start, end),
    start,
    end,
    value: fields.value,
    timexType: fields.timexType,
    confidence,
    source,
  };
  if (fields.from && fields.to) Object.assign(d, { from: fields.from, to: fields.to });
  return d;
}
