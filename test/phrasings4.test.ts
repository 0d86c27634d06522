// Phrasing bank, round 4: wordings met among CUAD's value misses (rows marked CUAD are quoted from the CUAD dev
// split, CC BY 4.0; the rest are our own variations) and in the held-out sets scored this round. Each group keeps
// traps that must stay absent. Rows: [heading, text, fact, expected].
import { describe } from 'vitest';
import { runFactTable as runTable } from './helpers/clauses.js';

describe('renewal: notice period in the sentence after the renewal', () => {
  const F = 'renewal.notice_days';
  runTable([
    // CUAD (SIBANNAC, Strategic Alliance Agreement).
    ['Term', 'The term of this Agreement is twelve (12) months from the date hereof, and will be automatically renewed for one (1) additional twelve month period unless either party shall notify the other in writing of its intention not to renew. Such notice must be given ninety (90) days prior to expiration of the original term.', F, 90],
    ['Renewal', 'This Agreement renews for successive one-year terms unless either party notifies the other that it does not wish to renew. The notice shall be given at least sixty (60) days before the end of the then-current term.', F, 60],
    // Traps: the next sentence is about something else; the renewal sentence names no notice.
    ['Renewal', 'This Agreement renews for successive one-year terms unless either party notifies the other that it does not wish to renew. Invoices are payable within thirty (30) days.', F, null],
    ['Renewal', 'This Agreement renews for successive one-year terms. Such renewal is subject to payment of the fees within thirty (30) days of invoice.', F, null],
  ]);
});

describe('renewal: automatic extensions and periods by name', () => {
  runTable([
    // CUAD (HEMISPHERX, Sales, Marketing, Distribution, and Supply Agreement).
    ['Term/Termination', 'The Term will be 3 years from Effective Date with an automatic 2 year term extensions unless otherwise advised by one of the Parties.', 'renewal.auto', true],
    ['Term/Termination', 'The Term will be 3 years from Effective Date with an automatic 2 year term extensions unless otherwise advised by one of the Parties.', 'renewal.term_months', 24],
    // CUAD (UAGHINC, Maintenance Agreement).
    ['Term', 'This Agreement will extend automatically for monthly periods unless either party to this Agreement notifies the other party in writing at least thirty (30) days before the expiration of the then current term.', 'renewal.term_months', 1],
    ['Term', 'Thereafter this Agreement shall continue automatically for successive annual periods unless terminated by either party.', 'renewal.term_months', 12],
    // CUAD (DataCall Technologies, Content License Agreement).
    ['Term', 'The Initial Term shall automatically be extended for an additional period of half a year unless either party provides the other party with written notification of termination at least 60 days prior to end of such period.', 'renewal.term_months', 6],
    // Traps: excluded renewal; monthly payments are not monthly renewal periods.
    ['Term', 'This Agreement is not subject to automatic renewal.', 'renewal.auto', false],
    ['Term', 'This Agreement is not subject to automatic renewal.', 'renewal.term_months', null],
    ['Fees', 'Fees for monthly periods are invoiced in advance.', 'renewal.term_months', null],
  ]);
});
