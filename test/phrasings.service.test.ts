// Phrasing bank for the service, data and law facts: wordings from different drafters (US/UK/Irish/Australian/
// Canadian/Indian, plain "we/you", formal "shall", old "hereunder", ALL CAPS, order-form rows), with traps that must
// stay absent or keep another value. Sentences are our own unless marked CUAD (CC BY 4.0).
import { describe, expect, it } from 'vitest';
import { clause, factsOf, runFactTable } from './helpers/clauses.js';

describe('sla.uptime_percent', () => {
  runFactTable([
    ['Service Levels', 'Provider will make the Service available 99.9% of the time in each calendar month, excluding Scheduled Maintenance.', 'sla.uptime_percent', 99.9],
    ['Availability', 'We guarantee that the platform will be reachable at least 99.5 percent of each month.', 'sla.uptime_percent', 99.5],
    ['Service Level Agreement', 'The Supplier shall ensure that the Hosted Services achieve a Monthly Uptime Percentage of not less than ninety-nine point nine per cent (99.9%).', 'sla.uptime_percent', 99.9],
    ['SLA', 'Availability Commitment | 99.95%', 'sla.uptime_percent', 99.95],
    ['Order Form', 'Uptime commitment: 99.9% monthly', 'sla.uptime_percent', 99.9],
    ['SERVICE LEVELS', 'LICENSOR SHALL MAINTAIN SYSTEM AVAILABILITY OF AT LEAST 99.7% DURING EACH MONTH OF THE SUBSCRIPTION TERM.', 'sla.uptime_percent', 99.7],
    ['Service Levels', 'The Vendor warrants that the Subscription Service shall be Available not less than 99.8 per cent of the time, measured monthly.', 'sla.uptime_percent', 99.8],
    ['Hosting', 'Company will use commercially reasonable efforts to make the Services available with a Monthly Availability of 99.9%.', 'sla.uptime_percent', 99.9],
    ['Availability', 'The Service Provider undertakes that the Solution shall be accessible to Users for not less than 99.5% of Business Hours in any month.', 'sla.uptime_percent', 99.5],
    ['Service Levels', 'The Service Provider shall ensure an uptime of 99.5% (ninety nine point five percent) on a quarterly basis, failing which penalties as per Schedule C shall apply.', 'sla.uptime_percent', 99.5],
    ['Service Levels', 'The Hosted Services hereunder shall be Operational no less than ninety-nine and one-half percent (99.5%) of the time in each calendar month.', 'sla.uptime_percent', 99.5],
    ['Our Commitment', 'We commit to keeping the API up and running 99.9% of the time, measured over each calendar month.', 'sla.uptime_percent', 99.9],
    ['Service Level Commitment', 'The Vendor shall meet a Service Availability level of 99.9% per month; if it does not, the Customer shall be entitled to the credits in Schedule B.', 'sla.uptime_percent', 99.9],
    ['Service Credits', 'If Monthly Uptime falls below 99.9%, Customer will receive a credit of 10% of the monthly fee.', 'sla.uptime_percent', 99.9],
    // Traps: a target without a promise, other percentages near "available", a refund, a storage threshold.
    ['Availability', 'We aim to keep the Service available 99.9% of the time but do not guarantee any level of availability.', 'sla.uptime_percent', null],
    ['Support', 'Provider shall respond to 95% of support tickets within one business day.', 'sla.uptime_percent', null],
    ['Acceptance', 'The Software must pass acceptance tests with at least 98% of test cases succeeding before it is made available to end users.', 'sla.uptime_percent', null],
    ['Service Levels', 'Provider does not guarantee 99.9% uptime for free-tier accounts.', 'sla.uptime_percent', null],
    ['Go-Live', 'Provider will refund 100% of the prepaid fees if the Service is not available by the Go-Live Date.', 'sla.uptime_percent', null],
    ['Storage', 'Your plan includes 100 GB of storage; when 90% of it is used, we will make additional capacity available at extra cost.', 'sla.uptime_percent', null],
    ['Beta Features', 'Beta Features are made available without any availability commitment, and 100% of their use is at your own risk.', 'sla.uptime_percent', null],
  ]);
});

describe('sla.credit_cap_percent', () => {
  runFactTable([
    ['Service Credits', 'Service Credits in any month shall not exceed 25% of the monthly Subscription Fees for the affected Service.', 'sla.credit_cap_percent', 25],
    ['Service Credits', "The total Service Credits for a calendar month are capped at fifty percent (50%) of that month's fees.", 'sla.credit_cap_percent', 50],
    ['SLA', 'Maximum service credit | 30% of monthly fees', 'sla.credit_cap_percent', 30],
    ['Service Credits', 'In no event will credits issued for a single month be more than 15% of the Fees payable for that month.', 'sla.credit_cap_percent', 15],
    ['Service Credits', 'Credits are limited to a maximum of ten percent (10%) of the monthly charges.', 'sla.credit_cap_percent', 10],
    ['Service Credits', 'The aggregate Service Credits payable by the Supplier in respect of any Month shall not exceed 20 per cent of the Charges for that Month.', 'sla.credit_cap_percent', 20],
    ['Service Credits', "We'll never credit you more than 100% of your monthly bill for the affected service.", 'sla.credit_cap_percent', 100],
    ['SERVICE CREDITS', 'SERVICE CREDITS SHALL NOT EXCEED, IN THE AGGREGATE, THIRTY PERCENT (30%) OF THE MONTHLY FEES PAID FOR THE AFFECTED SERVICES.', 'sla.credit_cap_percent', 30],
    ['Penalties', 'The total service credits levied in a quarter shall be subject to a ceiling of 10% of the quarterly payment.', 'sla.credit_cap_percent', 10],
    ['Service Level Credits', 'Service level credits will not, in total, exceed an amount equal to 12% of the Monthly Fee.', 'sla.credit_cap_percent', 12],
    ['Service Credits', 'The maximum aggregate credit to which Customer shall be entitled hereunder in any calendar month shall be twenty-five percent (25%) of the fees for such month.', 'sla.credit_cap_percent', 25],
    ['Service Credits', "Service Credits are Customer's sole remedy for unavailability and are capped at 50% of one month's fees.", 'sla.credit_cap_percent', 50],
    ['SLA', 'Service credit cap: 20% of monthly recurring charges', 'sla.credit_cap_percent', 20],
    // Traps: a credit tier is not a cap; a cap by reference; a discount; downtime share; marketing credits.
    ['Service Credits', 'If Availability is below 99.0%, Customer will receive a Service Credit equal to 10% of the monthly fee.', 'sla.credit_cap_percent', null],
    ['Service Credits', 'Service Credits of 5% of the monthly fee apply for each 30 minutes of downtime, up to the cap in Section 6.3.', 'sla.credit_cap_percent', null],
    ['Service Credits', 'If the Service is unavailable for more than 10% of a month, Customer may terminate and receive a pro-rata credit of prepaid fees.', 'sla.credit_cap_percent', null],
    ['Service Credits', 'Credits are calculated as a percentage of the monthly fees, as set out in the table below, up to the maximum stated in the Order Form.', 'sla.credit_cap_percent', null],
    ['Service Level', 'The Supplier will pay service credits at 2% of the monthly Charges for each full percentage point by which Availability falls below 99.5%, without any cap.', 'sla.credit_cap_percent', null],
    ['Marketing Funds', 'Partner may earn marketing development credits of up to 5% of net revenue.', 'sla.credit_cap_percent', null],
    ['Service Credits', 'Late payments accrue interest at 1.5% per month, and Provider may withhold Service Credits until the account is current, to a maximum of the overdue amount.', 'sla.credit_cap_percent', null],
  ]);
});

describe('support.response_hours', () => {
  runFactTable([
    ['Support', 'Provider will respond to Severity 1 incidents within one (1) hour of notification, 24x7.', 'support.response_hours', 1],
    ['Support', 'Critical issues: initial response within 30 minutes.', 'support.response_hours', 0.5],
    ['Support Services', 'Priority 1 | Response time: 2 hours | Resolution target: 8 hours', 'support.response_hours', 2],
    ['Support', 'For Urgent tickets we will reply within four (4) business hours.', 'support.response_hours', 4],
    ['Support', 'The Supplier shall respond to each Priority 1 Fault within 30 minutes and restore service within four hours.', 'support.response_hours', 0.5],
    ['SUPPORT', 'LICENSOR SHALL RESPOND TO ALL CRITICAL ERRORS WITHIN TWO (2) HOURS AFTER RECEIPT OF NOTICE FROM LICENSEE.', 'support.response_hours', 2],
    ['Support', 'For Severity Level 1 calls, the Service Provider shall attend to the complaint within 4 (four) hours of logging the call.', 'support.response_hours', 4],
    ['Support', "Vendor's response time for Critical Defects shall not exceed 60 minutes.", 'support.response_hours', 1],
    ['Getting help', "If the Service is down, open an urgent ticket and we'll get back to you within 2 hours, any time of day.", 'support.response_hours', 2],
    ['Support', 'Sev 1 - Initial Response: 1 hour; Sev 2 - Initial Response: 4 hours; Sev 3 - Initial Response: 1 business day.', 'support.response_hours', 1],
    ['Support', 'Company shall use reasonable endeavours to acknowledge a P1 incident within half an hour of it being reported.', 'support.response_hours', 0.5],
    ['Maintenance and Support', 'Licensor shall respond to Emergency Support Requests hereunder within six (6) hours of receipt thereof.', 'support.response_hours', 6],
    ['Support', 'Severity 1 response target: 15 minutes (24x7). Severity 2 response target: 2 hours.', 'support.response_hours', 0.25],
    ['Support', 'The Vendor shall respond to a Critical Incident within one (1) hour and shall provide status updates every two (2) hours until resolved.', 'support.response_hours', 1],
    // Traps: resolution and update times, the customer's response, maintenance notice, closing old tickets.
    ['Support', 'Provider will resolve Severity 1 incidents within 8 hours.', 'support.response_hours', null],
    ['Support', "Customer shall respond to Provider's requests for information within 2 business days.", 'support.response_hours', null],
    ['Support', 'The Supplier will send status updates every 4 hours for Priority 1 incidents.', 'support.response_hours', null],
    ['Support', "Provider shall give Customer at least 48 hours' notice of scheduled maintenance and will respond to support tickets promptly.", 'support.response_hours', null],
    ['Support', "Customer shall respond to Provider's diagnostic questions about a Severity 1 incident within 4 hours.", 'support.response_hours', null],
    ['Support', 'Tickets with no customer response within 30 days will be closed automatically.', 'support.response_hours', null],
    ['Audit', 'Provider shall respond in writing to any audit request within 30 days.', 'support.response_hours', null],
    ['Publications', 'The Company shall respond in writing within thirty (30) days after receipt of a proposed publication (fifteen (15) days in the case of abstracts).', 'support.response_hours', null],
  ]);
});

describe('support.coverage', () => {
  runFactTable([
    ['Support', 'Support for Severity 1 issues is available 24x7x365.', 'support.coverage', ['24x7']],
    ['Support', 'Technical support is provided 24 hours a day, 7 days a week, for Priority 1 incidents.', 'support.coverage', ['24x7']],
    ['Support Hours', 'Support Hours | 08:00-18:00 GMT, Monday to Friday, excluding UK bank holidays', 'support.coverage', ['business-hours']],
    ['Support', 'Our help desk is open from 9 a.m. to 5 p.m. Eastern Time on Business Days.', 'support.coverage', ['business-hours']],
    ['Support', 'Emergency support is available around the clock, every day of the year.', 'support.coverage', ['24x7']],
    ['Support', 'Critical Incidents will be handled on a 24/7 basis; all other incidents during Normal Business Hours.', 'support.coverage', ['24x7']],
    ['Support Services', 'The Supplier shall provide the Support Services during Working Hours, being 9.00 am to 5.30 pm on any Working Day.', 'support.coverage', ['business-hours']],
    ['Support', 'Support is available between 8.30am and 5.00pm AEST on business days in Sydney.', 'support.coverage', ['business-hours']],
    ['SUPPORT', 'LICENSOR SHALL PROVIDE TELEPHONE SUPPORT TWENTY-FOUR (24) HOURS PER DAY, SEVEN (7) DAYS PER WEEK.', 'support.coverage', ['24x7']],
    ['Support', 'The Service Provider shall provide round-the-clock support (24 x 7 x 365) for all Severity 1 calls.', 'support.coverage', ['24x7']],
    ['Order Form', 'Support coverage: 24/7 for P1; business hours for P2-P4', 'support.coverage', ['24x7']],
    ['Support', 'Standard Support is provided from 8:00 a.m. to 8:00 p.m. Central Time, Monday through Friday, excluding holidays.', 'support.coverage', ['business-hours']],
    ['Support', 'Critical issues can be reported by phone 24 hours a day, 365 days a year.', 'support.coverage', ['24x7']],
    ['Support', 'Support is available during regular business hours (9:00 a.m. to 5:00 p.m. Eastern Time), Monday to Friday, excluding statutory holidays in Ontario.', 'support.coverage', ['business-hours']],
    // Traps: the customer's availability, a negated 24x7, monitoring is not support, a maintenance notice.
    ['Support', 'Customer shall ensure that its personnel are available 24/7 to assist Provider during a Severity 1 incident.', 'support.coverage', null],
    ['Support', 'Support is not provided 24x7; it is available only during Business Hours.', 'support.coverage', ['business-hours']],
    ['Support', 'The Hosted Service is monitored 24/7 by automated tools; support is provided during business hours.', 'support.coverage', ['business-hours']],
    ['Support', "Provider will give 24 hours' notice before any maintenance that affects support systems.", 'support.coverage', null],
    ['Security', 'The data centre is staffed 24x7x365 with on-site security guards.', 'support.coverage', null],
    ['Support', 'No 24x7 support is included in the Basic plan.', 'support.coverage', null],
    ['Support', 'Customer must keep a technical contact reachable 24 hours a day, 7 days a week while a Severity 1 incident is open.', 'support.coverage', null],
  ]);
});

describe('data.breach_notice_hours', () => {
  runFactTable([
    ['Security Incidents', 'Provider shall notify Customer of any Security Incident without undue delay and in any event within 48 hours after becoming aware of it.', 'data.breach_notice_hours', 48],
    ['Data Breach', 'The Processor shall inform the Controller of a Personal Data Breach within twenty-four (24) hours of discovery.', 'data.breach_notice_hours', 24],
    ['Data Protection', "We'll tell you about any breach of your personal data within 72 hours of finding out about it.", 'data.breach_notice_hours', 72],
    ['Security', 'Supplier shall report any unauthorised access to Customer Data to the Customer within two (2) Business Days.', 'data.breach_notice_hours', 48],
    ['Incident Notification', 'Breach notification period | 36 hours', 'data.breach_notice_hours', 36],
    ['DATA SECURITY', 'VENDOR SHALL NOTIFY COMPANY IN WRITING WITHIN SEVENTY-TWO (72) HOURS OF ANY ACTUAL OR REASONABLY SUSPECTED DATA BREACH.', 'data.breach_notice_hours', 72],
    ['Data Protection', 'In case of any data leak or cyber security incident, the Service Provider shall intimate the Client within 6 (six) hours of such incident coming to its notice.', 'data.breach_notice_hours', 6],
    ['Personal Data Breaches', 'The Processor will notify the Controller without undue delay, and no later than 24 hours, after becoming aware of a Personal Data Breach.', 'data.breach_notice_hours', 24],
    ['Security Breach', 'Licensor shall give Licensee written notice of any Security Breach hereunder no later than three (3) days following discovery thereof.', 'data.breach_notice_hours', 72],
    ['Privacy', 'If the Supplier becomes aware of an eligible data breach or a suspected compromise of Customer Data, it must notify the Customer within 1 day.', 'data.breach_notice_hours', 24],
    ['Privacy Breach', 'The Service Provider shall advise the Customer of any privacy breach involving Personal Information within forty-eight (48) hours.', 'data.breach_notice_hours', 48],
    ['Security Incidents', 'Security incident notice: within 12 hours of confirmation.', 'data.breach_notice_hours', 12],
    ['Incidents', 'Company will alert Customer by email within 24 hours if it discovers that Customer Data has been accessed by an unauthorized person.', 'data.breach_notice_hours', 24],
    ['Your data', 'If we become aware of unauthorized access to your data on our systems, we will let you know within seventy-two hours.', 'data.breach_notice_hours', 72],
    // Traps: the customer's duty to notify, advance maintenance notice, deletion after termination, a test cycle.
    ['Security', 'Customer shall notify Provider within 24 hours if it suspects any unauthorized use of its account credentials.', 'data.breach_notice_hours', null],
    ['Security', 'Provider will notify Customer at least 48 hours before scheduled maintenance, and of any Security Incident without undue delay.', 'data.breach_notice_hours', null],
    ['Security', 'Provider maintains an incident response plan, tested at least every 12 months, and will report any Security Incident to Customer promptly.', 'data.breach_notice_hours', null],
    ['Data Protection', 'Within 30 days after termination, Provider shall delete Customer Data and notify Customer of any Security Incident that occurred during the term.', 'data.breach_notice_hours', null],
    ['Security', 'Customer must notify Provider within 72 hours of becoming aware of any breach of security of its own systems that could affect the Service.', 'data.breach_notice_hours', null],
    ['Security', 'Provider will notify Customer of any Security Incident in accordance with the timelines in the Data Processing Addendum.', 'data.breach_notice_hours', null],
    ['Security', 'Provider will notify Customer within 24 hours after receiving a law-enforcement request for Customer Data.', 'data.breach_notice_hours', null],
  ]);

  it('keeps the first notice, not a later root-cause report', () => {
    const facts = factsOf(
      clause('1', 'Security Incidents', 'Provider shall notify Customer of a Security Incident within 48 hours of becoming aware of it.'),
      clause('2', 'Security Incidents', 'Provider shall give Customer a written report on the root cause of any Security Incident within 10 business days.'),
    );
    expect(facts['data.breach_notice_hours']?.value).toBe(48);
  });
});

describe('data.residency', () => {
  runFactTable([
    ['Data Location', 'Provider shall store and process Customer Data only in data centres located within the European Union.', 'data.residency', ['eu']],
    ['Hosting', 'All Customer Data will be hosted in the United Kingdom.', 'data.residency', ['uk']],
    ['Data Residency', 'Data residency | EU (Frankfurt, Dublin)', 'data.residency', ['eu']],
    ['Order Form', 'Hosting region: United States', 'data.residency', ['us']],
    ['Data Sovereignty', 'The Supplier must ensure that all Customer Data is stored in Australia and is not transferred offshore.', 'data.residency', ['au']],
    ['Data Residency', 'The Vendor shall keep all Personal Information in Canada and shall not access it from outside Canada.', 'data.residency', ['ca']],
    ['Data Localisation', 'All data pertaining to the Bank shall be stored only in data centres situated in India, in compliance with RBI guidelines.', 'data.residency', ['in']],
    ['Where your data lives', 'We keep your content on servers in the EU and do not move it elsewhere.', 'data.residency', ['eu']],
    ['DATA LOCATION', 'ALL CUSTOMER DATA SHALL RESIDE EXCLUSIVELY IN DATA CENTERS LOCATED IN THE UNITED STATES.', 'data.residency', ['us']],
    ['Data Location', 'Personal Data shall at all times remain within the EEA and the United Kingdom.', 'data.residency', ['eu', 'uk']],
    ['Data Protection', 'The Processor shall process Personal Data only within Ireland and shall not transfer it outside the EEA without the prior written consent of the Controller.', 'data.residency', ['eu']],
    ['Data Storage', 'Licensor shall maintain all Licensee Data hereunder on servers physically located in the continental United States.', 'data.residency', ['us']],
    ['Hosting', 'The Services are hosted on Amazon Web Services in the eu-west-1 (Ireland) region.', 'data.residency', ['eu']],
    ['Data Location', 'The Supplier shall not store or process Customer Data outside the UK.', 'data.residency', ['uk']],
    // Traps: anywhere, a currency, a forbidden place, staff who may access data elsewhere, export law.
    ['Data', 'Customer may transfer Customer Data to any country in which it does business.', 'data.residency', null],
    ['Fees', 'All amounts are stated in US dollars, and Customer Data is processed according to our Privacy Policy.', 'data.residency', null],
    ['Data Transfers', 'Provider shall not transfer Customer Data to the United States.', 'data.residency', null],
    ['Data', 'Provider has offices in London and New York, and may process Customer Data in any location where it or its subprocessors operate.', 'data.residency', null],
    ['Export', 'Customer shall not store in the Service any data subject to the export control laws of the United States.', 'data.residency', null],
    ['Support', 'Customer Data may be processed by our support staff located in India and the Philippines.', 'data.residency', null],
    ['Data', 'We and our subprocessors may store Customer Data in the United States and wherever else we operate.', 'data.residency', null],
    ['Records', 'Distributor will keep records of all sales, prepared in accordance with U.S. generally accepted accounting principles.', 'data.residency', null],
    ['Licence', 'Licensee shall keep the Software at its premises in the United States and shall not remove it without consent.', 'data.residency', null],
  ]);
});

describe('security.customer_audit', () => {
  runFactTable([
    ['Audit', "Customer may, upon thirty (30) days' prior written notice, audit Provider's compliance with its security obligations under this Agreement once per year.", 'security.customer_audit', true],
    ['Security Assessments', "The Supplier shall permit the Customer or its appointed auditor to inspect the Supplier's facilities, systems and records relevant to the processing of Customer Data.", 'security.customer_audit', true],
    ['Penetration Testing', 'Customer may conduct penetration tests of the Service once per calendar year after coordinating the timing with Provider.', 'security.customer_audit', true],
    ['Audit', "The Supplier shall allow the Customer, on reasonable notice, to carry out audits of the Supplier's compliance with the Security Requirements.", 'security.customer_audit', true],
    ['Audits', 'The Processor shall make available to the Controller all information necessary to demonstrate compliance with Article 28 and allow for and contribute to audits, including inspections, conducted by the Controller or another auditor mandated by the Controller.', 'security.customer_audit', true],
    ['AUDIT', "LICENSEE SHALL HAVE THE RIGHT, AT ITS OWN EXPENSE, TO AUDIT LICENSOR'S DATA CENTER AND SECURITY PROCEDURES NOT MORE THAN ONCE IN ANY TWELVE-MONTH PERIOD.", 'security.customer_audit', true],
    ['Audit', "The Bank and its regulators shall have the right to conduct audit of the Service Provider's systems and processes relating to the outsourced activity.", 'security.customer_audit', true],
    ['Order Form', 'Customer security audit right: Yes (annual, on 30 days notice)', 'security.customer_audit', true],
    ['Inspection', 'Vendor shall permit Purchaser, upon reasonable notice and during normal business hours, to inspect the premises and systems used by Vendor in the performance hereof.', 'security.customer_audit', true],
    ['Security', 'The Vendor shall, on request, permit the Province to conduct a security assessment of the systems used to store Personal Information.', 'security.customer_audit', true],
    ['Security Testing', 'Customer may run vulnerability scans against its own tenant of the Service with 5 business days notice to Provider.', 'security.customer_audit', true],
    ['Audit', 'You can have an independent auditor review our security controls once a year, at your cost.', 'security.customer_audit', true],
    // Expressly excluded: false.
    ['Security', 'We do not allow customers to audit our data centres; instead we will share our current ISO 27001 certificate on request.', 'security.customer_audit', false],
    ['Security', 'Customer shall not conduct any penetration testing of the Service.', 'security.customer_audit', false],
    ['Security', "No on-site audits are permitted; Provider's SOC 2 report shall be provided in lieu of any audit.", 'security.customer_audit', false],
    ['Security Testing', "We don't permit customer audits of our systems, and you must not scan or load-test the Services.", 'security.customer_audit', false],
    // Traps: the vendor audits the customer, the vendor's own audits, financial audits, reports instead of audits.
    ['License Compliance', "Provider may audit Customer's use of the Software to verify compliance with the licence terms.", 'security.customer_audit', null],
    ['Security', 'Provider undergoes an annual SOC 2 Type II audit by an independent auditor and will provide the report on request.', 'security.customer_audit', null],
    ['Records', "Customer may audit Provider's invoices and billing records relating to the Fees once per year.", 'security.customer_audit', null],
    ['Subprocessors', 'Provider shall assess the security of its subprocessors at least annually.', 'security.customer_audit', null],
    ['Security', 'Customer is responsible for the security of its own systems and shall perform regular security assessments of them.', 'security.customer_audit', null],
    ['Security', "Customer may request a copy of Provider's most recent penetration test summary.", 'security.customer_audit', null],
    // CUAD: the licensee lets the licensor inspect the licensee's services.
    ['Quality Control', "The Licensee agrees to allow the Licensor to conduct reasonable inspection of the quality of the Licensee's services from time to time.", 'security.customer_audit', null],
    ['Localisation', 'Supplier shall work with Customer to examine which parts of the Services can be delivered locally.', 'security.customer_audit', null],
  ]);
});

describe('confidentiality.term_years', () => {
  runFactTable([
    ['Confidentiality', 'The obligations in this Section 8 shall survive for five (5) years after termination of this Agreement.', 'confidentiality.term_years', 5],
    ['Confidentiality', "Each party shall keep the other's Confidential Information confidential for a period of three years from the date of disclosure.", 'confidentiality.term_years', 3],
    ['Confidentiality', "The Recipient's duties under this clause continue for 2 years after this Agreement ends, except for trade secrets, which are protected for as long as they remain trade secrets.", 'confidentiality.term_years', 2],
    ['Confidentiality', 'This clause 12 shall remain in force for a period of seven years following the termination or expiry of this Agreement.', 'confidentiality.term_years', 7],
    ['Confidentiality', 'Confidentiality period | 5 years from disclosure', 'confidentiality.term_years', 5],
    ['CONFIDENTIALITY', "THE RECEIVING PARTY'S OBLIGATIONS HEREUNDER SHALL CONTINUE FOR THREE (3) YEARS FOLLOWING THE TERMINATION OF THIS AGREEMENT.", 'confidentiality.term_years', 3],
    ['Keeping things private', "We will both keep each other's confidential information secret during these Terms and for 2 years afterwards.", 'confidentiality.term_years', 2],
    ['Confidentiality', 'The obligations of confidentiality set out in this Agreement shall survive indefinitely.', 'confidentiality.term_years', 999],
    ['Confidentiality', 'The obligations under this Clause shall remain binding on the Parties for a period of 3 (three) years from the date of termination of this Agreement.', 'confidentiality.term_years', 3],
    ['Non-Disclosure', "The Recipient's obligations of non-disclosure will expire 24 months after the Effective Date.", 'confidentiality.term_years', 2],
    ['Confidentiality', 'The provisions of this Article shall survive the expiration or termination hereof for a period of ten (10) years.', 'confidentiality.term_years', 10],
    ['Confidentiality', "The Supplier's obligations respecting Confidential Information continue in effect for five years after the end of the Term and, for personal information, indefinitely.", 'confidentiality.term_years', 5],
    ['Confidentiality', "Each party will hold the other party's Confidential Information in strict confidence for the Term and three (3) years thereafter.", 'confidentiality.term_years', 3],
    ['Confidentiality', 'The recipient will use it only for this Agreement and protect it with reasonable care for four (4) years after it was disclosed.', 'confidentiality.term_years', 4],
    // CUAD
    ['Confidentiality', 'Recipient will protect the Confidential Information, for one (1) year from the date of disclosure, by using at least the same degree of care as it uses to protect its own Confidential Information.', 'confidentiality.term_years', 1],
    // Traps: the agreement's own term, return within days, record keeping, fixed prices, another covenant's survival.
    ['Term', 'This Agreement has an initial term of three (3) years and is subject to the confidentiality obligations in Section 9.', 'confidentiality.term_years', null],
    ['Confidentiality', 'Recipient shall return or destroy Confidential Information within thirty (30) days after termination.', 'confidentiality.term_years', null],
    ['Records', 'Each party shall retain confidential records for seven (7) years as required by tax law.', 'confidentiality.term_years', null],
    ['Pricing', 'Pricing is confidential and is fixed for two (2) years from the Effective Date.', 'confidentiality.term_years', null],
    ['Survival', 'The non-solicitation obligations in Section 10 survive for twelve (12) months after termination; confidentiality obligations survive as set out in Section 9.', 'confidentiality.term_years', null],
    ['Confidentiality', 'Recipient shall keep confidential the terms of this Agreement, including the five (5) year licence term.', 'confidentiality.term_years', null],
    ['Confidentiality', 'Confidential Information excludes information the Recipient lawfully held for more than two (2) years before disclosure.', 'confidentiality.term_years', null],
  ]);
});

describe('governing_law.jurisdiction', () => {
  runFactTable([
    ['Governing Law', 'This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.', 'governing_law.jurisdiction', 'New York'],
    ['Governing Law', 'These Terms are governed by English law.', 'governing_law.jurisdiction', 'England and Wales'],
    ['Law', 'The laws of Ireland govern this Agreement and any non-contractual obligations arising from it.', 'governing_law.jurisdiction', 'Ireland'],
    ['Governing Law', 'This Agreement is governed by the laws in force in Victoria.', 'governing_law.jurisdiction', 'Victoria'],
    // Trap: Victoria the person.
    ['Contacts', 'Victoria Lee is the account manager and all notices go to her under clause 12.', 'governing_law.jurisdiction', null],
    ['Governing Law and Jurisdiction', 'This Agreement is subject to the laws of New South Wales, Australia.', 'governing_law.jurisdiction', 'New South Wales'],
    ['Governing Law', 'This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.', 'governing_law.jurisdiction', 'Ontario'],
    ['Governing Law', 'This Agreement is governed by Indian law and the courts at Mumbai shall have exclusive jurisdiction.', 'governing_law.jurisdiction', 'India'],
    ['Which law applies', 'Delaware law applies to these Terms and to any dispute between you and us.', 'governing_law.jurisdiction', 'Delaware'],
    ['GOVERNING LAW', 'THIS AGREEMENT WILL BE INTERPRETED AND ENFORCED UNDER THE LAWS OF THE COMMONWEALTH OF MASSACHUSETTS.', 'governing_law.jurisdiction', 'Massachusetts'],
    ['Order Form', 'Governing law: State of California', 'governing_law.jurisdiction', 'California'],
    ['Key Terms', 'Governing Law | England and Wales', 'governing_law.jurisdiction', 'England and Wales'],
    ['Miscellaneous', 'The validity, construction and performance hereof shall be determined according to the laws of the State of Texas.', 'governing_law.jurisdiction', 'Texas'],
    ['Law', 'This Contract is governed by the law of Scotland.', 'governing_law.jurisdiction', 'Scotland'],
    ['Applicable Law', 'This Agreement is subject to German law, excluding the UN Convention on Contracts for the International Sale of Goods.', 'governing_law.jurisdiction', 'Germany'],
    ['Governing law', 'This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it or its subject matter or formation shall be governed by and construed in accordance with the law of England and Wales.', 'governing_law.jurisdiction', 'England and Wales'],
    ['Miscellaneous', 'The rights and duties of the parties will be determined under Colorado law.', 'governing_law.jurisdiction', 'Colorado'],
    ['Miscellaneous', 'Customer warrants that it is authorised under the laws of Singapore to enter into this Agreement, and this Agreement is governed by the laws of the State of New York.', 'governing_law.jurisdiction', 'New York'],
    // CUAD
    ['Dispute Resolution', 'Any such arbitration shall (i) be subject to the application of the Italian Law, (ii) take place in Paris, France and (iii) be conducted in English.', 'governing_law.jurisdiction', 'Italy'],
    ['Addendum', 'Any provision which says that claims arising under the North Dakota franchise law will be governed by the laws of a state other than North Dakota is deleted.', 'governing_law.jurisdiction', null],
    // Traps: compliance with laws, incorporation, consumer law that applies anyway, venue only, no place named.
    ['Compliance', 'Each party shall comply with all applicable laws, including the export laws of the United States.', 'governing_law.jurisdiction', null],
    ['Parties', 'Provider is a company incorporated under the laws of England and Wales with registered number 01234567.', 'governing_law.jurisdiction', null],
    ['Data Protection', 'The Supplier will comply with the Data Protection Act 2018 and the laws of the United Kingdom governing data protection.', 'governing_law.jurisdiction', null],
    ['Consumer Rights', 'Nothing in these Terms limits rights you have under the consumer protection laws of Australia, which apply despite this clause.', 'governing_law.jurisdiction', null],
    ['Disputes', 'Any dispute shall be resolved by the courts of Dublin, Ireland.', 'governing_law.jurisdiction', null],
    ['Governing Law', 'This Agreement shall be governed by the laws of the jurisdiction in which Customer is domiciled.', 'governing_law.jurisdiction', null],
    ['Parties', 'Provider, a Delaware corporation, and Customer, a California corporation, agree as follows.', 'governing_law.jurisdiction', null],
  ]);
});

describe('venue.jurisdiction', () => {
  runFactTable([
    ['Jurisdiction', 'The courts of England and Wales shall have exclusive jurisdiction over any dispute arising out of this Agreement.', 'venue.jurisdiction', 'England and Wales'],
    ['Venue', 'Any action arising out of this Agreement shall be brought exclusively in the state or federal courts located in King County, Washington.', 'venue.jurisdiction', 'Washington'],
    ['Dispute Resolution', 'All disputes shall be finally settled by arbitration administered by the ICC, seated in Paris, France.', 'venue.jurisdiction', 'France'],
    ['Disputes', 'The parties submit to the non-exclusive jurisdiction of the Irish courts.', 'venue.jurisdiction', 'Ireland'],
    ['Disputes', 'Any dispute under these Terms goes to the Irish courts alone.', 'venue.jurisdiction', 'Ireland'],
    ['Disputes', 'You and we agree that any claim will be heard only in the courts in Travis County, Texas.', 'venue.jurisdiction', 'Texas'],
    ['JURISDICTION', 'EACH PARTY IRREVOCABLY SUBMITS TO THE EXCLUSIVE JURISDICTION OF THE STATE AND FEDERAL COURTS SITTING IN NEW CASTLE COUNTY, DELAWARE.', 'venue.jurisdiction', 'Delaware'],
    ['Order Form', 'Venue: Courts of New York County, New York', 'venue.jurisdiction', 'New York'],
    ['Jurisdiction', 'Subject to Clause 20, the courts at New Delhi shall have exclusive jurisdiction.', 'venue.jurisdiction', 'India'],
    ['Dispute Resolution', 'Any arbitration shall take place in Toronto, Ontario, under the Arbitration Act, 1991 (Ontario).', 'venue.jurisdiction', 'Ontario'],
    ['Jurisdiction', 'Each party submits to the exclusive jurisdiction of the courts of the State of Victoria and the courts competent to hear appeals from them.', 'venue.jurisdiction', 'Victoria'],
    ['Venue', 'Any suit hereunder shall be instituted in the courts of Cook County, Illinois, and the parties consent to venue therein.', 'venue.jurisdiction', 'Illinois'],
    ['Governing Law', 'The laws of Victoria govern this Agreement and the parties submit to the courts of Victoria.', 'venue.jurisdiction', 'Victoria'],
    ['Governing Law', 'This Agreement is governed by the laws of New York and disputes go exclusively to the courts in London.', 'venue.jurisdiction', 'England and Wales'],
    ['Arbitration', 'The seat of arbitration shall be Singapore and proceedings shall be conducted in English under the SIAC Rules.', 'venue.jurisdiction', 'Singapore'],
    ['Dispute Resolution', 'Disputes will be resolved by binding arbitration before JAMS in San Francisco, California.', 'venue.jurisdiction', 'California'],
    ['Governing Law', 'This Agreement is governed by the laws of Delaware, and the parties consent to the jurisdiction of the courts of New York.', 'venue.jurisdiction', 'New York'],
    ['Disputes', 'Judgment on the award may be entered in any court having jurisdiction; the arbitration shall be seated in London.', 'venue.jurisdiction', 'England and Wales'],
    ['Disputes', 'Customer, a corporation organised under the laws of Ontario, submits to the jurisdiction of the courts of New York.', 'venue.jurisdiction', 'New York'],
    // CUAD
    ['General', 'Exclusive place of Jurisdiction is Hamburg, Germany.', 'venue.jurisdiction', 'Germany'],
    // Traps: law only, an office address, any competent court, court orders about data, enforcing a judgment anywhere.
    ['Governing Law', 'This Agreement is governed by the laws of the State of California.', 'venue.jurisdiction', null],
    ['Notices', "Provider's principal office is located in Seattle, Washington, and notices shall be sent there.", 'venue.jurisdiction', null],
    ['Remedies', 'Either party may seek injunctive relief in any court of competent jurisdiction.', 'venue.jurisdiction', null],
    ['Legal Requests', 'Provider shall comply with binding orders of courts in the United States relating to Customer Data.', 'venue.jurisdiction', null],
    ['Disputes', 'Either party may bring proceedings to enforce a judgment in any jurisdiction, including Germany.', 'venue.jurisdiction', null],
    ['Parties', 'Customer is a private limited company with its registered seat in Amsterdam, the Netherlands.', 'venue.jurisdiction', null],
    ['Parties', 'Reseller is a company incorporated in South Carolina, with its registered office in Greenville, South Carolina.', 'venue.jurisdiction', null],
  ]);

  it('prefers "this Agreement shall be construed under" to a counsel opinion on matters governed by other law', () => {
    const facts = factsOf(
      clause('1', 'Opinion of Counsel', "Such counsel's opinion shall be limited to matters governed by federal laws and by the laws of Tennessee."),
      clause('2', 'Miscellaneous', 'This Agreement shall be construed in accordance with the laws of the State of New York without regard to principles of conflicts of law.'),
    );
    expect(facts['governing_law.jurisdiction']?.value).toBe('New York');
  });

  it('keeps law and venue apart when they are in different clauses', () => {
    const facts = factsOf(
      clause('1', 'Governing Law', 'This Agreement is governed by the laws of England and Wales.'),
      clause('2', 'Jurisdiction', 'The courts of Dublin shall have exclusive jurisdiction to settle any dispute.'),
    );
    expect(facts['governing_law.jurisdiction']?.value).toBe('England and Wales');
    expect(facts['venue.jurisdiction']?.value).toBe('Ireland');
  });
});

describe('a response-time table inside a clause headed "Response Times"', () => {
  it('reads the rows as response times (the rows do not say "response")', () => {
    const facts = factsOf(clause('7', 'Initial Response Times', 'Provider meets these targets for support tickets:\nPriority: P1 | Target: 2 hours\nPriority: P3 | Target: 2 business days'));
    expect(facts['support.response_hours']?.value).toBe(2);
  });

  it('does not read rows of a table under another heading', () => {
    const facts = factsOf(clause('7', 'Maintenance Windows', 'Provider schedules support work as follows:\nPriority: P1 | Window: 2 hours'));
    expect(facts['support.response_hours'] ?? null).toBeNull();
  });
});
