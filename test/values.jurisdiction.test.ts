import { describe, expect, it } from 'vitest';
import { findJurisdictions, normaliseJurisdiction } from '../src/extract/values/index.js';

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
  'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
  'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
  'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];

describe('every US state', () => {
  it.each(US_STATES)('%s', (state) => {
    expect(normaliseJurisdiction(state.toLowerCase())).toBe(state);
    expect(normaliseJurisdiction(`State of ${state}`)).toBe(state);
    const found = findJurisdictions(`governed by the laws of the State of ${state}, without regard to conflicts`);
    expect(found.map((j) => j.value)).toEqual([state]);
    expect(found[0].text).toBe(`State of ${state}`);
  });
});

// [input, canonical]
const NORMALISE: Array<[string, string | null]> = [
  ['new york', 'New York'],
  ['State of Delaware', 'Delaware'],
  ['Commonwealth of Massachusetts', 'Massachusetts'],
  ['england', 'England and Wales'],
  ['England and Wales', 'England and Wales'],
  ['the laws of England', 'England and Wales'],
  ['English law', 'England and Wales'],
  ['England; Wales', 'England and Wales'],
  ['England and Wales, UK', 'England and Wales'],
  ['Scotland', 'Scotland'],
  ['Northern Ireland', 'Northern Ireland'],
  ['Republic of Ireland', 'Ireland'],
  ['Federal Republic of Germany', 'Germany'],
  ['German law', 'Germany'],
  ['the Netherlands', 'Netherlands'],
  ['Ontario, Canada', 'Ontario'],
  ['Province of British Columbia', 'British Columbia'],
  ['Québec', 'Quebec'],
  ["People's Republic of China", 'China'],
  ['PRC', 'China'],
  ['Republic of Korea', 'South Korea'],
  ['Korea', 'South Korea'],
  ['Victoria, Australia', 'Victoria'],
  ['Victoria', 'Victoria'],
  // Not read in running text (a first name), but a policy or term sheet may name it.
  ['Jordan', 'Jordan'],
  ['New South Wales', 'New South Wales'],
  ['Washington, D.C.', 'District of Columbia'],
  ['Washington', 'Washington'],
  ['District of Columbia', 'District of Columbia'],
  ['Californian law', 'California'],
  ['NY', 'New York'],
  ['United States of America', 'United States'],
  ['Cayman Islands', 'Cayman Islands'],
  ['Hong Kong', 'Hong Kong'],
  ['Republic of South Africa', 'South Africa'],
  ['Republic of Kazakhstan', 'Kazakhstan'],
  ['xyz', null],
  ['', null],
  ['Illinois; New York', null],
  ['Beijing', null],
];

describe('normaliseJurisdiction', () => {
  it.each(NORMALISE)('%j -> %j', (input, expected) => {
    expect(normaliseJurisdiction(input)).toBe(expected);
  });
});

// [text, values found in order]
const FIND: Array<[string, string[]]> = [
  ['This Agreement is governed by the laws of the State of New York.', ['New York']],
  ['the Commonwealth of Massachusetts', ['Massachusetts']],
  ['laws of the State of Delaware', ['Delaware']],
  ['New York law governs', ['New York']],
  ['Californian law applies', ['California']],
  ['the laws of England and Wales', ['England and Wales']],
  ['governed by English law', ['England and Wales']],
  ['the laws of England', ['England and Wales']],
  ['Scots law', ['Scotland']],
  ['the courts of Northern Ireland', ['Northern Ireland']],
  ['the Republic of Ireland', ['Ireland']],
  ['the laws of Ireland', ['Ireland']],
  ['the Federal Republic of Germany', ['Germany']],
  ['German law', ['Germany']],
  ['the laws of France', ['France']],
  ['the laws of the Netherlands', ['Netherlands']],
  ['Swiss law', ['Switzerland']],
  ['the laws of the Province of Ontario and the federal laws of Canada applicable therein', ['Ontario', 'Canada']],
  ['Province of British Columbia', ['British Columbia']],
  ['the laws of Quebec', ['Quebec']],
  ['the Republic of Singapore', ['Singapore']],
  ['the Hong Kong Special Administrative Region', ['Hong Kong']],
  ['the laws of Japan', ['Japan']],
  ['the laws of India', ['India']],
  ['the laws of New South Wales, Australia', ['New South Wales', 'Australia']],
  ['Victoria (Australia)', ['Victoria']],
  ['the State of Israel', ['Israel']],
  ['Sweden', ['Sweden']],
  ['Spain', ['Spain']],
  ['Italy', ['Italy']],
  ['Grand Duchy of Luxembourg', ['Luxembourg']],
  ['the Cayman Islands', ['Cayman Islands']],
  ["the People's Republic of China", ['China']],
  ['the laws of the PRC', ['China']],
  ['Taiwan', ['Taiwan']],
  ['the Republic of Korea', ['South Korea']],
  ['Brazil', ['Brazil']],
  ['Mexico', ['Mexico']],
  ['New Mexico', ['New Mexico']],
  ['the federal laws of the United States', ['United States']],
  ['Washington, D.C.', ['District of Columbia']],
  ['the State of Washington', ['Washington']],
  ['New York, New York', ['New York', 'New York']],
  ['Atlanta, Georgia', ['Georgia']],
  ['West Virginia', ['West Virginia']],
  ['Arkansas and Kansas', ['Arkansas', 'Kansas']],
  ['New Jersey', ['New Jersey']],
  ['Indiana', ['Indiana']],
];

describe('findJurisdictions reads', () => {
  it.each(FIND)('%s', (text, values) => {
    expect(findJurisdictions(text).map((j) => j.value)).toEqual(values);
  });
});

const NOT_JURISDICTIONS = [
  'Victoria Smith, Chief Executive Officer',
  'Jordan Lee, Head of Sales',
  'payable in United States dollars',
  'the english language',
  'a china cabinet',
  'the state of the art',
  'English translation of the Agreement',
  'the laws of xyz',
  '106 Washington Avenue, Athens',
];

describe('findJurisdictions ignores', () => {
  it.each(NOT_JURISDICTIONS)('%s', (text) => {
    expect(findJurisdictions(text)).toEqual([]);
  });
});

it('findJurisdictions gives exact positions', () => {
  const text = 'governed by the laws of the State of New York and, where applicable, Victoria (Australia).';
  const found = findJurisdictions(text);
  expect(found.map((j) => j.text)).toEqual(['State of New York', 'Victoria (Australia)']);
  for (const j of found) expect(text.slice(j.index, j.index + j.length)).toBe(j.text);
});
