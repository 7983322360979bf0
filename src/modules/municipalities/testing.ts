/** Helpers for tests of this and other modules: a municipality's profile as the page reads it. */
import type { Database } from "../../db/client.ts";
import { loadProfile } from "./queries/profile.ts";

/** The profile of a municipality by its AGS; fails the test when there is none. */
export async function profileOf(database: Database, ags: string) {
  const profile = await loadProfile(database, ags);
  if (!profile) throw new Error(`Keine Kommune mit AGS ${ags}`);
  return profile;
}

/** For the benchmarks: the peers of a municipality as computed (not kept), and the tables to generate data in. */
export { findPeers } from "./queries/peers.ts";
export * as municipalityTables from "./tables.ts";
