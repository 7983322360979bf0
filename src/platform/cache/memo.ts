import { sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";

/**
 * A computed value and, optionally, the moment (ms since 1970) from which it may be wrong without
 * any write (a scheduled publication); `keep: false` hands it to those waiting for it without
 * giving it a place (a page past the end of a list).
 */
export interface Computed<V> {
  value: V;
  until?: number;
  keep?: boolean;
}

interface Entry<V> {
  generation: number;
  until: number;
  value: V;
}

interface Computation<V> {
  generation: number;
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
 * Values are kept per database (tests open many), at most `size` of them, the least recently used
 * out first; requests that miss at the same time share one computation.
 */
export class GenerationMemo<K, V> {
  readonly #stores = new WeakMap<Database, { kept: Map<K, Entry<V>>; running: Map<K, Computation<V>> }>();

  constructor(
    readonly name: string,
    readonly options: { ttlMs: number; size: number },
  ) {}

  async get(database: Database, key: K, compute: () => Promise<Computed<V>>): Promise<V> {
    const generation = await currentGeneration(database, this.name);
    const { kept, running } = this.#store(database);
    const known = kept.get(key);
    if (known) {
      kept.delete(key);
      // A hit goes to the back of the line, so pages read often outlast one-off visits (crawlers).
      if (known.generation === generation && known.until > Date.now()) {
        kept.set(key, known);
        return known.value;
      }
    }
    const shared = running.get(key);
    if (shared && shared.generation === generation) return shared.value;
    const started = Date.now();
    const computation: Computation<V> = {
      generation,
      value: compute().then(
        (computed) => {
          if (running.get(key) !== computation) return computed.value;
          running.delete(key);
          const until = Math.min(started + this.options.ttlMs, computed.until ?? Number.POSITIVE_INFINITY);
          if (computed.keep !== false) this.#keep(kept, key, { generation, until, value: computed.value });
          return computed.value;
        },
        (error: unknown) => {
          if (running.get(key) === computation) running.delete(key);
          throw error;
        },
      ),
    };
    running.set(key, computation);
    return computation.value;
  }

  #keep(kept: Map<K, Entry<V>>, key: K, entry: Entry<V>): void {
    kept.delete(key);
    if (kept.size >= this.options.size) kept.delete(kept.keys().next().value as K);
    kept.set(key, entry);
  }

  #store(database: Database) {
    let store = this.#stores.get(database);
    if (!store) this.#stores.set(database, (store = { kept: new Map(), running: new Map() }));
    return store;
  }
}
