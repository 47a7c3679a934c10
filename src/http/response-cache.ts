import { LRUCache } from 'lru-cache';

/** An answer as sent, and the cost its operation was charged, which a repeat is charged too. */
export interface CachedAnswer {
  body: Buffer;
  cost: number;
}

/** Where an answer in the making will be kept, if it turns out storable. */
export interface CacheSlot {
  key: string;
  version: number;
  /**
   * Set by the response-cache plugin once the answer may be kept: the cost its operation was
   * charged. The HTTP layer then keeps the bytes it sends (see graphql-route.ts).
   */
  storableAtCost?: number;
}

/**
 * Whole answers of queries, kept in memory as the bytes sent and keyed by the graph version with
 * the operation, its variables and the caller's role. Answers of older versions are dropped as
 * soon as a newer version is seen; `lru-cache` bounds the memory, each entry weighing its length.
 */
export class ResponseCache {
  private readonly answers: LRUCache<string, CachedAnswer>;
  private version: number | undefined;

  constructor(maxBytes: number) {
    this.answers = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (answer, key) => answer.body.length + key.length,
    });
  }

  get(slot: CacheSlot): CachedAnswer | undefined {
    this.forget(slot.version);
    return this.answers.get(slot.key);
  }

  set(slot: CacheSlot, answer: CachedAnswer): void {
    this.forget(slot.version);
    if (slot.version === this.version) this.answers.set(slot.key, answer);
  }

  private forget(version: number): void {
    if (this.version !== undefined && version <= this.version) return;
    this.answers.clear();
    this.version = version;
  }
}
