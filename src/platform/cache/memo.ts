import { sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";

/** A computed value and, optionally, the moment (ms since 1970) from which it may be wrong without any write (a scheduled publication). */
export interface Computed<V> {
  value: V;
  until?: number;
}

interface Entry<V> {
  generation: number;
  until: number;
  value: Promise<V>;
}

/** The current generation of `name`; 0 before the first write. */
export async function currentGeneration(database: Database, name: string): Promise<number> {
  const [row] = await database.rows<{ generation: string }>("k360_cache_generation", sql`select generation from cache_generations where name = ${name}`);
  return Number(row?.generation ?? 0);
}

/**
 * Values computed from the database and kept in this process until the data behind them changes.
 * Every use reads the generation `name` from the database, which triggers move on with each write
 * to the tables behind the values, so a change made through any process shows at once. `ttlMs`
 * bounds what no trigger sees (facts owned by other modules, slowly drifting statistics).
 * Values are kept per database (tests open many), at most `size` of them, oldest out first;
 * requests that miss at the same time share one computation.
 */
export class GenerationMemo<K, V> {
  readonly #stores = new WeakMap<Database, Map<K, Entry<V>>>();

  constructor(
    readonly name: string,
    readonly options: { ttlMs: number; size: number },
  ) {}

  async get(database: Database, key: K, compute: () => Promise<Computed<V>>): Promise<V> {
    const generation = await currentGeneration(database, this.name);
    const store = this.#store(database);
    const known = store.get(key);
    if (known && known.generation === generation && known.until > Date.now()) return known.value;
    const entry: Entry<V> = { generation, until: Date.now() + this.options.ttlMs, value: Promise.resolve(undefined as V) };
    entry.value = compute().then(
      (computed) => {
        entry.until = Math.min(entry.until, computed.until ?? Number.POSITIVE_INFINITY);
        return computed.value;
      },
      (error: unknown) => {
        if (store.get(key) === entry) store.delete(key);
        throw error;
      },
    );
    store.delete(key);
    if (store.size >= this.options.size) store.delete(store.keys().next().value as K);
    store.set(key, entry);
    return entry.value;
  }

  #store(database: Database): Map<K, Entry<V>> {
    let store = this.#stores.get(database);
    if (!store) this.#stores.set(database, (store = new Map()));
    return store;
  }
}
