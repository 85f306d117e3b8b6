// The curated dataset as it is written in seed/ (see seed/README.md for the format).

export type Basis = 'stated' | 'inferred';
export type Status = 'done' | 'ongoing' | 'planned' | 'stopped';
export type OrganisationType =
  | 'state_agency'
  | 'region'
  | 'municipality'
  | 'company'
  | 'foundation'
  | 'association'
  | 'education'
  | 'health'
  | 'other';

/** Where a link comes from: a verbatim quote of the source, and its page when not the example's. */
export interface Evidence {
  quote: string;
  page?: number;
  basis?: Basis;
  rationale?: string;
}

export interface RefLink extends Evidence {
  id: string;
}

export interface InitiativeEntry {
  id: string;
  number: number;
  title: string;
  page: number;
  summary: string;
  status?: { value: Status } & Evidence;
  themes?: (RefLink & { basis: Basis })[];
  towns?: RefLink[];
  partners?: RefLink[];
  mentions?: RefLink[];
  units?: RefLink[];
  committees?: (RefLink & { role: 'decided_by' | 'involves' })[];
  years?: ({ year: number; event: string } & Evidence)[];
  results?: ResultEntry[];
  related?: RefLink[];
  uncaptured_figures?: UncapturedFigure[];
}

/** The results chain of Socialstyrelsen's forandringsteori, from what was done to a lasting change. */
export const RESULT_LEVELS = ['aktivitet', 'leverance', 'resultat', 'virkning'] as const;
export type ResultLevel = (typeof RESULT_LEVELS)[number];
export const RESULT_KINDS = ['measured', 'achievement', 'target', 'expected'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];
export const SUPPORT_SOURCES = ['assertion', 'own_figure', 'before_after', 'named_evaluation', 'outside_measurement', 'comparison_group'] as const;
export type SupportSource = (typeof SUPPORT_SOURCES)[number];

/** The grade each source of support earns (docs/results-chain.md explains the scale). */
export const SUPPORT_GRADE: Record<SupportSource, number> = {
  assertion: 0,
  own_figure: 1,
  before_after: 2,
  named_evaluation: 3,
  outside_measurement: 3,
  comparison_group: 4,
};

/** A classification with its own evidence: stated in words, or inferred with a rationale. */
export interface Classified extends Evidence {
  basis: Basis;
}

export interface FigureEntry {
  value: number;
  unit?: string;
  year?: number;
  quote: string;
  page?: number;
}

export interface ResultEntry extends Evidence {
  text: string;
  value?: number;
  unit?: string;
  year?: number;
  /** Required by the schema; optional here only while SEED_ALLOW_UNCLASSIFIED_RESULTS lets old entries through. */
  level?: Classified & { value: ResultLevel };
  kind?: Classified & { value: ResultKind };
  indicator?: Classified & { id: string; name: string };
  period?: { from: number; to: number; quote: string; page?: number };
  baseline?: FigureEntry;
  target?: FigureEntry;
  support?: Classified & { grade: number; source: SupportSource; by?: string };
}

export const FIGURE_REASONS = ['date', 'page', 'address', 'name', 'age', 'duration', 'money', 'context', 'count', 'phone', 'other'] as const;
export type FigureReason = (typeof FIGURE_REASONS)[number];

/** A number in the example's text that no result captures, with the reason it is not a result. */
export interface UncapturedFigure {
  figure: string;
  reason: FigureReason;
  quote: string;
  page?: number;
  note?: string;
}

export interface NamedEntry {
  id: string;
  name: string;
  aliases?: string[];
}

/**
 * What a named body is, beside its `type` (seed/README.md, "Organisation kinds"): a body proper
 * (company, association, authority, school) or something that is not one organisation.
 */
export const ORGANISATION_KINDS = ['body', 'venue', 'event', 'group', 'programme'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A link from an organisation or unit to another entry, with its own page (no example's page applies). */
export interface EntryLink extends Evidence {
  id: string;
  page: number;
  basis: Basis;
}

export interface UnitEntry extends NamedEntry {
  /** Towns the name or the text places the unit in. */
  located_in?: EntryLink[];
}

export interface OrganisationEntry extends UnitEntry {
  type: OrganisationType;
  kind: OrganisationKind;
  /** The parent body of a distinct part the report names on its own (DI Region Sydvestjylland → Dansk Industri). */
  part_of?: EntryLink;
}

export interface TownEntry extends NamedEntry {
  quote?: string;
  profile?: { summary: string; quote: string; page: number };
}

export interface StrategyFile {
  strategy: { id: string; name: string; description: string; quote: string };
  themes: { id: string; name: string; description: string; quote: string }[];
  recommendations: {
    id: string;
    number: number;
    title: string;
    theme: string;
    summary: string;
    page: number;
    quote: string;
  }[];
}

/** Each entry remembers the file it came from, so that errors can name it. */
export interface Located<T> {
  file: string;
  entry: T;
}

export interface Dataset {
  strategy: Located<StrategyFile>;
  towns: Located<TownEntry>[];
  organisations: Located<OrganisationEntry>[];
  units: Located<UnitEntry>[];
  committees: Located<NamedEntry>[];
  initiatives: Located<InitiativeEntry>[];
}
