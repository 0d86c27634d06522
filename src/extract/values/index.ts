// Value readers: pure, deterministic, linear-time readers of amounts in contract text.
export { parseNumberWords, parseNumeral } from './numbers.js';
export { findDurations, durationIn, type DurationUnit, type DurationMatch } from './duration.js';
export { findMoney, type MoneyMatch } from './money.js';
export { findPercents, type PercentMatch } from './percent.js';
export { findFeeMultiples, type MultipleMatch } from './multiple.js';
export { normaliseJurisdiction, findJurisdictions, type JurisdictionMatch } from './jurisdiction.js';
export { HOLE_KINDS, holeSource, parseHole, type HoleKind } from './holes.js';
