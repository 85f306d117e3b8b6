import type { Kind } from '../../../vocabulary/node-kinds';
import type { ExportLink, ExportNode } from '../export-rows';
import { REPORT_TITLE, type ExportMeta, type ExportWriter } from './writer';

// JSON-LD 1.1: entities with schema.org types and properties; every link a statement (rdf:subject,
// rdf:predicate, rdf:object) that is a prov:Entity derived from a quotation of the report
// (prov:wasDerivedFrom → {prov:value: the verbatim quote, schema:pagination: the page, schema:isPartOf:
// the report}), with our own basis (STATED/INFERRED) and rationale. Node ids are URNs built from
// the global key, so that they are valid IRIs without a domain we do not own.

export const ID_PREFIX = 'urn:fremtidens-legeplads:';
export const VOCAB = `${ID_PREFIX}vocab#`;
export const REPORT_ID = `${ID_PREFIX}report:fra-vision-til-virkelighed`;

export const JSON_LD_CONTEXT = {
  '@vocab': 'https://schema.org/',
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  fl: VOCAB,
  'rdf:subject': { '@type': '@id' },
  'rdf:object': { '@type': '@id' },
  'rdf:predicate': { '@type': '@vocab' },
  'schema:isPartOf': { '@type': '@id' },
} as const;

/** The schema.org type of each kind (Project, Place, Organization, …); `fl:kind` keeps our own. */
export const SCHEMA_TYPE: Record<Kind, string> = {
  strategy: 'CreativeWork',
  theme: 'DefinedTerm',
  recommendation: 'CreativeWork',
  initiative: 'Project',
  town: 'Place',
  organisation: 'Organization',
  unit: 'GovernmentOrganization',
  committee: 'GovernmentOrganization',
  year: 'DefinedTerm',
  result: 'Observation',
  // what a series of results measures
  indicator: 'StatisticalVariable',
};

const iri = (key: string) => ID_PREFIX + encodeURI(key);

const present = (entries: [string, unknown][]) => Object.fromEntries(entries.filter(([, value]) => value !== null && value !== undefined));

function entity(node: ExportNode): Record<string, unknown> {
  return present([
    ['@id', iri(node.key)],
    ['@type', SCHEMA_TYPE[node.kind]],
    ['fl:kind', node.kind],
    ['identifier', node.key],
    ['name', node.label],
    ['alternateName', node.aliases?.split(' | ') ?? null],
    ['description', node.summary ?? node.description],
    ['position', node.number],
    ['pagination', node.page === null ? null : String(node.page)],
    ['temporalCoverage', node.year === null ? null : String(node.year)],
    ['value', node.value],
    ['unitText', node.unit],
    ['fl:status', node.status],
    ['fl:organisationType', node.organisationType],
    ['fl:organisationKind', node.organisationKind],
  ]);
}

function statement(link: ExportLink): Record<string, unknown> {
  return present([
    ['@id', iri(`link:${link.key}`)],
    ['@type', ['rdf:Statement', 'prov:Entity']],
    ['rdf:subject', iri(link.from)],
    ['rdf:predicate', `fl:${link.relationship}`],
    ['rdf:object', iri(link.to)],
    ['fl:basis', link.basis],
    ['fl:rationale', link.rationale],
    ['fl:event', link.event],
    [
      'prov:wasDerivedFrom',
      { '@type': ['prov:Entity', 'Quotation'], 'prov:value': link.quote, pagination: String(link.page), 'schema:isPartOf': REPORT_ID },
    ],
  ]);
}

export function jsonLdWriter(): ExportWriter {
  let first = true;
  const separator = () => {
    const text = first ? '\n' : ',\n';
    first = false;
    return text;
  };
  return {
    parts: { nodes: true, links: true },
    begin: (meta: ExportMeta) =>
      `{"@context": ${JSON.stringify(JSON_LD_CONTEXT)},\n"@id": ${JSON.stringify(`${ID_PREFIX}export`)}, "name": ${JSON.stringify(
        `${meta.title}: ${meta.selection}`,
      )}, "isBasedOn": ${JSON.stringify({ '@id': REPORT_ID, '@type': 'Report', name: REPORT_TITLE })},\n"@graph": [`,
    node: (node: ExportNode) => separator() + JSON.stringify(entity(node)),
    between: () => '',
    link: (link: ExportLink) => separator() + JSON.stringify(statement(link)),
    end: () => '\n]}\n',
  };
}
