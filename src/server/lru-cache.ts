/**
 * A map that forgets its least recently used entries beyond a budget: a number of entries by
 * default, or bytes (or any other size) when a size function is given. Map keeps insertion order,
 * so re-inserting on every read makes the first key the least recently used one.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; size: number }>();
  private used = 0;

  constructor(
    private readonly budget: number,
    private readonly sizeOf: (key: K, value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores the value unless it alone exceeds the budget; older entries make room. */
  set(key: K, value: V): boolean {
    const size = this.sizeOf(key, value);
    this.delete(key);
    if (size > this.budget) return false;
    this.entries.set(key, { value, size });
    this.used += size;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.budget) break;
      this.entries.delete(oldest);
      this.used -= entry.size;
    }
    return true;
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.size;
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }

  get count(): number {
    return this.entries.size;
  }

  /** The sum of the sizes held, at most the budget. */
  get usedSize(): number {
    return this.used;
  }
}
