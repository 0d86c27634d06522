// Freeze the clock for the fixture generators: docx, pdfkit and jszip ask for "now" (core
// properties, zip entry times), so a fixed instant makes two runs write the same bytes.
// Import it before those libraries. Zip timestamps (DOS time) are local time, so the zone is
// fixed here too, before any Date is made (imports run before the importing module's body).
process.env.TZ = 'UTC';

export const FIXED_TIME = Date.UTC(2026, 0, 15, 9, 0, 0);
export const FIXED_ISO = new Date(FIXED_TIME).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const RealDate = Date;

class FixedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(FIXED_TIME);
    else super(...args);
  }
  static now() {
    return FIXED_TIME;
  }
}

export function freezeClock() {
  globalThis.Date = FixedDate;
}

export function thawClock() {
  globalThis.Date = RealDate;
}
