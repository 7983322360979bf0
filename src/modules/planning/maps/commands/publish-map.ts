import type { Static } from "@fastify/type-provider-typebox";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { indicatorsFor, periodsOf, currentCut } from "../../queries.ts";
import { planningPublications } from "../../tables.ts";
import type { publishBody, PublicationSettings } from "../schemas.ts";
import { publishErrors } from "../texts.ts";

export type PublishInput = Static<typeof publishBody>;

/** Publishes the map of one indicator: it becomes public at its own address and on the municipality's profile. */
export async function publishMap(db: Db, municipalityId: number, input: PublishInput): Promise<CommandResult<{ id: number }>> {
  const [indicators, cut] = await Promise.all([indicatorsFor(db, municipalityId), currentCut(db, municipalityId)]);
  const periods = cut ? await periodsOf(db, cut.id) : [];
  const errors: Record<string, string> = {};
  if (!indicators.some((i) => i.key === input.indicatorKey)) errors.indicatorKey = publishErrors.unknownIndicator;
  if (!periods.includes(input.period)) errors.period = publishErrors.unknownPeriod;
  if (Object.keys(errors).length) return refused(errors);
  const settings: PublicationSettings = {
    kind: "indicator",
    indicatorKey: input.indicatorKey,
    period: input.period,
    classification: input.classification,
    classCount: Number(input.classCount),
  };
  const [row] = await db
    .insert(planningPublications)
    .values({ municipalityId, title: input.title, description: input.description, settings })
    .returning({ id: planningPublications.id });
  return succeeded({ id: row!.id });
}
