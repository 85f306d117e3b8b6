import type { Database } from '../../src/db/database';

export interface DumpedNode {
  elementId: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface DumpedRelationship {
  elementId: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface GraphDump {
  nodes: DumpedNode[];
  relationships: DumpedRelationship[];
}

/** Properties with their keys in order, so that two dumps compare equal whatever order Neo4j returns. */
function sortedProps(props: Record<string, unknown>, ignore: string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(props)
      .filter((k) => !ignore.includes(k))
      .sort()
      .map((k) => [k, props[k]]),
  );
}

/**
 * A node's identity in a dump: its dataset key, or label and id for nodes without one (the :Dataset
 * record), or label and dimension pair for a stored coverage matrix. The elementId is the last resort
 * only: it changes when a graph is deleted and loaded again, and so would the order.
 */
const nodeName = (v: string) =>
  `coalesce(${v}.key, head(labels(${v})) + ':' + coalesce(${v}.id, ${v}.rows + '×' + ${v}.columns, elementId(${v})))`;

/**
 * The whole graph, every node and relationship with labels, properties and elementIds, in a stable
 * order: two dumps are equal exactly when the graph did not change. `ignore` drops properties
 * that change on purpose (the :Dataset record's loadedAt).
 */
export async function dumpGraph(database: Database, ignore: string[] = []): Promise<GraphDump> {
  return database.write(async (tx) => {
    const nodeRows = await tx.runText(
      `MATCH (n) RETURN elementId(n) AS elementId, ${nodeName('n')} AS name, labels(n) AS labels, properties(n) AS props`,
    );
    const relRows = await tx.runText(
      `MATCH (a)-[r]->(b)
       RETURN elementId(r) AS elementId, type(r) AS type, ${nodeName('a')} AS from, ${nodeName('b')} AS to, properties(r) AS props`,
    );
    const nodes = nodeRows
      .map((row) => ({
        name: row.name as string,
        node: {
          elementId: row.elementId as string,
          labels: [...(row.labels as string[])].sort(),
          props: sortedProps(row.props as Record<string, unknown>, ignore),
        },
      }))
      .sort((a, b) => compare(a.name, b.name))
      .map((x) => x.node);
    const relationships = relRows
      .map((row) => ({
        elementId: row.elementId as string,
        type: row.type as string,
        from: row.from as string,
        to: row.to as string,
        props: sortedProps(row.props as Record<string, unknown>, ignore),
      }))
      .sort((a, b) => compare(`${a.type}|${a.from}|${a.to}|${String(a.props.key)}`, `${b.type}|${b.from}|${b.to}|${String(b.props.key)}`));
    return { nodes, relationships };
  });
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
