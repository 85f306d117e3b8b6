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
  results?: ({ text: string; value?: number; unit?: string; year?: number } & Evidence)[];
  related?: RefLink[];
}

export interface NamedEntry {
  id: string;
  name: string;
  aliases?: string[];
}

export interface OrganisationEntry extends NamedEntry {
  type: OrganisationType;
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
  units: Located<NamedEntry>[];
  committees: Located<NamedEntry>[];
  initiatives: Located<InitiativeEntry>[];
}
