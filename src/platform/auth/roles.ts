/** Roles of an account. The initiative's team: admin, editor. A municipality's members: leader, planningSpecialist, staff. */
export const roles = ["admin", "editor", "leader", "planningSpecialist", "staff"] as const;
export type Role = (typeof roles)[number];

export const memberRoles: readonly Role[] = ["leader", "planningSpecialist", "staff"];

export const roleLabels: Record<Role, string> = {
  admin: "Administration",
  editor: "Redaktion",
  leader: "Führungskraft",
  planningSpecialist: "Planungsfachkraft",
  staff: "Mitarbeiter:in",
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function isMemberRole(role: Role): boolean {
  return memberRoles.includes(role);
}
