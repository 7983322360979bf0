// The login-link and password forms must not tell whether an address has an account: not by the
// page, and not by the time the answer takes. The request does the same database work either way;
// the task answers it later.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { selectRows } from "../../db/rows.ts";
import { deliverPendingMails } from "../background.ts";
import { readOutbox, startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;

before(async () => {
  site = await startTestApp();
  const statements = [
    "create table link_test_writes (table_name text not null, op text not null)",
    `create function link_test_count() returns trigger language plpgsql as $$
       begin insert into link_test_writes values (tg_table_name, tg_op); return null; end $$`,
    `do $$ declare name text; begin
       for name in select tablename from pg_tables where schemaname = current_schema() and tablename <> 'link_test_writes' loop
         execute format('create trigger link_test_count after insert or update or delete on %I for each row execute function link_test_count()', name);
       end loop;
     end $$`,
  ];
  for (const statement of statements) await site.database.db.execute(sql.raw(statement));
});
after(() => site.close());

/** The writes of one request, as "table op" lines (CSRF page view and rate limit write nothing). */
async function writesOf(request: () => Promise<{ statusCode: number; headers: Record<string, unknown> }>) {
  await site.database.db.execute(sql.raw("delete from link_test_writes"));
  const res = await request();
  const rows = await selectRows<{ line: string }>(site.database.db, sql.raw("delete from link_test_writes returning table_name || ' ' || op as line"));
  return { status: res.statusCode, location: res.headers.location, writes: rows.map((r) => r.line).sort() };
}

for (const [form, action] of [
  ["/anmelden", "/anmelden/link"],
  ["/passwort-vergessen", "/passwort-vergessen"],
]) {
  test(`${action}: a known and an unknown address get the same answer from the same database work; only the known one gets a mail`, async () => {
    const known = await writesOf(() => site.submit(form, action, { email: "planung.bonn@k360.example" }));
    const unknown = await writesOf(() => site.submit(form, action, { email: "niemand@example.org" }));
    assert.deepEqual(known, unknown);
    assert.deepEqual(known.writes, ["auth_link_requests INSERT"]);
    assert.equal(known.location, "/anmelden/link-gesendet");

    await deliverPendingMails(site.app);
    const mails = await readOutbox(site.outboxDir);
    assert.equal(mails.filter((m) => m.to === "niemand@example.org").length, 0);
    assert.equal(mails.filter((m) => m.to === "planung.bonn@k360.example").length, action === "/anmelden/link" ? 1 : 2);
  });
}
