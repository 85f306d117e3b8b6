import neo4j from 'neo4j-driver';

/**
 * Converts driver values into plain JSON-friendly values, so that driver types stop at db/.
 * Integers inside the safe range become numbers; larger ones become strings rather than losing digits.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings and numbers are most of every row: return them before probing for driver types.
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNode(value)) return { labels: value.labels, ...plainObject(value.properties) };
  if (isRelationship(value)) return { type: value.type, ...plainObject(value.properties) };
  if (isTemporal(value)) return value.toString();
  if (typeof value === 'object') return Object.getPrototypeOf(value) === Object.prototype ? convertInPlace(value) : plainObject(value);
  return value;
}

function plainObject(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(object)) out[key] = toPlain(inner);
  return out;
}

// A record's toObject() and every Cypher map in it are new objects made for this answer, which no
// one else holds: their values are converted where they stand instead of copying every row once
// more. A node's or relationship's properties are still copied (they stay the driver's).
function convertInPlace(object: Record<string, unknown>): Record<string, unknown> {
  for (const key in object) {
    const inner = object[key];
    if (typeof inner !== 'string' && typeof inner !== 'number' && typeof inner !== 'boolean') object[key] = toPlain(inner);
  }
  return object;
}

function isNode(value: unknown): value is { labels: string[]; properties: Record<string, unknown> } {
  return neo4j.isNode(value);
}

function isRelationship(value: unknown): value is { type: string; properties: Record<string, unknown> } {
  return neo4j.isRelationship(value);
}

function isTemporal(value: unknown): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isDuration(value)
  );
}

/**
 * JavaScript numbers reach Cypher as floats, so `LIMIT $n` fails and counts are stored as 2023.0.
 * Whole numbers are sent as Neo4j integers instead; other values pass unchanged.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toCypherParams(inner);
    return out;
  }
  return value;
}
