import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq, sql } from "drizzle-orm";
import { searchDocuments } from "../../../platform/search/tables.ts";
import { municipalities } from "../tables.ts";
import { searchKinds } from "../search.ts";
import { saveChangeProject } from "./save-change-project.ts";
import { deleteChangeProject } from "./delete-change-project.ts";
import type { ProjectInput } from "../schemas.ts";
import { updateProfile } from "./update-profile.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let herford: number;

/**
 * Checked when the writing transaction commits (deferred constraint triggers): every change project
 * and municipality written has its search document as the command leaves it, with its topics, or
 * none. Peers read the index and are kept under the generation that commit moves on, so an index
 * written afterwards would be missed by a request in between.
 */
const checks = [
  sql`create function test_index_in_same_transaction() returns trigger language plpgsql as $$
    declare
      written integer := case when TG_OP = 'DELETE' then OLD.id else NEW.id end;
      expected text[];
      indexed text[];
    begin
      if TG_TABLE_NAME = 'change_projects' then
        expected := case when exists (select 1 from change_projects where id = written)
          then array(select topic_slug from change_project_topics where change_project_id = written order by 1) end;
        indexed := (select array(select unnest(d.topics) order by 1) from search_documents d where d.kind = 'vorhaben' and d.id = written);
      else
        expected := case when exists (select 1 from municipalities where id = written and description <> '')
          then array(select topic_slug from municipality_topics where municipality_id = written order by 1) end;
        indexed := (select array(select unnest(d.topics) order by 1) from search_documents d where d.kind = 'kommune' and d.id = written);
      end if;
      if expected is distinct from indexed then
        raise exception 'search index behind % %: % instead of %', TG_TABLE_NAME, written, indexed, expected;
      end if;
      return null;
    end
  $$`,
  sql`create constraint trigger test_index_in_same_transaction after insert or update or delete on change_projects deferrable initially deferred for each row execute function test_index_in_same_transaction()`,
  sql`create constraint trigger test_index_in_same_transaction after insert or update or delete on municipalities deferrable initially deferred for each row execute function test_index_in_same_transaction()`,
];

before(async () => {
  site = await startTestApp();
  for (const statement of checks) await site.database.db.execute(statement);
  [{ id: herford }] = await site.database.db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.ags, "05758012"));
});
after(() => site.close());

const project = (topics: string[]): ProjectInput => ({
  title: "Kinderarmut im Stadtteil gemeinsam begegnen",
  summary: "Kooperation mit freien Trägern und integrierte Sozialplanung gegen Kinderarmut.",
  goals: "Armutsbericht jährlich",
  phase: "implementation",
  startsOn: "2026-01-01",
  endsOn: "",
  learnings: "",
  topics,
});
const indexed = async (kind: string, id: number) =>
  (
    await site.database.db
      .select({ topics: searchDocuments.topics })
      .from(searchDocuments)
      .where(and(eq(searchDocuments.kind, kind), eq(searchDocuments.id, id)))
  )[0]?.topics.sort() ?? null;

test("a change project is in the search index when its save commits, and out of it when its deletion commits", async () => {
  const created = await saveChangeProject(site.database.db, herford, null, project(["kinderarmut"]));
  assert.ok(created.ok);
  assert.deepEqual(await indexed(searchKinds.project, created.value), ["kinderarmut"]);
  const changed = await saveChangeProject(site.database.db, herford, created.value, project(["kinderarmut", "sozialraumorientierung"]));
  assert.ok(changed.ok);
  assert.deepEqual(await indexed(searchKinds.project, created.value), ["kinderarmut", "sozialraumorientierung"]);
  assert.equal((await deleteChangeProject(site.database.db, herford, created.value)).ok, true);
  assert.equal(await indexed(searchKinds.project, created.value), null);
});

test("a profile is in the search index as saved when its save commits", async () => {
  const input = {
    description: "Wir bauen Präventionsketten im Sozialraum auf.",
    youthOfficeName: "",
    youthOfficeAddress: "",
    youthOfficePhone: "",
    youthOfficeEmail: "",
    youthOfficeWebsite: "",
    topics: ["praeventionsketten"],
  };
  assert.ok((await updateProfile(site.database.db, herford, input)).ok);
  assert.deepEqual(await indexed(searchKinds.municipality, herford), ["praeventionsketten"]);
  assert.ok((await updateProfile(site.database.db, herford, { ...input, description: "" })).ok);
  assert.equal(await indexed(searchKinds.municipality, herford), null);
});
