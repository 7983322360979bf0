// Every registered route, asked as an anonymous visitor, a municipality's member and the admin, with
// the classic bad inputs in its path, its query and its form: no answer may be a 5xx, and the
// database must be exactly as before (a row trigger on every table counts the writes).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import type { Role } from "./platform/auth/roles.ts";
import type { RouteCase, RouteCases } from "./platform/route-cases.ts";
import type { RouteEntry } from "./platform/http/types.ts";
import { allRouteCases, startTestApp, type TestApp } from "./testing.ts";

const long = "x".repeat(100_000);
/** Values no field takes: a NUL byte alone and inside a word, a 100,000-character string. */
const badTexts = ["\u0000", "a\u0000b", long];
/** Values no id field takes (a text field may: "abc" is a fine comment). */
const badIds = ["abc", "0", "-1", "1.5", "2147483648", "0x10", " 1", "1e0", ""];
/** Ids only where the form has an id field: elsewhere they would leave a valid form valid. */
const valuesFor = (route: RouteEntry, fields: string[]) => (fields.some((field) => route.idFields.includes(field)) ? [...badTexts, ...badIds] : badTexts);
/** A field's bad value: an id field gets the value, any other field the value only if it is no text at all. */
const valueFor = (route: RouteEntry, field: string, bad: string, given: string | undefined) =>
  badTexts.includes(bad) || route.idFields.includes(field) ? bad : (given ?? "");
/** Values for a path parameter, percent-encoded as a browser would send them (%FF is not UTF-8). */
const badSegments = ["abc", "0", "-1", "1.5", "2147483648", "0x10", "%00", "a%00b", "%FF", "%C3%28", encodeURIComponent(long)];

interface Probe {
  label: string;
  url: string;
  payload?: string | Buffer;
}

/** The route's pattern split into segments; a parameter may carry a suffix such as `:id.ics`. */
function paramPositions(pattern: string): { index: number; suffix: string }[] {
  return pattern.split("/").flatMap((segment, index) => {
    const match = /^:[A-Za-z]+(.*)$/.exec(segment);
    return match ? [{ index, suffix: match[1] }] : [];
  });
}

function pathProbes(route: RouteEntry, routeCase: RouteCase, body: string | undefined): Probe[] {
  const [path, query = ""] = routeCase.url.split("?");
  const segments = path.split("/");
  return paramPositions(route.url).flatMap(({ index, suffix }) =>
    badSegments.map((bad) => {
      const changed = segments.map((segment, position) => (position === index ? `${bad}${suffix}` : segment));
      return { label: `Pfad ${bad.slice(0, 12)}`, url: `${changed.join("/")}${query ? `?${query}` : ""}`, payload: body };
    }),
  );
}

function queryProbes(route: RouteEntry, routeCase: RouteCase, body: string | undefined): Probe[] {
  const [path, query = ""] = routeCase.url.split("?");
  const given = new URLSearchParams(query);
  const fields = [...new Set([...route.queryFields, ...given.keys()])];
  if (fields.length === 0) return [];
  const withAll = (value: (field: string) => string[]) => {
    const params = new URLSearchParams();
    for (const field of fields) for (const item of value(field)) params.append(field, item);
    return `${path}?${params.toString()}`;
  };
  const bad = (value: string) => withAll((field) => [valueFor(route, field, value, given.get(field) ?? undefined)]);
  return [
    ...valuesFor(route, fields).map((value) => ({ label: `Abfrage ${JSON.stringify(value.slice(0, 12))}`, url: bad(value), payload: body })),
    { label: "Abfrage als Liste", url: withAll((field) => [given.get(field) ?? "1", given.get(field) ?? "2"]), payload: body },
    { label: "Abfrage %FF", url: `${path}?${fields.map((field) => `${field}=%FF`).join("&")}`, payload: body },
  ];
}

function bodyProbes(route: RouteEntry, routeCase: RouteCase, csrf: string): Probe[] {
  const given = routeCase.body ?? {};
  const fields = [...new Set([...route.bodyFields, ...Object.keys(given)])];
  if (fields.length === 0) return [];
  const form = (value: (field: string) => string[]) => {
    const params = new URLSearchParams({ _csrf: csrf });
    for (const field of fields) for (const item of value(field)) params.append(field, item);
    return params.toString();
  };
  const notUtf8 = Buffer.concat([Buffer.from(`_csrf=${csrf}&${fields[0]}=`), Buffer.from([0xff, 0xfe, 0xc3, 0x28])]);
  return [
    ...valuesFor(route, fields).map((bad) => ({
      label: `Formular ${JSON.stringify(bad.slice(0, 12))}`,
      url: routeCase.url,
      payload: form((field) => [valueFor(route, field, bad, given[field])]),
    })),
    { label: "Formular als Liste", url: routeCase.url, payload: form((field) => [given[field] ?? "1", given[field] ?? "2"]) },
    { label: "Formular %FF", url: routeCase.url, payload: `_csrf=${csrf}&${fields.map((field) => `${field}=%FF`).join("&")}` },
    { label: "Formular kein UTF-8", url: routeCase.url, payload: notUtf8 },
  ];
}

let site: TestApp;
let cases: RouteCases;
before(async () => {
  site = await startTestApp();
  cases = await allRouteCases(site.database);
  // One row per write, by table: a statement that changes nothing leaves no row.
  const statements = [
    "create table bad_input_writes (table_name text not null)",
    `create function bad_input_count() returns trigger language plpgsql as $$
       begin insert into bad_input_writes values (tg_table_name); return null; end $$`,
    `do $$ declare name text; begin
       for name in select tablename from pg_tables where schemaname = current_schema() and tablename <> 'bad_input_writes' loop
         execute format('create trigger bad_input_count after insert or update or delete on %I for each row execute function bad_input_count()', name);
       end loop;
     end $$`,
  ];
  for (const statement of statements) await site.database.db.execute(sql.raw(statement));
});
after(() => site.close());

/** Signing in keeps the session alive (sessions.last_seen_at); that is the only write a bad request may cause. */
const harmlessWrites = new Set(["sessions"]);

async function writesSince(): Promise<string[]> {
  const result = await site.database.db.execute(sql.raw("delete from bad_input_writes returning table_name"));
  const rows = (Array.isArray(result) ? result : (result as { rows: { table_name: string }[] }).rows) as { table_name: string }[];
  return [...new Set(rows.map((row) => row.table_name).filter((name) => !harmlessWrites.has(name)))];
}

let address = 0;
/** Each request from another address, so that the rate limits answer for their own sake only. */
const nextAddress = () => `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address++ & 255}`;

async function probeAll(who: Role | "anonymous") {
  const cookie = who === "anonymous" ? "" : await site.sessionFor(who);
  const login = await site.app.inject({ url: "/anmelden", headers: cookie ? { cookie } : {} });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(login.body)![1];
  const csrfCookie = `_csrf=${login.cookies.find((item) => item.name === "_csrf")!.value}`;
  const headers = { cookie: [cookie, csrfCookie].filter(Boolean).join("; "), "content-type": "application/x-www-form-urlencoded" };
  const failures: string[] = [];
  await writesSince();
  for (const [key, routeCase] of Object.entries(cases)) {
    if (routeCase.last) continue;
    const [method, pattern] = key.replace(/ \(.*\)$/, "").split(" ");
    const route = site.app.routeList.find((entry) => entry.method === method && entry.url === pattern)!;
    const body = method === "POST" ? new URLSearchParams({ ...routeCase.body, _csrf: csrf }).toString() : undefined;
    const probes = [
      ...pathProbes(route, routeCase, body),
      ...queryProbes(route, routeCase, body),
      ...(method === "POST" ? bodyProbes(route, routeCase, csrf) : []),
    ];
    for (const probe of probes) {
      const response = await site.app.inject({
        method: method as "GET" | "POST",
        url: probe.url,
        headers,
        payload: probe.payload,
        remoteAddress: nextAddress(),
      });
      if (response.statusCode >= 500) failures.push(`${key} · ${probe.label}: ${response.statusCode}`);
      const writes = await writesSince();
      if (writes.length) failures.push(`${key} · ${probe.label}: ${response.statusCode}, schrieb in ${writes.join(", ")}`);
    }
  }
  assert.deepEqual(failures, []);
}

for (const who of ["anonymous", "leader", "admin"] as const) {
  test(`no route answers 5xx or changes data for bad input (${who})`, { timeout: 600_000 }, () => probeAll(who));
}
