// Every place that stores an e-mail address (every column named like one, in any module's table)
// is found by the privacy export and cleared by the erasure, through the privacy page. A new table
// with an e-mail column fails here until its module declares it as personal data.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { startTestApp, type TestApp } from "./testing.ts";

const person = "frida.gast@traeger.example";
/** Accounts are removed by the administration on their own (see the privacy page); sessions and links go with them. */
const notErasedHere = new Set(["users"]);

interface Place {
  table: string;
  column: string;
}

let site: TestApp;
let admin: string;
let places: Place[];

async function rows<T>(statement: string): Promise<T[]> {
  const result = await site.database.db.execute(sql.raw(statement));
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

const quoted = (value: string | null) => (value === null ? "null" : `'${value.replaceAll("'", "''")}'`);

/**
 * Puts the address into one row of the place: an existing row where the demo has one, else a new
 * row with only the address. Returns what puts the row back as it was.
 */
async function storeAt(place: Place): Promise<() => Promise<unknown>> {
  const [row] = await rows<{ id: string; value: string | null }>(`select ctid::text as id, ${place.column} as value from ${place.table} limit 1`);
  if (!row) {
    await rows(`insert into ${place.table} (${place.column}) values ('${person}')`);
    return () => rows(`delete from ${place.table} where ${place.column} = '${person}'`);
  }
  await rows(`update ${place.table} set ${place.column} = '${person}' where ctid = '${row.id}'`);
  return () => rows(`update ${place.table} set ${place.column} = ${quoted(row.value)} where ${place.column} = '${person}'`);
}

const holding = (place: Place) => rows<{ n: number }>(`select count(*)::int as n from ${place.table} where lower(${place.column}) = '${person}'`);

before(async () => {
  site = await startTestApp();
  admin = await site.sessionFor("admin");
  const columns = await rows<{ table_name: string; column_name: string }>(
    "select table_name, column_name from information_schema.columns where table_schema = current_schema() and column_name like '%email%' order by 1, 2",
  );
  places = columns.map((row) => ({ table: row.table_name, column: row.column_name })).filter((place) => !notErasedHere.has(place.table));
});
after(() => site.close());

test("the database has the e-mail columns this test is about", () => {
  const tables = places.map((place) => place.table);
  for (const table of ["people", "exchange_reports", "program_registrations", "newsletter_subscribers", "publishing_comments"])
    assert.ok(tables.includes(table), table);
});

test("the export finds the address in each place on its own", async () => {
  const sources = site.app.deps.personalData;
  for (const place of places) {
    const restore = await storeAt(place);
    const found = await Promise.all(sources.map((source) => source.find(site.database.db, person)));
    await restore();
    assert.ok(found.flat().length > 0, `${place.table}.${place.column}: keine Quelle der Datenschutzauskunft findet die Adresse`);
  }
});

test("one erasure through the privacy page clears the address from every place", async () => {
  for (const place of places) await storeAt(place);
  const page = `/datenschutz/auskunft?email=${encodeURIComponent(person)}`;
  const shown = await site.app.inject({ url: page, headers: { cookie: admin } });
  assert.equal(shown.statusCode, 200);
  const exported = await site.app.inject({ url: `/datenschutz/auskunft/export?email=${encodeURIComponent(person)}`, headers: { cookie: admin } });
  assert.equal(exported.statusCode, 200);
  assert.ok(exported.body.includes(person));
  const erased = await site.submit(page, "/datenschutz/auskunft/loeschen", { email: person, bestaetigt: "ja" }, admin);
  assert.equal(erased.statusCode, 200);
  assert.match(erased.body, /nichts mehr gespeichert/);
  const left: string[] = [];
  for (const place of places) if ((await holding(place))[0].n > 0) left.push(`${place.table}.${place.column}`);
  assert.deepEqual(left, []);
});
