// One record per country or legal system outside the US states, Canadian provinces and Australian states: its names,
// the cities whose courts or arbitral seats name it, the words for data kept there, and its currency. A country is
// added here once; the law and venue reader (law.ts), the data-residency reader (data.ts) and the money reader
// (money.ts, facts.ts) all read this table.
import type { JurisdictionDef } from './jurisdiction.js';

export interface CountryRecord extends JurisdictionDef {
  /** Cities and counties whose courts or arbitral seats name this jurisdiction ("the courts of Nairobi"); global patterns. */
  courtPlaces?: readonly RegExp[];
  /** Residency code and the words for data kept there, matched on lower-cased text ("stored in Kenya": ke). */
  residency?: readonly [code: string, pattern: RegExp];
  /**
   * ISO 4217 code (read before or after an amount), the currency's words after an amount ("kenyan shillings"), and
   * for a dollar other than the US one, how a document names it ("Canadian dollars (CAD)").
   */
  currency?: { code: string; words?: readonly string[]; dollar?: RegExp };
}

export const COUNTRIES: readonly CountryRecord[] = [
  {
    name: 'United States', aliases: ['united states', 'united states of america', 'USA', 'u s a'],
    currency: { code: 'USD', words: ['dollars', 'dollar', 'us dollars', 'u s dollars', 'united states dollars', 'us dollar', 'united states dollar'] },
  },
  { name: 'District of Columbia', aliases: ['district of columbia', 'washington d c', 'washington dc'], parent: 'United States' },
  { name: 'Puerto Rico', aliases: ['puerto rico', 'commonwealth of puerto rico'], parent: 'United States' },
  {
    name: 'England and Wales', aliases: ['england and wales', 'england & wales', 'england', 'wales'], adjectives: ['english', 'welsh'], parent: 'United Kingdom',
    courtPlaces: [/\b(?:London|City of London)\b/g],
  },
  {
    name: 'Scotland', aliases: ['scotland'], adjectives: ['scottish', 'scots'], parent: 'United Kingdom',
    courtPlaces: [/\b(?:Edinburgh|Glasgow|Inverness|Aberdeen|Dundee|Oban|Stirling|Paisley)\b/g],
  },
  { name: 'Northern Ireland', aliases: ['northern ireland'], parent: 'United Kingdom' },
  {
    name: 'United Kingdom', aliases: ['united kingdom', 'united kingdom of great britain and northern ireland', 'great britain', 'UK', 'u k'], adjectives: ['british'],
    currency: { code: 'GBP', words: ['pounds sterling', 'pound sterling', 'british pounds', 'sterling'] },
  },
  {
    name: 'Ireland', aliases: ['ireland', 'republic of ireland', 'eire'], adjectives: ['irish'],
    courtPlaces: [/\b(?:Dublin)\b/g],
  },
  {
    name: 'Germany', aliases: ['germany', 'federal republic of germany'], adjectives: ['german'],
    courtPlaces: [/\b(?:Frankfurt|Munich|Berlin|Hamburg)\b/g],
  },
  {
    name: 'France', aliases: ['france', 'french republic', 'republic of france'], adjectives: ['french'],
    courtPlaces: [/\b(?:Paris|Bordeaux|Lyon|Marseille|Toulouse|Nantes|Lille|Montpellier|Strasbourg|Nice)\b/g],
  },
  {
    name: 'Netherlands', aliases: ['netherlands', 'kingdom of the netherlands', 'holland'], adjectives: ['dutch'],
    courtPlaces: [/\b(?:Amsterdam|The Hague|Rotterdam)\b/g],
  },
  {
    name: 'Switzerland', aliases: ['switzerland', 'swiss confederation'], adjectives: ['swiss'],
    courtPlaces: [/\b(?:Zurich|Zürich|Geneva)\b/g],
    residency: ['ch', /\bswitzerland\b|\bswiss(?= (?:data|servers?|hosting|cloud|regions?|territory))/i],
    currency: { code: 'CHF', words: ['swiss francs'] },
  },
  {
    name: 'Belgium', aliases: ['belgium', 'kingdom of belgium'], adjectives: ['belgian'],
    courtPlaces: [/\b(?:Brussels|Bruxelles|Antwerp)\b/g],
  },
  {
    name: 'Austria', aliases: ['austria', 'republic of austria'], adjectives: ['austrian'],
    courtPlaces: [/\b(?:Vienna|Wien)\b/g],
  },
  {
    name: 'Denmark', aliases: ['denmark', 'kingdom of denmark'], adjectives: ['danish'],
    courtPlaces: [/\b(?:Copenhagen|København|Aarhus)\b/g],
    currency: { code: 'DKK' },
  },
  {
    name: 'Norway', aliases: ['norway', 'kingdom of norway'], adjectives: ['norwegian'],
    courtPlaces: [
      /\b(?:Oslo)\b/g,
      /\b(?:Troms(?:ø|o)|Bergen|Trondheim|Stavanger)(?![A-Za-z])/g,
    ],
    residency: ['no', /\bnorway\b/i],
    currency: { code: 'NOK' },
  },
  {
    name: 'Sweden', aliases: ['sweden', 'kingdom of sweden'], adjectives: ['swedish'],
    courtPlaces: [/\b(?:Stockholm)\b/g],
    currency: { code: 'SEK' },
  },
  {
    name: 'Finland', aliases: ['finland', 'republic of finland'], adjectives: ['finnish'],
    courtPlaces: [
      /\b(?:Helsinki)\b/g,
      // Finnish district courts named after their region: "the South Savo District Court".
      /\b(?:South Savo|North Savo|Pirkanmaa|Uusimaa|Ostrobothnia|Lapland|Oulu|Turku|Tampere|Espoo|Vantaa|Mikkeli)(?= District Court\b)/g,
    ],
  },
  {
    name: 'Spain', aliases: ['spain', 'kingdom of spain'], adjectives: ['spanish'],
    courtPlaces: [/\b(?:Madrid|Barcelona|Valencia|Seville)\b/g],
  },
  {
    name: 'Portugal', aliases: ['portugal', 'portuguese republic'], adjectives: ['portuguese'],
    courtPlaces: [/\b(?:Lisbon|Lisboa)\b/g],
  },
  {
    name: 'Italy', aliases: ['italy', 'italian republic', 'republic of italy'], adjectives: ['italian'],
    courtPlaces: [/\b(?:Milan|Milano|Rome|Roma|Turin|Torino|Bologna|Florence|Firenze|Naples|Napoli|Genoa|Genova|Verona|Bolzano|Trento|Venice|Venezia|Trieste|Bergamo|Brescia|Padua|Padova)\b/g],
  },
  { name: 'Luxembourg', aliases: ['luxembourg', 'grand duchy of luxembourg'] },
  {
    name: 'Poland', aliases: ['poland', 'republic of poland'], adjectives: ['polish'],
    courtPlaces: [/\b(?:Warsaw|Warszawa|Krak[oó]w|Wroc[lł]aw|Gda[nń]sk|Pozna[nń])\b/g],
    currency: { code: 'PLN' },
  },
  {
    name: 'Czech Republic', aliases: ['czech republic', 'czechia'], adjectives: ['czech'],
    currency: { code: 'CZK' },
  },
  {
    name: 'Hungary', aliases: ['hungary'], adjectives: ['hungarian'],
    courtPlaces: [/\b(?:Budapest|Szeged|Debrecen|P[eé]cs|Gy[oő]r)(?![A-Za-z])/g],
    currency: { code: 'HUF' },
  },
  {
    name: 'Greece', aliases: ['greece', 'hellenic republic'], adjectives: ['greek'],
    courtPlaces: [/\b(?:Athens|Thessaloniki|Heraklion|Piraeus|Patras)\b/g],
  },
  {
    name: 'Cyprus', aliases: ['cyprus', 'republic of cyprus'], adjectives: ['cypriot'],
    courtPlaces: [/\b(?:Limassol|Nicosia|Larnaca)\b/g],
  },
  { name: 'Malta', aliases: ['malta'], adjectives: ['maltese'] },
  { name: 'Jersey', aliases: ['jersey', 'bailiwick of jersey'] },
  { name: 'Guernsey', aliases: ['guernsey', 'bailiwick of guernsey'] },
  { name: 'Isle of Man', aliases: ['isle of man'] },
  {
    name: 'Russia', aliases: ['russia', 'russian federation'], adjectives: ['russian'],
    currency: { code: 'RUB' },
  },
  {
    name: 'Kazakhstan', aliases: ['kazakhstan', 'republic of kazakhstan'], adjectives: ['kazakh', 'kazakhstani'],
    courtPlaces: [/\b(?:Astana|Almaty|Nur-Sultan)\b/g],
    residency: ['kz', /\bkazakhstan\b/i],
    currency: { code: 'KZT', words: ['tenge', 'kazakhstani tenge'] },
  },
  // A common-law financial centre with its own law and court inside Kazakhstan, like the ADGM in the UAE.
  { name: 'Astana International Financial Centre', aliases: ['astana international financial centre', 'astana international financial center', 'AIFC'], parent: 'Kazakhstan' },
  {
    name: 'Israel', aliases: ['israel', 'state of israel'], adjectives: ['israeli'],
    courtPlaces: [/\b(?:Tel Aviv|Tel Aviv-Jaffa|Jerusalem|Haifa)\b/g],
    residency: ['il', /\bisrael\b/i],
    currency: { code: 'ILS' },
  },
  {
    name: 'United Arab Emirates', aliases: ['united arab emirates', 'UAE', 'u a e'],
    courtPlaces: [/\b(?:Dubai|Abu Dhabi)\b(?! International Financial Centre| Global Market)/g],
    residency: ['ae', /\bunited arab emirates\b|\bUAE\b/],
    currency: { code: 'AED' },
  },
  // A common-law enclave with its own laws and courts inside the UAE.
  { name: 'Abu Dhabi Global Market', aliases: ['abu dhabi global market', 'ADGM'], parent: 'United Arab Emirates' },
  { name: 'Dubai International Financial Centre', aliases: ['dubai international financial centre', 'dubai international financial center', 'DIFC'], parent: 'United Arab Emirates' },
  {
    name: 'Canada', aliases: ['canada'], adjectives: ['canadian'],
    // "Australian data centres only": the adjective names the place too.
    residency: ['ca', /\bcanada\b|\bcanadian(?= (?:data|servers?|hosting|cloud|regions?|territory))/i],
    currency: { code: 'CAD', words: ['canadian dollars', 'canadian dollar'], dollar: /\bCAD\b|\bC\$|\bCanadian dollars?\b/ },
  },
  {
    name: 'Mexico', aliases: ['mexico', 'united mexican states'], adjectives: ['mexican'],
    residency: ['mx', /\bmexico\b/i],
    currency: { code: 'MXN' },
  },
  {
    name: 'Brazil', aliases: ['brazil', 'federative republic of brazil'], adjectives: ['brazilian'],
    courtPlaces: [/\b(?:S[aã]o Paulo|Rio de Janeiro|Bras[ií]lia|Campinas|Belo Horizonte|Curitiba|Porto Alegre)(?![A-Za-z])/g],
    residency: ['br', /\bbrazil\b/i],
    currency: { code: 'BRL' },
  },
  {
    name: 'Argentina', aliases: ['argentina', 'argentine republic'], adjectives: ['argentine', 'argentinian'],
    courtPlaces: [
      /\b(?:Buenos Aires)\b/g,
      /\b(?:Mendoza|C(?:o|ó)rdoba|Rosario)(?![A-Za-z])/g,
    ],
    currency: { code: 'ARS' },
  },
  {
    name: 'Chile', aliases: ['chile', 'republic of chile'], adjectives: ['chilean'],
    // Not Santiago de Compostela (Spain) nor Santiago de Cuba.
    courtPlaces: [/\bSantiago\b(?! de (?:Compostela|Cuba|los Caballeros|Quer[eé]taro))|\b(?:Valpara[ií]so|Puerto Montt|Concepci[oó]n)(?![A-Za-z])/g],
    currency: { code: 'CLP' },
  },
  {
    name: 'Colombia', aliases: ['colombia', 'republic of colombia'], adjectives: ['colombian'],
    courtPlaces: [/\bBogot(?:a\b|á(?![A-Za-z]))|\bMedell[ií]n\b/g],
    residency: ['co', /\bcolombia\b/i],
    currency: { code: 'COP', words: ['colombian pesos'] },
  },
  { name: 'Bermuda', aliases: ['bermuda'] },
  { name: 'Cayman Islands', aliases: ['cayman islands', 'cayman'] },
  { name: 'British Virgin Islands', aliases: ['british virgin islands', 'BVI', 'virgin islands british'] },
  {
    name: 'Singapore', aliases: ['singapore', 'republic of singapore'], adjectives: ['singaporean'],
    residency: ['sg', /\bsingapore\b/i],
    currency: { code: 'SGD', words: ['singapore dollars'], dollar: /\bSGD\b|\bS\$|\bSingapore dollars?\b/ },
  },
  {
    name: 'Hong Kong', aliases: ['hong kong', 'hong kong sar', 'hong kong special administrative region', 'HKSAR'],
    courtPlaces: [/\b(?:Hong Kong)\b/g],
    residency: ['hk', /\bhong kong\b/i],
    currency: { code: 'HKD', words: ['hong kong dollars'], dollar: /\bHKD\b|\bHK\$|\bHong Kong dollars?\b/ },
  },
  {
    name: 'China', aliases: ["people's republic of china", 'peoples republic of china', 'PRC', 'p r c', 'china', 'mainland china'], adjectives: ['chinese'],
    courtPlaces: [/\b(?:Shenzhen|Shanghai|Beijing|Guangzhou)\b/g],
    currency: { code: 'CNY', words: ['renminbi', 'yuan', 'chinese yuan'] },
  },
  {
    name: 'Taiwan', aliases: ['taiwan', 'republic of china', 'taiwan roc'], adjectives: ['taiwanese'],
    courtPlaces: [/\b(?:Taipei)\b/g],
    currency: { code: 'TWD' },
  },
  {
    name: 'Japan', aliases: ['japan'], adjectives: ['japanese'],
    courtPlaces: [/\b(?:Tokyo|Osaka|Sapporo|Nagoya|Fukuoka|Yokohama|Kyoto|Kobe|Sendai)\b/g],
    residency: ['jp', /\bjapan\b/i],
    currency: { code: 'JPY', words: ['yen', 'japanese yen'] },
  },
  {
    name: 'South Korea', aliases: ['south korea', 'korea', 'republic of korea'], adjectives: ['korean'],
    courtPlaces: [/\b(?:Seoul)\b/g],
    residency: ['kr', /\b(?:south korea|republic of korea)\b/i],
    currency: { code: 'KRW' },
  },
  { name: 'North Korea', aliases: ['north korea', "democratic people's republic of korea"] },
  {
    name: 'India', aliases: ['india', 'republic of india'], adjectives: ['indian'],
    courtPlaces: [/\b(?:New Delhi|Delhi|Mumbai|Bombay|Bengaluru|Bangalore|Chennai|Hyderabad|Kolkata|Pune|Chandigarh|Ludhiana|Jaipur|Ahmedabad|Lucknow|Gurugram|Gurgaon|Noida)\b/g],
    residency: ['in', /\bindia\b/i],
    currency: { code: 'INR', words: ['rupees', 'indian rupees'] },
  },
  {
    name: 'Malaysia', aliases: ['malaysia'], adjectives: ['malaysian'],
    courtPlaces: [/\b(?:Kuala Lumpur|Kota Kinabalu|Kuching|Penang|George Town|Johor Bahru|Shah Alam)\b/g],
    residency: ['my', /\bmalaysia\b/i],
    currency: { code: 'MYR', words: ['ringgit', 'malaysian ringgit'] },
  },
  {
    name: 'Thailand', aliases: ['thailand', 'kingdom of thailand'], adjectives: ['thai'],
    courtPlaces: [/\b(?:Bangkok|Chiang Mai|Phuket)\b/g],
    currency: { code: 'THB' },
  },
  {
    name: 'Vietnam', aliases: ['vietnam', 'viet nam'], adjectives: ['vietnamese'],
    courtPlaces: [/\b(?:Hanoi|Ha Noi|Ho Chi Minh City)\b/g],
    residency: ['vn', /\b(?:vietnam|viet nam)\b/i],
    currency: { code: 'VND' },
  },
  {
    name: 'Indonesia', aliases: ['indonesia', 'republic of indonesia'], adjectives: ['indonesian'],
    courtPlaces: [/\b(?:Jakarta|Denpasar|Surabaya|Bandung|Medan)\b/g],
    residency: ['id', /\bindonesia\b/i],
    currency: { code: 'IDR' },
  },
  {
    name: 'Philippines', aliases: ['philippines', 'republic of the philippines'], adjectives: ['philippine'],
    courtPlaces: [/\b(?:Makati(?: City)?|Manila|Quezon City|Pasig|Taguig|Cebu City|Davao City)\b/g],
    currency: { code: 'PHP' },
  },
  {
    name: 'Australia', aliases: ['australia', 'commonwealth of australia'], adjectives: ['australian'],
    residency: ['au', /\baustralia\b|\baustralian(?= (?:data|servers?|hosting|cloud|regions?|territory))/i],
    currency: { code: 'AUD', words: ['australian dollars'], dollar: /\bAUD\b|\bA\$|\bAustralian dollars?\b/ },
  },
  // Victoria is also a first name: read alone only by normaliseJurisdiction, in text only with "Australia" or "State of".
  {
    name: 'Victoria', aliases: ['victoria australia', 'state of victoria'], parent: 'Australia',
    courtPlaces: [
      /\b(?:Melbourne)\b/g,
      // "Victoria" alone is also a first name: a place only right after "laws of/in (force in)" or "courts of".
      /(?<=\b(?:laws?|courts?)(?: (?:in force|applicable|from time to time in force))? (?:of|in) (?:the State of )?)Victoria\b/g,
    ],
  },
  {
    name: 'New Zealand', aliases: ['new zealand'],
    residency: ['nz', /\bnew zealand\b/i],
    currency: { code: 'NZD', words: ['new zealand dollars'], dollar: /\bNZD\b|\bNZ\$|\bNew Zealand dollars?\b/ },
  },
  {
    name: 'South Africa', aliases: ['south africa', 'republic of south africa'], adjectives: ['south african'],
    residency: ['za', /\bsouth africa\b/i],
    currency: { code: 'ZAR', words: ['rand', 'south african rand'] },
  },
  {
    name: 'Kenya', aliases: ['kenya', 'republic of kenya'], adjectives: ['kenyan'],
    courtPlaces: [/\b(?:Nairobi|Mombasa)\b/g],
    residency: ['ke', /\bkenya\b/i],
    currency: { code: 'KES', words: ['kenya shillings', 'kenyan shillings'] },
  },
  {
    name: 'Croatia', aliases: ['croatia', 'republic of croatia'], adjectives: ['croatian'],
    courtPlaces: [
      // "Split" is also an English word: a place only next to its courts.
      /\bZagreb\b|(?<=\b[Cc]ourts? (?:in|of|at) )Split\b|\bSplit(?= (?:Municipal|Commercial|County) Court)/g,
    ],
  },
  {
    name: 'Iceland', aliases: ['iceland'], adjectives: ['icelandic'],
    courtPlaces: [/\b(?:Reykjav[ií]k)\b/g],
    residency: ['is', /\biceland\b/i],
    currency: { code: 'ISK', words: ['icelandic kronur', 'icelandic krona'] },
  },
  {
    name: 'Ghana', aliases: ['ghana', 'republic of ghana'], adjectives: ['ghanaian'],
    courtPlaces: [/\b(?:Accra|Kumasi)\b/g],
    residency: ['gh', /\bghana\b/i],
    currency: { code: 'GHS', words: ['ghana cedis', 'cedis'] },
  },
  {
    name: 'Romania', aliases: ['romania'], adjectives: ['romanian'],
    courtPlaces: [/\b(?:Bucharest|Bucure[sș]ti|Cluj-Napoca)\b/g],
    currency: { code: 'RON', words: ['romanian lei', 'lei'] },
  },
  {
    name: 'Estonia', aliases: ['estonia', 'republic of estonia'], adjectives: ['estonian'],
    courtPlaces: [/\b(?:Tallinn|Tartu)\b/g],
  },
  {
    name: 'Latvia', aliases: ['latvia', 'republic of latvia'], adjectives: ['latvian'],
    courtPlaces: [/\b(?:Riga)\b/g],
  },
  {
    name: 'Lithuania', aliases: ['lithuania', 'republic of lithuania'], adjectives: ['lithuanian'],
    courtPlaces: [
      /\b(?:Vilnius)\b/g,
      /\bKlaip(?:e|ė)da(?![A-Za-z])/g,
    ],
  },
  {
    name: 'Slovakia', aliases: ['slovakia', 'slovak republic'], adjectives: ['slovak'],
    courtPlaces: [/\b(?:Bratislava)\b/g],
  },
  {
    name: 'Slovenia', aliases: ['slovenia', 'republic of slovenia'], adjectives: ['slovenian'],
    courtPlaces: [/\b(?:Ljubljana)\b/g],
  },
  {
    name: 'Bulgaria', aliases: ['bulgaria', 'republic of bulgaria'], adjectives: ['bulgarian'],
    courtPlaces: [/\b(?:Sofia)\b/g],
    currency: { code: 'BGN' },
  },
  {
    name: 'Serbia', aliases: ['serbia', 'republic of serbia'], adjectives: ['serbian'],
    courtPlaces: [/\b(?:Belgrade)\b/g],
    currency: { code: 'RSD' },
  },
  {
    name: 'Ukraine', aliases: ['ukraine'], adjectives: ['ukrainian'],
    courtPlaces: [/\b(?:Kyiv|Kiev)\b/g],
    currency: { code: 'UAH' },
  },
  {
    name: 'Egypt', aliases: ['egypt', 'arab republic of egypt'], adjectives: ['egyptian'],
    courtPlaces: [/\b(?:Cairo)\b/g],
    residency: ['eg', /\begypt\b/i],
    currency: { code: 'EGP' },
  },
  {
    name: 'Morocco', aliases: ['morocco', 'kingdom of morocco'], adjectives: ['moroccan'],
    courtPlaces: [/\b(?:Casablanca|Rabat|Agadir|Marrakesh|Marrakech|Tangier|F(?:e|è)s)(?![A-Za-z])/g],
    residency: ['ma', /\bmorocco\b/i],
    currency: { code: 'MAD', words: ['moroccan dirhams'] },
  },
  {
    name: 'Saudi Arabia', aliases: ['saudi arabia', 'kingdom of saudi arabia'], adjectives: ['saudi'],
    courtPlaces: [/\b(?:Riyadh|Jeddah)\b/g],
    residency: ['sa', /\bsaudi arabia\b|\bkingdom of saudi arabia\b/i],
    currency: { code: 'SAR' },
  },
  {
    name: 'Qatar', aliases: ['qatar', 'state of qatar'], adjectives: ['qatari'],
    courtPlaces: [/\b(?:Doha)\b/g],
    currency: { code: 'QAR' },
  },
  {
    name: 'Kuwait', aliases: ['kuwait', 'state of kuwait'], adjectives: ['kuwaiti'],
    currency: { code: 'KWD' },
  },
  {
    name: 'Bahrain', aliases: ['bahrain', 'kingdom of bahrain'], adjectives: ['bahraini'],
    courtPlaces: [/\b(?:Manama)\b/g],
    currency: { code: 'BHD' },
  },
  {
    name: 'Oman', aliases: ['oman', 'sultanate of oman'], adjectives: ['omani'],
    courtPlaces: [/\b(?:Muscat)\b/g],
    residency: ['om', /\b(?:sultanate of )?oman\b/i],
    currency: { code: 'OMR' },
  },
  {
    name: 'Jordan', aliases: ['hashemite kingdom of jordan'], adjectives: ['jordanian'],
    courtPlaces: [/\b(?:Amman)\b/g],
    currency: { code: 'JOD' },
  },
  {
    name: 'Peru', aliases: ['peru', 'republic of peru'], adjectives: ['peruvian'],
    courtPlaces: [/\b(?:Lima)\b/g],
    currency: { code: 'PEN' },
  },
  {
    name: 'Uruguay', aliases: ['uruguay'], adjectives: ['uruguayan'],
    courtPlaces: [/\b(?:Montevideo)\b/g],
    currency: { code: 'UYU' },
  },
  {
    name: 'Ecuador', aliases: ['ecuador', 'republic of ecuador'], adjectives: ['ecuadorian'],
    courtPlaces: [/\b(?:Quito)\b/g],
  },
  { name: 'Costa Rica', aliases: ['costa rica'] },
  { name: 'Panama', aliases: ['panama', 'republic of panama'], adjectives: ['panamanian'] },
  {
    name: 'Bangladesh', aliases: ['bangladesh'], adjectives: ['bangladeshi'],
    courtPlaces: [/\b(?:Dhaka)\b/g],
    currency: { code: 'BDT' },
  },
  {
    name: 'Sri Lanka', aliases: ['sri lanka'], adjectives: ['sri lankan'],
    courtPlaces: [/\b(?:Colombo)\b/g],
    currency: { code: 'LKR' },
  },
  {
    name: 'Tanzania', aliases: ['tanzania', 'united republic of tanzania'], adjectives: ['tanzanian'],
    courtPlaces: [/\b(?:Dar es Salaam)\b/g],
    currency: { code: 'TZS' },
  },
  {
    name: 'Uganda', aliases: ['uganda', 'republic of uganda'], adjectives: ['ugandan'],
    courtPlaces: [/\b(?:Kampala)\b/g],
    currency: { code: 'UGX' },
  },
  {
    name: 'Rwanda', aliases: ['rwanda', 'republic of rwanda'], adjectives: ['rwandan'],
    courtPlaces: [/\b(?:Kigali)\b/g],
    residency: ['rw', /\brwanda\b/i],
    currency: { code: 'RWF' },
  },
  {
    name: 'Ethiopia', aliases: ['ethiopia'], adjectives: ['ethiopian'],
    courtPlaces: [/\b(?:Addis Ababa)\b/g],
    currency: { code: 'ETB' },
  },
  { name: 'Gibraltar', aliases: ['gibraltar'] },
  {
    name: 'Liechtenstein', aliases: ['liechtenstein', 'principality of liechtenstein'],
    courtPlaces: [/\b(?:Vaduz)\b/g],
    residency: ['li', /\bliechtenstein\b/i],
  },
  {
    name: 'Turkey', aliases: ['turkey', 'republic of turkey', 'türkiye', 'turkiye', 'republic of türkiye'], adjectives: ['turkish'],
    courtPlaces: [/\b(?:Istanbul|İstanbul|Ankara|Izmir|İzmir)\b/g],
    residency: ['tr', /\b(?:turkey|t[uü]rkiye)\b/i],
    currency: { code: 'TRY' },
  },
  {
    name: 'Mauritius', aliases: ['mauritius', 'republic of mauritius'], adjectives: ['mauritian'],
    courtPlaces: [/\b(?:Port Louis)\b/g],
    residency: ['mu', /\bmauritius\b/i],
    currency: { code: 'MUR', words: ['mauritian rupees'] },
  },
  {
    name: 'Nigeria', aliases: ['nigeria', 'federal republic of nigeria'], adjectives: ['nigerian'],
    courtPlaces: [/\b(?:Lagos|Abuja)\b/g],
    residency: ['ng', /\bnigeria\b/i],
    currency: { code: 'NGN', words: ['naira', 'nigerian naira'] },
  },
  {
    name: 'Montenegro', aliases: ['montenegro'], adjectives: ['montenegrin'],
    courtPlaces: [/\bPodgorica\b/g],
    residency: ['me', /\bmontenegro\b/i],
  },
  {
    name: 'Andorra', aliases: ['andorra', 'principality of andorra'], adjectives: ['andorran'],
    courtPlaces: [/\bAndorra la Vella\b/g],
    residency: ['ad', /\bandorra\b/i],
  },
  {
    name: 'Algeria', aliases: ['algeria', "people's democratic republic of algeria"], adjectives: ['algerian'],
    courtPlaces: [/\b(?:Algiers|Oran)\b/g],
    residency: ['dz', /\balgeria\b/i],
    currency: { code: 'DZD', words: ['algerian dinars'] },
  },
  {
    name: 'Cameroon', aliases: ['cameroon', 'republic of cameroon'], adjectives: ['cameroonian'],
    courtPlaces: [/\b(?:Douala|Yaound(?:e|é))(?![A-Za-z])/g],
  },
  {
    name: "Cote d'Ivoire", aliases: ["cote d'ivoire", "republic of cote d'ivoire", 'ivory coast'], adjectives: ['ivorian'],
    courtPlaces: [/\b(?:Abidjan|Yamoussoukro)\b/g],
    residency: ['ci', /\bc[oô]te d'ivoire\b|\bivory coast\b/i],
  },
  {
    name: 'Paraguay', aliases: ['paraguay', 'republic of paraguay'], adjectives: ['paraguayan'],
    courtPlaces: [/\bAsunci(?:o|ó)n(?![A-Za-z])/g],
    residency: ['py', /\bparaguay\b/i],
    currency: { code: 'PYG', words: ['guaranies'] },
  },
  {
    name: 'Mali', aliases: ['mali', 'republic of mali'], adjectives: ['malian'],
    courtPlaces: [/\bBamako\b/g],
  },
  {
    name: 'North Macedonia', aliases: ['north macedonia', 'republic of north macedonia', 'macedonia'], adjectives: ['macedonian'],
    courtPlaces: [/\bSkopje\b/g],
    residency: ['mk', /\bnorth macedonia\b/i],
    currency: { code: 'MKD', words: ['denars', 'macedonian denars'] },
  },
  {
    name: 'Bahamas', aliases: ['bahamas', 'the bahamas', 'commonwealth of the bahamas'], adjectives: ['bahamian'],
    courtPlaces: [/\bNassau\b/g],
    residency: ['bs', /\bbahamas\b/i],
    currency: { code: 'BSD', words: ['bahamian dollars'], dollar: /\bBSD\b|\bBahamian dollars?\b/ },
  },
  {
    name: 'Bolivia', aliases: ['bolivia', 'plurinational state of bolivia', 'republic of bolivia'], adjectives: ['bolivian'],
    courtPlaces: [/\b(?:La Paz|Santa Cruz de la Sierra|Sucre|Cochabamba)\b/g],
    residency: ['bo', /\bbolivia\b/i],
    currency: { code: 'BOB', words: ['bolivianos'] },
  },
  {
    name: 'Tunisia', aliases: ['tunisia', 'republic of tunisia'], adjectives: ['tunisian'],
    courtPlaces: [/\b(?:Tunis|Sfax|Sousse)\b/g],
    residency: ['tn', /\btunisia\b/i],
    currency: { code: 'TND', words: ['tunisian dinars'] },
  },
  {
    name: 'Mongolia', aliases: ['mongolia'], adjectives: ['mongolian'],
    courtPlaces: [/\b(?:Ulaanbaatar|Ulan Bator)\b/g],
    residency: ['mn', /\bmongolia\b/i],
    currency: { code: 'MNT', words: ['tugrik', 'tugriks', 'mongolian tugrik'] },
  },
  {
    name: 'Azerbaijan', aliases: ['azerbaijan', 'republic of azerbaijan'], adjectives: ['azerbaijani'],
    courtPlaces: [/\bBaku\b/g],
    residency: ['az', /\bazerbaijan\b/i],
    currency: { code: 'AZN', words: ['manats', 'azerbaijani manats'] },
  },
  {
    name: 'Zambia', aliases: ['zambia', 'republic of zambia'], adjectives: ['zambian'],
    courtPlaces: [/\b(?:Lusaka|Ndola|Kitwe)\b/g],
    residency: ['zm', /\bzambia\b/i],
    currency: { code: 'ZMW', words: ['kwacha', 'zambian kwacha'] },
  },
  {
    name: 'Cambodia', aliases: ['cambodia', 'kingdom of cambodia'], adjectives: ['cambodian'],
    courtPlaces: [/\bPhnom Penh\b/g],
    residency: ['kh', /\bcambodia\b/i],
    currency: { code: 'KHR', words: ['riels', 'cambodian riels'] },
  },
  {
    name: 'Botswana', aliases: ['botswana', 'republic of botswana'], adjectives: ['botswana'],
    courtPlaces: [/\b(?:Gaborone|Francistown)\b/g],
    residency: ['bw', /\bbotswana\b/i],
    currency: { code: 'BWP', words: ['pula', 'botswana pula'] },
  },
  {
    name: 'Brunei', aliases: ['brunei', 'brunei darussalam', 'nation of brunei'], adjectives: ['bruneian'],
    courtPlaces: [/\bBandar Seri Begawan\b/g],
    residency: ['bn', /\bbrunei\b/i],
    currency: { code: 'BND', words: ['brunei dollars'], dollar: /\bBND\b|\bB\$|\bBrunei dollars?\b/ },
  },
  {
    name: 'Trinidad and Tobago', aliases: ['trinidad and tobago', 'republic of trinidad and tobago', 'trinidad & tobago'],
    courtPlaces: [/\bPort of Spain\b/g],
    residency: ['tt', /\btrinidad and tobago\b/i],
    currency: { code: 'TTD', words: ['trinidad and tobago dollars'], dollar: /\bTTD\b|\bTT\$|\bTrinidad and Tobago dollars?\b/ },
  },
  {
    name: 'Jamaica', aliases: ['jamaica'], adjectives: ['jamaican'],
    courtPlaces: [/\bKingston(?=,? Jamaica\b)/g],
    residency: ['jm', /\bjamaica\b/i],
    currency: { code: 'JMD', words: ['jamaican dollars'], dollar: /\bJMD\b|\bJ\$|\bJamaican dollars?\b/ },
  },
  {
    name: 'Nepal', aliases: ['nepal', 'federal democratic republic of nepal'], adjectives: ['nepali', 'nepalese'],
    courtPlaces: [/\b(?:Kathmandu|Lalitpur|Pokhara)\b/g],
    residency: ['np', /\bnepal\b/i],
    currency: { code: 'NPR', words: ['nepalese rupees', 'nepali rupees'] },
  },
  {
    name: 'Fiji', aliases: ['fiji', 'republic of fiji'], adjectives: ['fijian'],
    courtPlaces: [/\b(?:Suva|Lautoka)\b/g],
    currency: { code: 'FJD', words: ['fiji dollars', 'fijian dollars'], dollar: /\bFJD\b|\bFJ\$|\bFiji(?:an)? dollars?\b/ },
  },
  {
    name: 'Maldives', aliases: ['maldives', 'republic of maldives', 'republic of the maldives'], adjectives: ['maldivian'],
    courtPlaces: [
      // "é" and "á" are no word characters to \b: the name's end is checked by hand. ("Male" alone is an English word.)
      /\bMalé(?![A-Za-z])|\bMale(?= City\b)/g,
    ],
    currency: { code: 'MVR', words: ['rufiyaa', 'maldivian rufiyaa'] },
  },
  {
    name: 'Senegal', aliases: ['senegal', 'republic of senegal'], adjectives: ['senegalese'],
    courtPlaces: [/\b(?:Dakar)\b/g],
    residency: ['sn', /\bsenegal\b/i],
  },
  {
    name: 'Pakistan', aliases: ['pakistan', 'islamic republic of pakistan'], adjectives: ['pakistani'],
    courtPlaces: [/\b(?:Karachi|Lahore|Islamabad)\b/g],
    residency: ['pk', /\bpakistan\b/i],
    currency: { code: 'PKR', words: ['pakistani rupees', 'pakistan rupees'] },
  },
];
