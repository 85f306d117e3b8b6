import type { Props } from '../link/link.repository';
import { Basis, type Evidence } from './evidence.type';

export const KINDS = ['strategy', 'theme', 'recommendation', 'initiative', 'town', 'organisation', 'unit', 'committee', 'year', 'result', 'indicator'] as const;
export type Kind = (typeof KINDS)[number];

const KIND_OF_LABEL: Record<string, Kind> = {
  Strategy: 'strategy',
  Theme: 'theme',
  Recommendation: 'recommendation',
  Initiative: 'initiative',
  Town: 'town',
  Organisation: 'organisation',
  Unit: 'unit',
  Committee: 'committee',
  Year: 'year',
  Result: 'result',
  Indicator: 'indicator',
};

/** GraphQL type name of each kind (an organisation is exposed as `Partner`, with `isPartner`). */
export const TYPE_OF_KIND: Record<Kind, string> = {
  strategy: 'Strategy',
  theme: 'Theme',
  recommendation: 'Recommendation',
  initiative: 'Initiative',
  town: 'Town',
  organisation: 'Partner',
  unit: 'Unit',
  committee: 'Committee',
  year: 'Year',
  result: 'Result',
  indicator: 'Indicator',
};

export const LABEL_OF_KIND = Object.fromEntries(Object.entries(KIND_OF_LABEL).map(([label, kind]) => [kind, label])) as Record<Kind, string>;

/** A graph node as the GraphQL types read it: `id` is the global key, `slug` the dataset id. */
export interface EntityObject {
  id: string;
  slug: string;
  label: string;
  kind: Kind;
  isPartner: boolean;
  [field: string]: unknown;
}

export function kindOf(labels: string[]): Kind {
  for (const label of labels) {
    const kind = KIND_OF_LABEL[label];
    if (kind) return kind;
  }
  throw new Error(`Node with labels ${labels.join(':')} has no known kind`);
}

export function toEntity(props: Props, labels: string[]): EntityObject {
  return {
    ...props,
    id: String(props.key),
    slug: String(props.id),
    label: String(props.title ?? props.name ?? props.text ?? props.key),
    kind: kindOf(labels),
    isPartner: labels.includes('Partner'),
  };
}

export function toEvidence(rel: Props): Evidence {
  return {
    page: Number(rel.page),
    quote: String(rel.quote),
    basis: rel.basis === 'INFERRED' ? Basis.INFERRED : Basis.STATED,
    rationale: (rel.rationale as string | null) ?? null,
  };
}

/** Accepts a global id ("town:grindsted") or, where the kind is known, a bare slug ("grindsted"). */
export function globalKey(id: string, kind?: Kind): string {
  return id.includes(':') || !kind ? id : `${kind}:${id}`;
}
