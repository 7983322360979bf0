import type { Static } from "@fastify/type-provider-typebox";
import type { Db } from "../../../../db/client.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { runAnalysis } from "../../analysis/queries.ts";
import { parseSettings, type AnalysisQuery } from "../../analysis/rules/settings.ts";
import { planningPublications } from "../../tables.ts";
import type { publishIndexBody, PublicationSettings } from "../schemas.ts";

/** The analysis page's query string as the form parser takes it (repeated names become lists). */
function queryOf(text: string): AnalysisQuery {
  const query: AnalysisQuery = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const known = query[name];
    query[name] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
  }
  return query;
}

/**
 * Publishes the index of an analysis as a map. The settings are checked and the analysis is run
 * once, so only an analysis that can be computed becomes public.
 */
export async function publishIndexMap(db: Db, municipalityId: number, input: Static<typeof publishIndexBody>): Promise<CommandResult<{ id: number }>> {
  const parsed = parseSettings(queryOf(input.analysis));
  if (Object.keys(parsed.errors).length > 0) return refused(parsed.errors);
  const run = await runAnalysis(db, municipalityId, parsed.settings);
  if (!run.ok) return refusedForm(Object.values(run.errors).join(" "));
  const settings: PublicationSettings = { kind: "index", analysis: parsed.settings };
  const [row] = await db
    .insert(planningPublications)
    .values({ municipalityId, title: input.title, description: input.description, settings })
    .returning({ id: planningPublications.id });
  return succeeded({ id: row!.id });
}
