import type { Db } from "../../../db/client.ts";
import { holidaysOn } from "../../../platform/calendar/holidays.ts";
import { formatDayWithWeekday, todayInGermany } from "../../../platform/dates.ts";
import { listMunicipalitiesByIds } from "../../municipalities/index.ts";
import { loadObligationInput } from "./obligation-input.ts";

/** Holidays in the cohort's Länder on the given days, as warnings for the team before it invites. */
export async function holidayWarnings(db: Db, programId: number, dates: string[]): Promise<string[]> {
  const cohort = (await loadObligationInput(db, programId, todayInGermany())).municipalities;
  const municipalities = await listMunicipalitiesByIds(
    db,
    cohort.map((m) => m.id),
  );
  const stateCodes = [...new Set(municipalities.map((m) => m.stateCode))];
  return dates.flatMap((date) =>
    holidaysOn(date, stateCodes).map(
      (h) => `${formatDayWithWeekday(date)} ist ein Feiertag: ${h.name} (${h.states.length === 16 ? "bundesweit" : `in ${h.states.length} Ländern`}).`,
    ),
  );
}
