// Every word the view "Fra strategi til resultat" shows, in one object, so that the explorer's
// language toggle can take them over as they are. Danish: the users are the municipality's staff
// and evaluators reading a Danish report.
import type { ChainGap, ResultKind, ResultLevel, SupportSource } from './results-chain';

export const RESULTS_TEXT = {
  viewTitle: 'Fra strategi til resultat',
  openButton: 'Vis som oversigt',
  graphButton: 'Vis som graf',
  exportCsv: 'Eksportér CSV',
  exportCsvTitle: 'De viste rækker som CSV til Excel',
  print: 'Udskriv',
  printTitle: 'Udskriv på A4',
  close: 'Tilbage til grafen',
  themeLabel: 'Tema',
  loading: 'Henter resultatkæden …',
  loadFailed: 'Resultatkæden kunne ikke hentes',
  retry: 'Prøv igen',
  filtersTitle: 'Filtre',
  levelLegend: 'Niveau',
  supportLabel: 'Støtte mindst',
  supportAny: 'Alle grader',
  basisLabel: 'Grundlag',
  basisAny: 'Alle',
  basisStated: 'Kun kæder, rapporten angiver',
  basisInferred: 'Kæder med et udledt led',
  gapLabel: 'Mangler',
  gapAny: 'Alle',
  resetFilters: 'Nulstil filtre',
  legendTitle: 'Sådan læses oversigten',
  legendInferred: 'Stiplet ramme og “udledt”: vores læsning, ikke rapportens ord. Fuld ramme og “angivet”: rapporten siger det.',
  legendBasis: 'Grundlag gælder kædens led (strategi → tema → initiativ → resultat); niveau, art og støtte er vores klassifikation og har hver sit grundlag under belægget.',
  legendEvidence: 'Vælg et resultat (klik, Enter eller mellemrum) for at se side, citat og grundlag.',
  columnLevel: 'Niveau',
  columnResult: 'Resultat',
  columnFigure: 'Tal',
  columnSupport: 'Støtte',
  columnGaps: 'Mangler',
  noMatches: 'Ingen initiativer eller resultater passer til filtrene.',
  themeLink: 'Temakobling',
  stated: 'angivet',
  inferred: 'udledt',
  statedLong: 'angivet i rapporten',
  inferredLong: 'udledt af os',
  page: 's.',
  pageLong: 'Side',
  why: 'Begrundelse',
  resultQuote: 'Resultatet',
  levelEvidence: 'Niveau',
  kindEvidence: 'Art',
  supportEvidence: 'Støtte',
  periodEvidence: 'Periode',
  baselineEvidence: 'Udgangspunkt',
  targetEvidence: 'Mål',
  indicator: 'Indikator',
  weakestLink: 'Svageste led',
  iatiType: 'IATI-resultattype',
  unclassified: 'uklassificeret',
  noSupport: 'ikke vurderet',
  noFigure: 'intet tal',
  supportGrade: 'Støtte',
  by: 'ved',
  baselineShort: 'udgangspunkt',
  targetShort: 'mål',
  summary: (initiatives: number, results: number) =>
    `${initiatives} ${initiatives === 1 ? 'initiativ' : 'initiativer'} og ${results} ${results === 1 ? 'resultat' : 'resultater'}`,
  showing: (initiatives: number, results: number, allInitiatives: number, allResults: number) =>
    `Viser ${initiatives} af ${allInitiatives} initiativer og ${results} af ${allResults} resultater.`,
  noChain: (theme: string) => `${theme}: ingen resultatkæde`,
  unknownTheme: (id: string) => `Der er intet tema “${id}”; det første tema vises.`,
  linkProblems: (problems: string[]) => `Dele af linket kunne ikke bruges: ${problems.join('; ')}.`,
  badLevel: (value: string) => `ukendt niveau “${value}”`,
  badSupport: (value: string) => `støtte skal være et tal fra 0 til 4, ikke “${value}”`,
  badBasis: (value: string) => `grundlag skal være angivet eller udledt, ikke “${value}”`,
  badGap: (value: string) => `ukendt mangel “${value}”`,
  unknownPart: (key: string) => `ukendt del “${key}”`,
  csvFile: (themeSlug: string) => `fra-strategi-til-resultat-${themeSlug}.csv`,
} as const;

/** Socialstyrelsen's forandringsteori, from what was done to a lasting change. */
export const LEVEL_TEXT: Record<ResultLevel, { name: string; meaning: string }> = {
  AKTIVITET: { name: 'Aktivitet', meaning: 'det, der blev gjort' },
  LEVERANCE: { name: 'Leverance', meaning: 'hvor meget der blev leveret' },
  RESULTAT: { name: 'Resultat', meaning: 'en ændring for de berørte' },
  VIRKNING: { name: 'Virkning', meaning: 'en varig ændring i kommunen' },
};

export const KIND_TEXT: Record<ResultKind, string> = {
  MEASURED: 'målt tal',
  ACHIEVEMENT: 'opnået, uden tal',
  TARGET: 'mål eller plan',
  EXPECTED: 'forventet effekt',
};

/** The support scale (0–4) in the words of the legend; a grade's meaning, not its source. */
export const SUPPORT_GRADE_TEXT: Record<number, string> = {
  0: 'kun påstand',
  1: 'kommunens eget tal',
  2: 'før/efter-tal',
  3: 'navngiven evaluering eller ekstern måling',
  4: 'sammenligningsgruppe',
};

export const SUPPORT_SOURCE_TEXT: Record<SupportSource, string> = {
  ASSERTION: 'påstand uden tal eller kilde',
  OWN_FIGURE: 'kommunens egen optælling',
  BEFORE_AFTER: 'tal før og efter',
  NAMED_EVALUATION: 'navngiven evaluering',
  OUTSIDE_MEASUREMENT: 'ekstern måling',
  COMPARISON_GROUP: 'sammenligning med en gruppe uden indsatsen',
};

export const GAP_TEXT: Record<ChainGap, { name: string; meaning: string }> = {
  NO_RESULT: { name: 'Intet resultat', meaning: 'rapporten nævner intet resultat af initiativet' },
  NO_FIGURE: { name: 'Intet tal', meaning: 'resultatet står uden tal' },
  ASSERTION_ONLY: { name: 'Kun påstand', meaning: 'intet ud over udsagnet bakker det op (støtte 0)' },
  INFERRED_THEME_LINK: { name: 'Udledt temakobling', meaning: 'koblingen til temaet er vores læsning, ikke rapportens ord' },
};

/** The CSV's header row, in the order of `outlineCsv`'s columns. */
export const CSV_HEADER = [
  'Tema',
  'Nr.',
  'Initiativ',
  'Temakobling',
  'Temakobling side',
  'Temakobling citat',
  'Temakobling begrundelse',
  'Resultat',
  'Niveau',
  'Niveau grundlag',
  'IATI-type',
  'Art',
  'Tal',
  'Enhed',
  'År',
  'Periode',
  'Indikator',
  'Udgangspunkt',
  'Mål',
  'Støttegrad',
  'Støttens betydning',
  'Støttekilde',
  'Støtte ved',
  'Støtte grundlag',
  'Mangler',
  'Svageste led grundlag',
  'Svageste led støtte',
  'Side',
  'Citat',
  'Initiativ-id',
  'Resultat-id',
] as const;
