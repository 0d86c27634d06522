export { segment, isNoise } from './segment.js';
export { parseClauseNumber, parseMarker, romanValue } from './numbers.js';
export type { NumberMarker, MarkerKind, ItemStyle } from './numbers.js';
export { definedTerm, isAllCapsHeading, isTitleCasePhrase, splitRunInHeading } from './headings.js';
