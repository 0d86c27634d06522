// Phrasing bank, round 3: plain-English terms ("we" are the vendor, "you" the customer) that say a fact without
// the legal keyword: "lasts twelve months", "because we have changed our minds", "a quarter of the monthly fee",
// "we will defend the claim ... and pay any damages". Sentences are our own; the first row of each group comes
// from a fixture (fixtures/yardstick-unseen-6), the rest vary it. Each group keeps traps that must stay absent.
import { describe } from 'vitest';
import { runFactTable as runTable } from './helpers/clauses.js';

describe('plain English: initial term', () => {
  const F = 'term.initial_months';
  runTable([
    ['How long this lasts', 'Your first licence year starts on the day we activate your account and lasts twelve months.', F, 12],
    ['Term', 'The initial subscription period begins on the Start Date and lasts 24 months.', F, 24],
    ['Term', 'Your first contract year begins when you sign and lasts for one year.', F, 12],
    // Traps: a warranty that lasts, a notice that lasts.
    ['Warranty', 'The warranty on each device starts on delivery and lasts twelve months.', F, null],
    ['Suspension', 'Any suspension lasts no longer than 30 days.', F, null],
  ]);
});

describe('plain English: price held for the first year', () => {
  const F = 'pricing.fixed_months';
  runTable([
    ['Paying us', 'Your seat price is fixed for your first licence year.', F, 12],
    ['Fees', 'The subscription fees are fixed for the initial year and may change after that on 60 days\' notice.', F, 12],
    ['Fees', 'Prices are fixed for the first two years.', F, 24],
    // Traps: a fixed fee (not a price hold), the first year of a term without a price.
    ['Fees', 'The set-up fee is a fixed amount of £500 payable in the first year.', F, null],
    ['Term', 'You may add seats during your first licence year.', F, null],
  ]);
});

describe('plain English: termination for convenience', () => {
  const F = 'termination.for_convenience';
  runTable([
    ['Ending these terms', 'Neither of us can end these terms part-way through a licence year simply because we have changed our minds.', F, false],
    ['Ending these terms', 'You may end these terms at any time simply because you have changed your mind, by giving us 30 days\' notice.', F, true],
    ['Ending these terms', 'You cannot cancel your subscription just because you have changed your mind.', F, false],
    // Trap: a change of mind about something else.
    ['Orders', 'If you have changed your mind about an order, tell us before we ship it.', F, null],
  ]);
});

describe('plain English: uptime promised after a disclaimer', () => {
  const F = 'sla.uptime_percent';
  runTable([
    ['Keeping the platform available', 'We do not guarantee that the platform will never be interrupted, but we commit to keeping it available 99.5% of the time in each calendar month.', F, 99.5],
    ['Availability', 'We cannot promise an uninterrupted service, but we commit to 99.9% availability each month.', F, 99.9],
    // Traps: a target only; a disclaimer without a promise.
    ['Availability', 'We do not guarantee any level of availability, but we aim for 99.9% uptime.', F, null],
    ['Availability', 'We do not guarantee that the service will be available 99% of the time.', F, null],
  ]);
});

describe('plain English: service-credit cap as a fraction', () => {
  const F = 'sla.credit_cap_percent';
  runTable([
    ['Keeping the platform available', 'Credits for any month will never be more than a quarter of the monthly fee, and you must claim them within 30 days after the end of the month.', F, 25],
    ['Service credits', 'Service credits in any month are capped at one half of the monthly fees for the affected service.', F, 50],
    // Traps: a fraction that is not a cap; a credit without a cap.
    ['Service credits', 'A service credit equal to a quarter of the monthly fee applies when availability falls below 98%.', F, null],
    ['Fees', 'The monthly fee is one twelfth of your fees for the licence year.', F, null],
  ]);
});

describe('plain English: an indemnity without the word', () => {
  const F = 'indemnity.scope';
  runTable([
    ['Claims about our content', 'If someone claims that your use of the platform in line with these terms infringes their intellectual property rights in the United Kingdom, we will defend the claim at our expense and pay any damages awarded against you.', F, ['ip-infringement']],
    ['Claims', 'If a third party says our software infringes its patent, we will defend that claim and pay any settlement we agree to.', F, ['ip-infringement']],
    // Traps: defending a claim without paying for it; the customer defends.
    ['Claims', 'We may defend the claim ourselves if we choose.', F, null],
    ['Claims', 'If someone claims that your content infringes their rights, you will defend the claim and pay any damages awarded against us.', F, null],
  ]);
});

describe('plain English: payment outside the cap', () => {
  const F = 'liability.uncapped_for';
  runTable([
    ['Limitation of Liability', 'Nothing in this Article 12 limits your obligation to pay the fees due under this Agreement, including any Early Termination Fee; those amounts are not subject to any cap.', F, ['payment']],
    ['Limitation of Liability', 'Nothing in this clause restricts your payment obligations under clause 4.', F, ['payment']],
    // Trap: a payment term, not a carve-out from the cap.
    ['Limitation of Liability', 'Nothing in this clause changes the dates on which you must pay.', F, null],
  ]);
});
