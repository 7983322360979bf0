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
  /** members of the unforced proposal who gave way to forced includes */
  displaced: number;
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const percent = (share: number) => `${Math.round(share * 100)} %`;

export function summarize(s: SummaryInput): string[] {
  if (s.seats === 0) {
    return [
      s.pool.size === 0
        ? "Es sind keine Plätze zu vergeben und es liegen keine Bewerbungen vor."
        : `Es sind keine Plätze zu vergeben; ${n(s.pool.size, "Bewerbung steht", "Bewerbungen stehen")} auf der Warteliste.`,
    ];
  }
  if (s.pool.size === 0) {
    const why = s.excluded > 0 ? "Nach den Ausschlüssen durch das Team liegen" : "Es liegen";
    return [`${why} keine Bewerbungen vor; ${n(s.seats, "Platz bleibt", "Plätze bleiben")} frei.`];
  }
  const { pool, group } = s;
  return [
    statesSentence(pool, group),
    `Sie vereint ${group.distinct.perspectives} von ${n(pool.distinct.perspectives, "Perspektive", "Perspektiven")} und ` +
      `${group.distinct.experienceBands} von ${n(pool.distinct.experienceBands, "Erfahrungsstufe", "Erfahrungsstufen")} des Bewerbungsfelds.`,
    kindsSentence(s),
    `${group.tandems} von ${n(group.size, "Platz", "Plätzen")} ${group.tandems === 1 ? "geht" : "gehen"} an Tandems ` +
      `(${percent(group.tandemShare)}), im Bewerbungsfeld sind es ${percent(pool.tandemShare)}.`,
    ...overridesSentence(s),
  ];
}

function statesSentence(pool: Spread, group: Spread): string {
  if (pool.distinct.states === 0) return "Für keine Bewerbung ist ein Bundesland bekannt.";
  const known = Object.entries(group.states).filter(([label]) => label !== "unbekannt");
  const most = Math.max(0, ...known.map(([, count]) => count));
  const balance = most > 1 ? `; kein Land stellt mehr als ${most} Plätze` : most === 1 ? "; jedes Land stellt höchstens einen Platz" : "";
  return `Die Gruppe deckt ${group.distinct.states} von ${n(pool.distinct.states, "Bundesland", "Bundesländern")} des Bewerbungsfelds ab${balance}.`;
}

function kindsSentence(s: SummaryInput): string {
  const count = (settlement: string) => s.groupProfiles.filter((p) => p.settlement === settlement).length;
  const mixed = count("mixed");
  return (
    `Vertreten sind ${s.group.distinct.municipalityKinds} von ${n(s.pool.distinct.municipalityKinds, "Gebietsart", "Gebietsarten")} ` +
    `(Plätze städtisch geprägt: ${count("urban")}, ländlich geprägt: ${count("rural")}` +
    (mixed > 0 ? `, Regionalverband: ${mixed}).` : ").")
  );
}

function overridesSentence(s: SummaryInput): string[] {
  const parts: string[] = [];
  const team = [
    s.forced > 0 ? `${n(s.forced, "Bewerbung", "Bewerbungen")} gesetzt` : "",
    s.excluded > 0 ? `${s.forced > 0 ? s.excluded : n(s.excluded, "Bewerbung", "Bewerbungen")} ausgeschlossen` : "",
  ].filter(Boolean);
  if (team.length > 0) parts.push(`das Team hat ${team.join(" und ")}`);
  if (s.displaced > 0) {
    parts.push(`dafür ${s.displaced === 1 ? "rückt 1 Bewerbung" : `rücken ${s.displaced} Bewerbungen`} aus dem Vorschlag auf die Warteliste`);
  }
  if (s.overflow > 0) {
    parts.push(`${n(s.overflow, "weitere gesetzte Bewerbung steht", "weitere gesetzte Bewerbungen stehen")} mangels Plätzen auf der Warteliste`);
  }
  const free = s.seats - s.group.size;
  if (free > 0) parts.push(`${n(free, "Platz bleibt", "Plätze bleiben")} frei`);
  if (parts.length === 0) return [];
  const sentence = parts.join("; ");
  return [`${sentence[0].toUpperCase()}${sentence.slice(1)}.`];
}
