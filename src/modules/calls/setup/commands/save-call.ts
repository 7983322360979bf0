import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { calls } from "../../tables.ts";
import type { Call } from "../../queries.ts";
import type { Criterion } from "../../reference.ts";
import type { CallValues } from "../rules/call-form.ts";
import { hasReviews, slugTaken } from "../queries.ts";
import { messages } from "../texts.ts";

/** A criterion as one comparable text (jsonb keeps an object's keys in an order of its own). */
const criteriaText = (criteria: Criterion[]) => JSON.stringify(criteria.map((c) => [c.key, c.label, c.description, c.weight]));

/** Whether the values change what reviewers score by: the criteria or the scale. */
const changesScoring = (call: Call, values: CallValues) => criteriaText(call.criteria) !== criteriaText(values.criteria) || call.scaleMax !== values.scaleMax;

/**
 * Creates a call as a draft (`call` null) or changes one. The address must be free; once a review
 * exists, the criteria and the scale stay as they are, so the scores keep their meaning.
 */
export async function saveCall(db: Db, call: Call | null, values: CallValues): Promise<CommandResult<number>> {
  return db.transaction(async (tx) => {
    if (await slugTaken(tx, values.slug, call?.id ?? null)) return refused({ slug: messages.slugTaken });
    if (call && changesScoring(call, values) && (await hasReviews(tx, call.id))) return refused({ criteria: messages.criteriaLocked });
    if (!call) {
      const [created] = await tx.insert(calls).values(values).returning({ id: calls.id });
      return succeeded(created.id);
    }
    await tx.update(calls).set(values).where(eq(calls.id, call.id));
    return succeeded(call.id);
  });
}
