import { decodeRow, int, list, nullable, number, object, oneOf, string } from '../../db/row-decoder';
import { KIND_OF_LABEL, NODE_LABELS, type Kind } from '../../vocabulary/node-kinds';
import { RELATIONSHIP_TYPES } from '../../vocabulary/relationship-types';

// The rows of cypher/export/nodes and cypher/export/links, decoded one at a time as they stream
// in, and the flat node and link every writer writes.

const nodeRowReader = object({
  key: string,
  label: oneOf(NODE_LABELS),
  name: nullable(string),
  number: nullable(int),
  page: nullable(int),
  year: nullable(int),
  value: nullable(number),
  summary: nullable(string),
  description: nullable(string),
  status: nullable(string),
  type: nullable(string),
  bodyKind: nullable(string),
  unit: nullable(string),
  aliases: nullable(list(string)),
});

const linkRowReader = object({
  key: string,
  type: oneOf(RELATIONSHIP_TYPES),
  from: string,
  to: string,
  page: int,
  quote: string,
  basis: oneOf(['STATED', 'INFERRED'] as const),
  rationale: nullable(string),
  event: nullable(string),
});

/** A node as every format writes it: its global key (the GraphQL id, and the node id of every format), its kind and the attributes of NODE_ATTRIBUTES. */
export interface ExportNode {
  key: string;
  kind: Kind;
  label: string;
  number: number | null;
  page: number | null;
  year: number | null;
  value: number | null;
  summary: string | null;
  description: string | null;
  status: string | null;
  organisationType: string | null;
  /** What an organisation is: body, venue, event, group, programme. */
  organisationKind: string | null;
  unit: string | null;
  aliases: string | null;
}

/** A link with its evidence: page, verbatim quote, basis (and the rationale of an inferred link). */
export type ExportLink = Omit<ReturnType<typeof linkRowReader>, 'type'> & { relationship: ReturnType<typeof linkRowReader>['type'] };

/** Row `index` of cypher/export/nodes as a node; a row of the wrong shape throws RowShapeError. */
export function toExportNode(row: unknown, index: number): ExportNode {
  const { label, name, type, bodyKind, aliases, ...rest } = decodeRow('export/nodes', row, nodeRowReader, index);
  return {
    ...rest,
    kind: KIND_OF_LABEL[label],
    label: name ?? rest.key,
    organisationType: type,
    organisationKind: bodyKind,
    // One text value, so that every format can type it as a string (GraphML has no list type).
    aliases: aliases && aliases.length > 0 ? aliases.join(' | ') : null,
  };
}

/** Row `index` of cypher/export/links as a link with its evidence. */
export function toExportLink(row: unknown, index: number): ExportLink {
  const { type, ...rest } = decodeRow('export/links', row, linkRowReader, index);
  return { relationship: type, ...rest };
}

export type AttributeType = 'string' | 'int' | 'double';

/** The node attributes every format declares before the first node (GraphML keys, GEXF attributes, CSV columns). */
export const NODE_ATTRIBUTES = [
  { name: 'kind', type: 'string' },
  { name: 'label', type: 'string' },
  { name: 'number', type: 'int' },
  { name: 'page', type: 'int' },
  { name: 'year', type: 'int' },
  { name: 'value', type: 'double' },
  { name: 'summary', type: 'string' },
  { name: 'description', type: 'string' },
  { name: 'status', type: 'string' },
  { name: 'organisationType', type: 'string' },
  { name: 'organisationKind', type: 'string' },
  { name: 'unit', type: 'string' },
  { name: 'aliases', type: 'string' },
] as const satisfies readonly { name: keyof ExportNode; type: AttributeType }[];

/** The link attributes: the relationship type and the evidence. */
export const LINK_ATTRIBUTES = [
  { name: 'relationship', type: 'string' },
  { name: 'page', type: 'int' },
  { name: 'basis', type: 'string' },
  { name: 'quote', type: 'string' },
  { name: 'rationale', type: 'string' },
  { name: 'event', type: 'string' },
] as const satisfies readonly { name: keyof ExportLink; type: AttributeType }[];
