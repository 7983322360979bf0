import { getTableColumns, sql } from "drizzle-orm";
import { Value } from "@sinclair/typebox/value";
import type { Database } from "../../../db/client.ts";
import { municipalities } from "../tables.ts";
import { contactKeys, Profile } from "../schemas.ts";

const topicList = (join: string, key: string, owner: string) =>
  sql.raw(`(select coalesce(json_agg(json_build_object('slug', t.slug, 'label', t.label) order by t.position, t.label), '[]'::json)
     from ${join} x join topics t on t.slug = x.topic_slug where x.${key} = ${owner})`);

/** The Jugendamt's contact columns, from their one definition (schemas.ts). */
const columns = getTableColumns(municipalities);
const contactColumns = sql.raw(contactKeys.map((key) => `m.${columns[key].name} as "${key}"`).join(", "));

/** People who consented to be shown; the tandem is shown from the program's history (a profile part), not from a role noted here. */
const people = sql.raw(`(select coalesce(json_agg(json_build_object('id', p.id, 'name', p.name, 'jobTitle', p.job_title,
    'tandemRole', p.tandem_role, 'isExample', p.is_example) order by p.name), '[]'::json)
  from people p where p.municipality_id = m.id and p.show_on_profile)`);

const projects = sql`(select coalesce(json_agg(json_build_object('id', c.id, 'title', c.title, 'summary', c.summary, 'goals', c.goals,
    'phase', c.phase, 'startsOn', c.starts_on, 'endsOn', c.ends_on, 'learnings', c.learnings,
    'topics', ${topicList("change_project_topics", "change_project_id", "c.id")},
    'milestones', (select coalesce(json_agg(json_build_object('id', ms.id, 'title', ms.title, 'dueOn', ms.due_on, 'done', ms.done)
        order by ms.due_on nulls last, ms.id), '[]'::json) from milestones ms where ms.change_project_id = c.id)
  ) order by c.starts_on desc nulls last, c.id), '[]'::json)
  from change_projects c where c.municipality_id = m.id)`;

/** The whole profile in one round trip: the page is the most visited one and must stay fast on a remote database. */
export async function loadProfile(database: Database, ags: string): Promise<Profile | null> {
  const [row] = await database.rows<Record<string, unknown>>(
    "k360_load_profile",
    sql`
    select m.id, m.ags, m.slug, m.name, m.official_name as "officialName", m.kind, m.state_code as "stateCode",
      m.population, m.area_km2 as "areaKm2", m.figures_as_of::text as "figuresAsOf", m.is_fellow as "isFellow", m.description, ${contactColumns},
      m.updated_at as "updatedAt",
      ${topicList("municipality_topics", "municipality_id", "m.id")} as topics,
      ${people} as people,
      ${projects} as projects,
      (select json_build_object('slug', pm.slug, 'name', pm.name) from municipalities pm where pm.ags = m.parent_ags) as parent,
      (select coalesce(json_agg(json_build_object('slug', k.slug, 'name', k.name, 'kind', k.kind) order by k.name), '[]'::json)
        from municipalities k where k.parent_ags = m.ags) as children
    from municipalities m where m.ags = ${ags}`,
  );
  if (!row) return null;
  return Value.Parse(Profile, { ...row, areaKm2: Number(row.areaKm2), updatedAt: new Date(row.updatedAt as string).toISOString() });
}
