/**
 * Claims: quantity records side by side. `groupClaims` lines up the figures of one document by what they count;
 * `compareClaims` lines up the figures of many documents by what they count, what happened, where and when.
 */
export { conceptHead, formatClaimValue, groupClaims, type ClaimGroup } from './group';
export {
  compareClaims,
  createClaimComparison,
  COMPARE_KEYS,
  type ClaimComparison,
  type CompareKey,
  type CompareOptions,
  type ComparedGroup,
} from './compare';
export { CONCEPT_EQUIVALENTS, EVENT_CONCEPTS, PREDICATE_CLASSES, type Equivalents } from './equivalents';
export type { CompareDocument, ComparedFigure } from './figures';
export { DATE_GRANULARITIES, type DateGranularity } from './keys';
export { findByline } from './byline';
