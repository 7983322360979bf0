/** Route cases of the check-ins' timeline and next steps. */
import type { Db } from "../../../db/client.ts";
import { loggedIn, team, type RouteCases } from "../../../platform/route-cases.ts";
import { currentProgram } from "../queries/events.ts";
import { listNextSteps, listTeamCheckIns } from "./queries.ts";

export async function checkInRouteCases(db: Db): Promise<RouteCases> {
  const program = (await currentProgram(db))!;
  const checkIn = (await listTeamCheckIns(db, program.id))[0];
  const step = (await listNextSteps(db, program.id))[0];
  return {
    "GET /programm/check-ins/kommunen/:municipalityId": { url: `/programm/check-ins/kommunen/${checkIn.municipalityId}`, expect: loggedIn(team, 200) },
    "GET /programm/check-ins/:id/schritte/neu": { url: `/programm/check-ins/${checkIn.id}/schritte/neu`, expect: loggedIn(team, 200) },
    "POST /programm/check-ins/:id/schritte/neu": { url: `/programm/check-ins/${checkIn.id}/schritte/neu`, body: {}, expect: loggedIn(team, 422) },
    "GET /programm/naechste-schritte/:id/bearbeiten": { url: `/programm/naechste-schritte/${step.id}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /programm/naechste-schritte/:id/bearbeiten": { url: `/programm/naechste-schritte/${step.id}/bearbeiten`, body: {}, expect: loggedIn(team, 422) },
  };
}
