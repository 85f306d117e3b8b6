// Every text a person reads in the explorer, in Danish (the default: the users are Billund
// Kommune's staff) and English (the toggle, kept in the URL as lang=en). Relationship types and
// enum values from the API are translated here too, so no raw code (SUPPORTS, IN_TOWN) is shown.
import type { Kind } from './model';

export type Lang = 'da' | 'en';

let current: Lang = 'da';

export function setLang(lang: Lang): void {
  current = lang;
}

export function lang(): Lang {
  return current;
}

/** "12 initiativer"-style counts and every other number, in the language's own format (1.234,5). */
export function num(value: number): string {
  return new Intl.NumberFormat(current === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

/** A date (ISO yyyy-mm-dd or a Date) as "2. december 2026" / "2 December 2026". */
export function date(value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(current === 'da' ? 'da-DK' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

export function pick<T>(da: T, en: T): T {
  return current === 'da' ? da : en;
}

const KIND_NAMES: Record<Kind, { da: [string, string]; en: [string, string] }> = {
  Strategy: { da: ['strategi', 'strategier'], en: ['strategy', 'strategies'] },
  Theme: { da: ['tema', 'temaer'], en: ['theme', 'themes'] },
  Recommendation: { da: ['anbefaling', 'anbefalinger'], en: ['recommendation', 'recommendations'] },
  Initiative: { da: ['initiativ', 'initiativer'], en: ['initiative', 'initiatives'] },
  Result: { da: ['resultat', 'resultater'], en: ['result', 'results'] },
  Indicator: { da: ['indikator', 'indikatorer'], en: ['indicator', 'indicators'] },
  Town: { da: ['by', 'byer'], en: ['town', 'towns'] },
  Partner: { da: ['organisation', 'organisationer'], en: ['organisation', 'organisations'] },
  Unit: { da: ['kommunal enhed', 'kommunale enheder'], en: ['municipal unit', 'municipal units'] },
  Committee: { da: ['udvalg', 'udvalg'], en: ['committee', 'committees'] },
  Year: { da: ['år', 'år'], en: ['year', 'years'] },
};

export function kindName(kind: Kind, plural = false): string {
  return KIND_NAMES[kind][current][plural ? 1 : 0];
}

/** "1 initiativ", "12 initiativer". */
export function countOf(kind: Kind, count: number): string {
  return `${num(count)} ${kindName(kind, count !== 1)}`;
}

// The stored relationship types, read from the link's start: "initiativ → i byen → Grindsted".
const LINK_NAMES: Record<string, { da: string; en: string }> = {
  HAS_THEME: { da: 'har temaet', en: 'has the theme' },
  BUILDS_ON: { da: 'bygger på', en: 'builds on' },
  SUPPORTS: { da: 'understøtter', en: 'supports' },
  IN_TOWN: { da: 'i byen', en: 'in the town' },
  WITH_PARTNER: { da: 'samarbejdspartner', en: 'partner' },
  MENTIONS: { da: 'nævner', en: 'mentions' },
  RUN_BY: { da: 'drives af', en: 'run by' },
  DECIDED_BY: { da: 'besluttet af', en: 'decided by' },
  INVOLVES: { da: 'involverer', en: 'involves' },
  IN_YEAR: { da: 'i året', en: 'in the year' },
  ACHIEVED: { da: 'opnåede', en: 'achieved' },
  RELATED_TO: { da: 'relateret til', en: 'related to' },
  LOCATED_IN: { da: 'ligger i', en: 'located in' },
  PART_OF: { da: 'er del af', en: 'part of' },
};

export const LINK_TYPES = Object.keys(LINK_NAMES);

/** A relationship type in words; an unknown one (a newer API) is made readable rather than shown raw. */
export function linkName(type: string): string {
  return LINK_NAMES[type]?.[current] ?? type.toLowerCase().replace(/_/g, ' ');
}

const ENUM_NAMES: Record<string, { da: string; en: string }> = {
  DONE: { da: 'gennemført', en: 'done' },
  ONGOING: { da: 'i gang', en: 'ongoing' },
  PLANNED: { da: 'planlagt', en: 'planned' },
  STOPPED: { da: 'stoppet', en: 'stopped' },
  ASSOCIATION: { da: 'forening', en: 'association' },
  COMPANY: { da: 'virksomhed', en: 'company' },
  EDUCATION: { da: 'uddannelse', en: 'education' },
  FOUNDATION: { da: 'fond', en: 'foundation' },
  HEALTH: { da: 'sundhed', en: 'health' },
  MUNICIPALITY: { da: 'kommune', en: 'municipality' },
  OTHER: { da: 'andet', en: 'other' },
  REGION: { da: 'region', en: 'region' },
  STATE_AGENCY: { da: 'statslig myndighed', en: 'state agency' },
};

/** An API enum value (status, partner type) in words. */
export function enumName(value: string): string {
  return ENUM_NAMES[value]?.[current] ?? value.toLowerCase().replace(/_/g, ' ');
}

/**
 * The page's fixed texts, keyed as index.html's data-t attributes name them. A function value takes
 * parameters. Danish first; the English entry of each key says the same.
 */
const TEXTS = {
  title: { da: 'Grafudforsker – Fremtidens Legeplads', en: 'Graph explorer – Fremtidens Legeplads' },
  heading: { da: 'grafudforsker', en: 'graph explorer' },
  skip: { da: 'Spring til listen over knuder og forbindelser', en: 'Skip to the list of nodes and links' },
  search: { da: 'Søg', en: 'Search' },
  searchPlaceholder: { da: 'Navn eller fritekst, fx Grindsted', en: 'Name or full text, e.g. Grindsted' },
  searchHelp: {
    da: 'Resultaterne vises under feltet. »Tilføj« lægger et fund til grafen, »Ny visning« starter forfra med det.',
    en: 'Results appear below the field. “Add” puts a hit into the graph, “New view” starts again from it.',
  },
  searchResults: { da: 'Søgeresultater', en: 'Search results' },
  viewNav: { da: 'Visning', en: 'View' },
  undo: { da: 'Fortryd', en: 'Undo' },
  undoTitle: { da: 'Fortryd (Ctrl+Z)', en: 'Undo (Ctrl+Z)' },
  fit: { da: 'Tilpas', en: 'Fit' },
  fitTitle: { da: 'Tilpas grafen til vinduet (F)', en: 'Fit the graph to the window (F)' },
  relayout: { da: 'Ny placering', en: 'Re-layout' },
  relayoutTitle: { da: 'Placér alle knuder igen', en: 'Lay out all nodes again' },
  layout: { da: 'Layout', en: 'Layout' },
  layoutForce: { da: 'Kræfter', en: 'Force' },
  layoutTopdown: { da: 'Kæde (strategi → resultat)', en: 'Chain (strategy → result)' },
  exportPng: { da: 'Gem PNG', en: 'Export PNG' },
  exportCsv: { da: 'Gem CSV', en: 'Export CSV' },
  exportGraphml: { da: 'Gem GraphML', en: 'Export GraphML' },
  exportGexf: { da: 'Gem GEXF', en: 'Export GEXF' },
  copyLink: { da: 'Kopiér link', en: 'Copy link' },
  clear: { da: 'Ryd', en: 'Clear' },
  otherLang: { da: 'English', en: 'Dansk' },
  otherLangTitle: { da: 'Switch the explorer to English', en: 'Skift udforskeren til dansk' },
  dismiss: { da: 'Luk beskeden', en: 'Dismiss the message' },
  controls: { da: 'Filtre og færdige visninger', en: 'Filters and ready views' },
  kindsLegend: { da: 'Typer (signatur og filter)', en: 'Types (legend and filter)' },
  theme: { da: 'Tema', en: 'Theme' },
  allThemes: { da: 'Alle temaer', en: 'All themes' },
  town: { da: 'By', en: 'Town' },
  allTowns: { da: 'Alle byer', en: 'All towns' },
  committee: { da: 'Udvalg', en: 'Committee' },
  allCommittees: { da: 'Alle udvalg', en: 'All committees' },
  yearReset: { da: 'Alle år', en: 'All years' },
  years: { da: 'År', en: 'Years' },
  from: { da: 'Fra', en: 'From' },
  to: { da: 'Til', en: 'To' },
  yearsHint: { da: 'Toner initiativer, år og resultater uden for årene ned; de uden år bliver stående.', en: 'Fades initiatives, years and results outside; those with no year stay.' },
  readyViews: { da: 'Færdige visninger', en: 'Ready views' },
  partnersLabel: { da: 'Organisationer i mindst', en: 'Partners in at least' },
  partnersUnit: { da: 'initiativer', en: 'initiatives' },
  showPartners: { da: 'Vis organisationer', en: 'Show partners' },
  coverage: { da: 'Dækning: tema × by', en: 'Theme × town coverage' },
  traceLabel: { da: 'Fra strategi til resultat for', en: 'Strategy to result for' },
  showChain: { da: 'Vis kæden', en: 'Show chain' },
  keyboard: { da: 'Tastatur', en: 'Keyboard' },
  keyArrows: { da: 'Tab til grafen, derefter ← →', en: 'Tab to the graph, then ← →' },
  keyArrowsDo: { da: 'forrige / næste knude', en: 'previous / next node' },
  keyEnter: { da: 'Enter eller dobbeltklik', en: 'Enter or double-click' },
  keyEnterDo: { da: 'fold knuden ud', en: 'expand the node' },
  keyC: { da: 'C / Delete', en: 'C / Delete' },
  keyCDo: { da: 'fold sammen / fjern', en: 'collapse / remove it' },
  keyUndoDo: { da: 'fortryd', en: 'undo' },
  keyFit: { da: 'F, + / −', en: 'F, + / −' },
  keyFitDo: { da: 'tilpas, zoom', en: 'fit, zoom' },
  keyEscDo: { da: 'fjern markeringen', en: 'clear the selection' },
  graphArea: { da: 'Graf', en: 'Graph' },
  graphLabel: {
    da: 'Grafens lærred. Piletasterne flytter mellem knuderne, Enter folder den valgte knude ud; de samme knuder og forbindelser står i listen efter sidens hovedområde.',
    en: 'Graph canvas. Arrow keys move between nodes, Enter expands the selected node; the same nodes and links are listed after the page’s main area.',
  },
  coverageHint: { da: 'Initiativer pr. tema og by; vælg en celle for at åbne dens initiativer i grafen.', en: 'Initiatives per theme and town; choose a cell to open its initiatives in the graph.' },
  timeline: { da: 'Tidslinje', en: 'Timeline' },
  timelineClose: { da: 'Luk tidslinjen', en: 'Close the timeline' },
  timelineHint: {
    da: 'Initiativernes daterede begivenheder og resultater, år for år; vælg et mærke for at åbne det i grafen.',
    en: 'The initiatives’ dated events and results, year by year; choose a mark to open it in the graph.',
  },
  coverageClose: { da: 'Luk dækningsvisningen', en: 'Close the coverage view' },
  details: { da: 'Detaljer', en: 'Details' },
  listTitle: { da: 'Listevisning', en: 'List view' },
  listHint: { da: 'Grafens knuder og forbindelser som tabeller (skjulte typer er udeladt).', en: 'The nodes and links of the graph as tables (hidden types are left out).' },
  showControls: { da: 'Filtre', en: 'Filters' },
  showDetails: { da: 'Detaljer', en: 'Details' },
  introTitle: { da: 'Hvad er det her?', en: 'What is this?' },
  intro: {
    da: 'En graf over Billund Kommunes rapport »Fra vision til virkelighed – 100 eksempler på realiseringen af Fremtidens Legeplads«: 100 initiativer fra 2022–2025, deres temaer, byer, samarbejdspartnere, udvalg og resultater – hver forbindelse med side og citat fra rapporten.',
    en: 'A graph of Billund Kommune’s report “Fra vision til virkelighed – 100 eksempler på realiseringen af Fremtidens Legeplads”: 100 initiatives from 2022–2025, their themes, towns, partners, committees and results – every link with page and quote from the report.',
  },
  startThemes: { da: 'Begynd med et tema (kæden fra strategi til resultat):', en: 'Start from a theme (the chain from strategy to result):' },
  startTowns: { da: '… eller en by:', en: '… or a town:' },
  startSearch: { da: '… eller søg efter et sted, en organisation eller et initiativ.', en: '… or search for a place, partner or initiative.' },
} satisfies Record<string, { da: string; en: string }>;

export type TextKey = keyof typeof TEXTS;

export function t(key: TextKey): string {
  return TEXTS[key][current];
}

/** Stated or inferred, in words. */
export function basisName(basis: 'STATED' | 'INFERRED'): string {
  return basis === 'STATED' ? pick('står i rapporten', 'stated in the report') : pick('udledt af os', 'inferred by us');
}
