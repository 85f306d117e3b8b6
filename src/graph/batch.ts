/**
 * The DataLoader batch contract in one place: one result per key, in the keys' order,
 * `fallback` (null or an empty list) where the database had nothing for a key.
 */
export function orderByKeys<K, V, F>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, fallback: F): (V | F)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => (byKey.has(key) ? (byKey.get(key) as V) : fallback));
}

/** Like orderByKeys, for one-to-many: every row whose key matches goes into that key's list. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const byKey = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
