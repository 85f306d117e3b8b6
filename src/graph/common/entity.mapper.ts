import { KIND_OF_LABEL, KINDS, LABEL_OF_KIND, TYPE_OF_KIND, type Kind } from '../../vocabulary/node-kinds';
import type { NodeProps, RelProps } from './rows';
import { Basis, type Evidence } from './evidence.type';

// The kinds and their labels and GraphQL types come from the one vocabulary (src/vocabulary/node-kinds.ts).
export { KINDS, LABEL_OF_KIND, TYPE_OF_KIND, type Kind };

// Any label a node may carry (Entity, Partner besides the kind's own) is looked up here.
const KIND_BY_LABEL: ReadonlyMap<string, Kind> = new Map(Object.entries(KIND_OF_LABEL));

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
    const kind = KIND_BY_LABEL.get(label);
    if (kind) return kind;
  }
  throw new Error(`Node with labels ${labels.join(':')} has no known kind`);
}

export function toEntity(props: NodeProps, labels: string[]): EntityObject {
  return {
    ...props,
    id: props.key,
    slug: props.id,
    label: String(props.title ?? props.name ?? props.text ?? props.key),
    kind: kindOf(labels),
    isPartner: labels.includes('Partner'),
  };
}

export function toEvidence(rel: RelProps): Evidence {
  return { page: rel.page, quote: rel.quote, basis: Basis[rel.basis], rationale: rel.rationale };
}

/** Accepts a global id ("town:grindsted") or, where the kind is known, a bare slug ("grindsted"). */
export function globalKey(id: string, kind?: Kind): string {
  return id.includes(':') || !kind ? id : `${kind}:${id}`;
}
