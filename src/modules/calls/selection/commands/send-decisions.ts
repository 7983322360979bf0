import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { addChangeProject } from "../../../municipalities/index.ts";
import { admitCohort } from "../../../program/index.ts";
import { callApplications, calls } from "../../tables.ts";
import type { Call } from "../../queries.ts";
import { loadSelection, lockCall, tandemsOf, type SelectionRow } from "../queries.ts";
import { acceptanceMail, declineMail, declineReasons, messages } from "../texts.ts";

/** Only the first places of the waiting list are told their place; the later ones could not hope for a seat. */
const toldWaitingPlaces = 5;

interface Decided {
  row: SelectionRow;
  decision: "accepted" | "declined";
  reasons: string[];
}

/** The decision on every submitted application, with the reasons stored (and, for a decline, mailed). */
function decisionsOf(state: Awaited<ReturnType<typeof loadSelection>>, call: Call): Decided[] {
  const { byId, result, rows } = state;
  const places = declineReasons.places(call.places, rows.length);
  return [
    ...result.chosen.map((c) => ({ row: byId.get(c.id)!, decision: "accepted" as const, reasons: c.reasons })),
    ...result.waitingList.map((w) => ({
      row: byId.get(w.id)!,
      decision: "declined" as const,
      reasons: w.rank <= toldWaitingPlaces ? [places, declineReasons.waiting(w.rank)] : [places],
    })),
    ...result.excluded.map((id) => ({ row: byId.get(id)!, decision: "declined" as const, reasons: [places, declineReasons.team] })),
  ];
}

/** For a Fellow call: the new program with the accepted municipalities, their tandems and change projects. */
async function admit(db: Db, call: Call, accepted: SelectionRow[], tandems: Awaited<ReturnType<typeof tandemsOf>>): Promise<number> {
  for (const row of accepted.filter((r) => r.changeProjectId === null)) {
    const project = {
      title: row.projectTitle,
      summary: row.projectSummary,
      topics: row.projectTopics,
      phase: "concept" as const,
      startsOn: call.periodStartsOn,
    };
    const changeProjectId = await addChangeProject(db, row.municipalityId, project);
    await db.update(callApplications).set({ changeProjectId }).where(eq(callApplications.id, row.id));
  }
  const members = accepted.map((row) => ({
    municipalityId: row.municipalityId,
    tandem: (tandems.get(row.id) ?? [])
      .filter((t) => t.userId !== null && (t.role === "leader" || t.role === "planningSpecialist"))
      .map((t) => ({ userId: t.userId!, role: t.role as "leader" | "planningSpecialist" })),
  }));
  const program = { title: call.title, startsOn: call.periodStartsOn, endsOn: call.periodEndsOn, description: call.description };
  return (await admitCohort(db, { program, members, fromDate: todayInGermany() })).programId;
}

/**
 * Decides every submitted application and queues one mail to each tandem member, in one transaction with the
 * call locked: a second click finds the call decided and sends nothing (`again`).
 */
export async function sendDecisions(db: Db, call: Call, baseUrl: string): Promise<CommandResult<{ mails: number; again: boolean }>> {
  return db.transaction(async (tx) => {
    const status = await lockCall(tx, call.id);
    if (status === "decided") return succeeded({ mails: 0, again: true });
    if (call.deadline.getTime() > Date.now()) return refused({ form: messages.notYet });
    const state = await loadSelection(tx, call);
    const decided = decisionsOf(state, call);
    const tandems = await tandemsOf(
      tx,
      decided.map((d) => d.row.id),
    );
    const values = JSON.stringify(decided.map((d) => ({ id: d.row.id, decision: d.decision, reasons: d.reasons })));
    await tx.execute(sql`
      update call_applications as a set decision = v.decision, decision_reasons = v.reasons, notified_at = now(), updated_at = now()
      from jsonb_to_recordset(${values}::jsonb) as v(id integer, decision text, reasons jsonb) where a.id = v.id`);
    const accepted = decided.filter((d) => d.decision === "accepted").map((d) => d.row);
    const programId = call.kind === "fellow" ? await admit(tx, call, accepted, tandems) : null;
    await tx.update(calls).set({ status: "decided", decidedAt: new Date(), programId }).where(eq(calls.id, call.id));
    let mails = 0;
    for (const { row, decision, reasons } of decided) {
      for (const member of tandems.get(row.id) ?? []) {
        const input = { call, name: member.name, municipality: row.municipalityName, reasons, baseUrl };
        await enqueueMail(tx, { to: member.email, ...(decision === "accepted" ? acceptanceMail(input) : declineMail(input)) });
        mails++;
      }
    }
    return succeeded({ mails, again: false });
  });
}
