/** The plain German sentences behind the obligations: each rule with its deadline, and the flag of an unscheduled one. */
import { formatDay } from "../../../platform/dates.ts";
import type { FormatKind, FormatRule } from "../reference.ts";

const whoMust: Record<FormatRule["obligee"], string> = {
  none: "Niemand muss",
  municipality: "Das Tandem muss",
  leader: "Die Führungskraft muss",
  planningSpecialist: "Die Planungsfachkraft muss",
};

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What one attendance is, in the format's own words. */
function whatCounts(kind: FormatKind, rule: FormatRule, title: string): string {
  if (rule.byModule) return `${counted(rule.required, "Modul", "Module")} im ${title} besuchen, jedes Modul an allen seinen Tagen`;
  if (kind === "checkIn") return `an ${counted(rule.required, "Check-In", "Check-Ins")} mit dem Team der Initiative teilnehmen`;
  if (kind === "municipalWorkshop") return `${counted(rule.required, "Kommunal-Workshop", "Kommunal-Workshops")} vor Ort mit dem Team durchführen`;
  return `${counted(rule.required, "Termin", "Termine")} des Formats „${title}“ besuchen, jeweils an allen Tagen`;
}

/** "Die Führungskraft muss 3 Module im Lernpfad Führung besuchen, …, bis zum Ende des Programms am 31. Oktober 2027." */
export function ruleSentence(format: { title: string; kind: FormatKind; rule: FormatRule }, programEndsOn: string): string {
  const { rule } = format;
  if (rule.obligee === "none" || rule.required === 0) return `Freiwillig: ${format.title} ist für niemanden verpflichtend.`;
  const anyone = rule.obligee === "municipality" ? "; es zählt, wenn eine Person des Tandems dabei war" : "";
  return `${whoMust[rule.obligee]} ${whatCounts(format.kind, rule, format.title)}${anyone} – bis zum Ende des Programms am ${formatDay(programEndsOn)}.`;
}

/** Whole months from one day to another, at least 0. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

/** The warning on an obligation that is still needed but has no date: "Noch kein Termin geplant – noch 10 Monate bis …". */
export function unscheduledWarning(today: string, deadline: string): string {
  return `Noch kein Termin geplant, obwohl er verpflichtend ist: bis zum Ende des Programms am ${formatDay(deadline)} bleiben ${counted(monthsBetween(today, deadline), "Monat", "Monate")}.`;
}
