/** The 3–5 German sentences that compare the chosen group with the whole field of applications. */
import type { Spread } from "./types.ts";
import type { Profile } from "./profile.ts";

export interface SummaryInput {
  seats: number;
  pool: Spread;
  group: Spread;
  groupProfiles: readonly Profile[];
  forced: number;
  /** forced includes that did not fit */
  overflow: number;
  excluded: number;
  /** members of the unforced proposal who gave way to forced includes without the team naming them */
  displaced: number;
  /** names of the members the team chose to give up their seat */
  replaced: string[];
}

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const percent = (share: number) => `${Math.round(share * 100)} %`;

export function summarize(summaryInput: SummaryInput): string[] {
  if (summaryInput.seats === 0) {
    return [
      summaryInput.pool.size === 0
        ? "Es sind keine Plätze zu vergeben und es liegen keine Bewerbungen vor."
        : `Es sind keine Plätze zu vergeben; ${counted(summaryInput.pool.size, "Bewerbung steht", "Bewerbungen stehen")} auf der Warteliste.`,
    ];
  }
  if (summaryInput.pool.size === 0) {
    const why = summaryInput.excluded > 0 ? "Nach den Ausschlüssen durch das Team liegen" : "Es liegen";
    return [`${why} keine Bewerbungen vor; ${counted(summaryInput.seats, "Platz bleibt", "Plätze bleiben")} frei.`];
  }
  const { pool, group } = summaryInput;
  return [
    statesSentence(pool, group),
    `Sie vereint ${group.distinct.perspectives} von ${counted(pool.distinct.perspectives, "Perspektive", "Perspektiven")} und ` +
      `${group.distinct.experienceBands} von ${counted(pool.distinct.experienceBands, "Erfahrungsstufe", "Erfahrungsstufen")} des Bewerbungsfelds.`,
    kindsSentence(summaryInput),
    `${group.tandems} von ${counted(group.size, "Platz", "Plätzen")} ${group.tandems === 1 ? "geht" : "gehen"} an Tandems ` +
      `(${percent(group.tandemShare)}), im Bewerbungsfeld sind es ${percent(pool.tandemShare)}.`,
    ...overridesSentence(summaryInput),
  ];
}

function statesSentence(pool: Spread, group: Spread): string {
  if (pool.distinct.states === 0) return "Für keine Bewerbung ist ein Bundesland bekannt.";
  const known = Object.entries(group.states).filter(([label]) => label !== "unbekannt");
  const most = Math.max(0, ...known.map(([, count]) => count));
  const balance = most > 1 ? `; kein Land stellt mehr als ${most} Plätze` : most === 1 ? "; jedes Land stellt höchstens einen Platz" : "";
  return `Die Gruppe deckt ${group.distinct.states} von ${counted(pool.distinct.states, "Bundesland", "Bundesländern")} des Bewerbungsfelds ab${balance}.`;
}

function kindsSentence(summaryInput: SummaryInput): string {
  const count = (settlement: string) => summaryInput.groupProfiles.filter((p) => p.settlement === settlement).length;
  const mixed = count("mixed");
  return (
    `Vertreten sind ${summaryInput.group.distinct.municipalityKinds} von ${counted(summaryInput.pool.distinct.municipalityKinds, "Gebietsart", "Gebietsarten")} ` +
    `(Plätze städtisch geprägt: ${count("urban")}, ländlich geprägt: ${count("rural")}` +
    (mixed > 0 ? `, Regionalverband: ${mixed}).` : ").")
  );
}

function overridesSentence(summaryInput: SummaryInput): string[] {
  const parts: string[] = [];
  const team = [
    summaryInput.forced > 0 ? `${counted(summaryInput.forced, "Bewerbung", "Bewerbungen")} gesetzt` : "",
    summaryInput.excluded > 0
      ? `${summaryInput.forced > 0 ? summaryInput.excluded : counted(summaryInput.excluded, "Bewerbung", "Bewerbungen")} ausgeschlossen`
      : "",
  ].filter(Boolean);
  if (team.length > 0) parts.push(`das Team hat ${team.join(" und ")}`);
  if (summaryInput.replaced.length > 0) {
    const names = summaryInput.replaced.join(", ");
    parts.push(
      summaryInput.replaced.length === 1
        ? `dafür gibt ${names} nach Wahl des Teams den Platz ab und steht vorn auf der Warteliste`
        : `dafür geben ${names} nach Wahl des Teams ihre Plätze ab und stehen vorn auf der Warteliste`,
    );
  }
  if (summaryInput.displaced > 0) {
    parts.push(
      `dafür ${summaryInput.displaced === 1 ? "rückt 1 Bewerbung" : `rücken ${summaryInput.displaced} Bewerbungen`} aus dem Vorschlag auf die Warteliste`,
    );
  }
  if (summaryInput.overflow > 0) {
    parts.push(
      `${counted(summaryInput.overflow, "weitere gesetzte Bewerbung steht", "weitere gesetzte Bewerbungen stehen")} mangels Plätzen auf der Warteliste`,
    );
  }
  const free = summaryInput.seats - summaryInput.group.size;
  if (free > 0) parts.push(`${counted(free, "Platz bleibt", "Plätze bleiben")} frei`);
  if (parts.length === 0) return [];
  const sentence = parts.join("; ");
  return [`${sentence[0].toUpperCase()}${sentence.slice(1)}.`];
}
