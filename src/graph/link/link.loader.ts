import DataLoader from 'dataloader';
import type { RelationshipType } from '../../vocabulary/relationship-types';
import { groupByKeys, orderByKeys } from '../batch';
import type { Direction, LinkRepository, LinkRow, NodeRow } from './link.repository';

/**
 * Per-request loaders for links, one DataLoader per (type, direction): a request that lists N
 * initiatives with their partners runs one partner query, not N.
 */
export function linkLoaders(repository: LinkRepository) {
  const loaders = new Map<string, DataLoader<string, LinkRow[]>>();
  return (type: RelationshipType, direction: Direction): DataLoader<string, LinkRow[]> => {
    const name = `${direction}:${type}`;
    let loader = loaders.get(name);
    if (!loader) {
      loader = new DataLoader(async (keys) => groupByKeys(keys, await repository.links(type, direction, keys), (row) => row.source));
      loaders.set(name, loader);
    }
    return loader;
  };
}

/** Any node by global key, batched. */
export function nodeLoader(repository: LinkRepository) {
  return new DataLoader<string, NodeRow | null>(async (keys) =>
    orderByKeys(keys, await repository.nodes(keys), (row) => row.target.key, null),
  );
}
