/** Concrete German reasons for each choice, stated against the final group and the pool. */
import type { Candidate } from "./types.ts";
import { formatNumber } from "../../../../platform/numbers.ts";

export const UNKNOWN = "unbekannt";
export const FORCED_REASON = "Vom Team gesetzt";
export const UNREVIEWED_REASON = "Noch ohne Bewertung: ausgewählt, weil die bewerteten Bewerbungen nicht reichen";
export const FORCED_UNREVIEWED_REASON = "Noch ohne Bewertung";
export const UNREVIEWED_NOTE = "Noch ohne Bewertung, steht deshalb hinter allen bewerteten Bewerbungen";
export const DISPLACED_REASON = "Hat den Platz im Vorschlag für eine vom Team gesetzte Bewerbung abgegeben";
export const replacedReason = (municipality: string) => `Gibt den Platz nach Wahl des Teams an ${municipality} ab`;

export const formatScore = (score: number) => formatNumber(score, 2);

/** The short name of a planning stage ("Am Anfang" of "Am Anfang: es gibt noch …"). */
const shortStage = (stage: string) => stage.split(":")[0];

function scoreReason(member: Candidate, pool: readonly Candidate[], forced: boolean): string {
  if (member.score === null) return forced ? FORCED_UNREVIEWED_REASON : UNREVIEWED_REASON;
  const better = pool.filter((c) => c.score !== null && c.score > member.score!).length;
  const reviews = `${member.reviewCount} ${member.reviewCount === 1 ? "Bewertung" : "Bewertungen"}`;
  if (better === 0) return `Höchste Bewertung im Pool (${formatScore(member.score)}, ${reviews})`;
  return `Bewertung ${formatScore(member.score)} (Rang ${better + 1} von ${pool.length}, ${reviews})`;
}

export function reasonsFor(member: Candidate, group: readonly Candidate[], pool: readonly Candidate[], forced: boolean): string[] {
  const others = group.filter((c) => c.id !== member.id);
  const alone = (same: (c: Candidate) => boolean) => !others.some(same);
  const reasons = forced ? [FORCED_REASON, scoreReason(member, pool, true)] : [scoreReason(member, pool, false)];
  if (member.land !== UNKNOWN && alone((c) => c.land === member.land)) reasons.push(`Einzige Kommune aus ${member.land}`);
  if (member.region !== UNKNOWN && alone((c) => c.region === member.region)) reasons.push(`Einzige Kommune aus dem ${member.region}`);
  if (member.kind !== UNKNOWN && alone((c) => c.kind === member.kind)) reasons.push(`Einzige Kommune der Art „${member.kind}“`);
  if (member.sizeClass !== UNKNOWN && alone((c) => c.sizeClass === member.sizeClass)) reasons.push(`Einzige Kommune der Größenklasse „${member.sizeClass}“`);
  if (member.stage !== UNKNOWN && alone((c) => c.stage === member.stage)) reasons.push(`Einziger Planungsstand „${shortStage(member.stage)}“ in der Gruppe`);
  for (const topic of [...new Set(member.topics)].sort((a, b) => a.localeCompare(b, "de-DE"))) {
    if (alone((c) => c.topics.includes(topic))) reasons.push(`Bringt das Thema ${topic} in die Gruppe`);
  }
  return reasons;
}
