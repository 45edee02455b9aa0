/**
 * The organisations the system starts with: KSL and the 26 municipalities of
 * Stockholm county, and the recipient groups found in the source documents.
 * Registry addresses other than KSL's (registrator@ksl.se, from the seeds) are
 * placeholders under example.se, to be replaced by each organisation's own.
 */
export type OrganisationKind = 'region' | 'municipality' | 'committee' | 'agency' | 'other';

export interface SeedOrganisation {
  slug: string;
  name: string;
  kind: OrganisationKind;
  registryPrefix: string;
  registryEmail: string;
  /** The organisation's case-number format (see registry-number.ts); `<prefix>/{yy}/{nnnn}` when absent. */
  caseNumberFormat?: string;
}

/** Municipalities known to number their cases KS<yy>/<n> (Ekerö's KS13/250). */
const KS_SERIES = new Set(['ekero', 'stockholm', 'tyreso']);

const MUNICIPALITIES: Array<[slug: string, name: string, prefix: string]> = [
  ['botkyrka', 'Botkyrka kommun', 'BOT'],
  ['danderyd', 'Danderyds kommun', 'DAN'],
  ['ekero', 'Ekerö kommun', 'KS'],
  ['haninge', 'Haninge kommun', 'HAN'],
  ['huddinge', 'Huddinge kommun', 'HUD'],
  ['jarfalla', 'Järfälla kommun', 'JAR'],
  ['lidingo', 'Lidingö stad', 'LID'],
  ['nacka', 'Nacka kommun', 'NAC'],
  ['norrtalje', 'Norrtälje kommun', 'NOR'],
  ['nykvarn', 'Nykvarns kommun', 'NYK'],
  ['nynashamn', 'Nynäshamns kommun', 'NYN'],
  ['salem', 'Salems kommun', 'SAL'],
  ['sigtuna', 'Sigtuna kommun', 'SIG'],
  ['sollentuna', 'Sollentuna kommun', 'SOL'],
  ['solna', 'Solna stad', 'SOLNA'],
  ['stockholm', 'Stockholms stad', 'KS'],
  ['sundbyberg', 'Sundbybergs stad', 'SUN'],
  ['sodertalje', 'Södertälje kommun', 'SÖD'],
  ['tyreso', 'Tyresö kommun', 'KS'],
  ['taby', 'Täby kommun', 'TÄB'],
  ['upplands-vasby', 'Upplands Väsby kommun', 'UVK'],
  ['upplands-bro', 'Upplands-Bro kommun', 'UBK'],
  ['vallentuna', 'Vallentuna kommun', 'VAL'],
  ['vaxholm', 'Vaxholms stad', 'VAX'],
  ['varmdo', 'Värmdö kommun', 'VÄR'],
  ['osteraker', 'Österåkers kommun', 'ÖST'],
];

export const KSL: SeedOrganisation = {
  slug: 'ksl',
  name: 'Kommunförbundet Stockholms län',
  kind: 'region',
  registryPrefix: 'KSL',
  registryEmail: 'registrator@ksl.se',
  caseNumberFormat: 'KSL/{yy}/{nnnn}',
};

export const STOCKHOLM_COUNTY_MUNICIPALITIES: SeedOrganisation[] = MUNICIPALITIES.map(([slug, name, prefix]) => ({
  slug,
  name,
  kind: 'municipality',
  registryPrefix: prefix,
  registryEmail: `registrator@${slug}.example.se`,
  ...(KS_SERIES.has(slug) ? { caseNumberFormat: 'KS{yy}/{n}' } : {}),
}));

export interface SeedGroup {
  slug: string;
  name: string;
  members: string[];
}

const SODERTORN = ['botkyrka', 'haninge', 'huddinge', 'nykvarn', 'nynashamn', 'salem', 'sodertalje', 'tyreso'];
const NORRORT = [
  'danderyd', 'ekero', 'jarfalla', 'lidingo', 'norrtalje', 'sigtuna', 'sollentuna', 'solna',
  'sundbyberg', 'taby', 'upplands-vasby', 'upplands-bro', 'vallentuna', 'vaxholm', 'osteraker',
];

export const SEED_GROUPS: SeedGroup[] = [
  { slug: 'alla-kommuner', name: 'Länets 26 kommuner', members: MUNICIPALITIES.map(([slug]) => slug) },
  { slug: 'sodertorn', name: 'Södertörn (8 kommuner)', members: SODERTORN },
  { slug: 'norrort', name: 'Koordination Norrort (15 kommuner)', members: NORRORT },
];
