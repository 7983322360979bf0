/** Concrete German reasons why a person is in the group, stated against the final group. */
import { type Profile, kindLabel, stateLabel } from "./profile.ts";
import { UNKNOWN } from "./labels.ts";

export const FORCED_REASON = "Vom Team gesetzt";
export const TANDEM_REASON = "bewirbt sich als Tandem mit der Planungsfachkraft";
export const ALL_FIT_REASON = "es gibt genug Plätze für alle Bewerbungen";
export const DISPLACED_REASON = "hat den Platz im Vorschlag für eine vom Team gesetzte Bewerbung abgegeben";
export const replacedReason = (name: string) => `gibt den Platz nach Wahl des Teams an ${name} ab`;

export function reasonsFor(member: Profile, group: readonly Profile[], forced: boolean, fallback: string): string[] {
  const others = group.filter((p) => p !== member);
  const lacks = (same: (p: Profile) => boolean) => !others.some(same);
  const reasons: string[] = forced ? [FORCED_REASON] : [];

  if (member.state !== UNKNOWN && lacks((p) => p.state === member.state)) {
    reasons.push(`einzige Bewerbung aus ${stateLabel(member)} in der Gruppe`);
  }
  if (member.perspectiveKey && lacks((p) => p.perspectiveKey === member.perspectiveKey)) {
    reasons.push(`bringt die Perspektive ${member.perspective} ein, die sonst fehlt`);
  }
  if (lacks((p) => p.band === member.band)) {
    reasons.push(`Erfahrungsstufe ${member.band} wäre sonst nicht vertreten`);
  }
  const kindReason =
    settlementReason(member, group) ??
    (member.kind !== UNKNOWN && lacks((p) => p.kind === member.kind) ? `Gebietsart ${kindLabel(member)} ist sonst nicht vertreten` : undefined);
  if (kindReason) reasons.push(kindReason);
  if (member.applicant.tandemPartnerApplying) reasons.push(TANDEM_REASON);

  return reasons.length > 0 ? reasons : [fallback];
}

/** Only said when the member's side (urban or rural) is the minority, otherwise it explains nothing. */
function settlementReason(member: Profile, group: readonly Profile[]): string | undefined {
  const urban = group.filter((p) => p.settlement === "urban").length;
  const rural = group.filter((p) => p.settlement === "rural").length;
  if (member.settlement === "rural" && rural < urban) {
    return `${kindLabel(member)}: ländliche Perspektive ergänzt die Städte`;
  }
  if (member.settlement === "urban" && urban < rural) {
    return `${kindLabel(member)}: städtische Perspektive ergänzt die ländlichen Regionen`;
  }
  return undefined;
}

/** For members whose attributes all repeat in the group: their place in the diversity ranking. */
export function rankReason(member: Profile, rank: number): string {
  return `in der Vielfaltsbewertung an ${rank}. Stelle ausgewählt (${stateLabel(member)}, ${member.perspective}, ${member.band})`;
}
