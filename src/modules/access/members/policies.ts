import type { CurrentUser } from "../../../platform/auth/current-user.ts";

/** A municipality's leader manages its members; the team (the admin) those of every municipality. */
const manageMembers = (user: CurrentUser | null, municipality: { id: number }) =>
  user?.role === "admin" || (user?.role === "leader" && user.municipalityId === municipality.id);

export const policies = {
  manageMembers,
  /** Nobody changes their own role or removes themselves: a leader would lock themselves out. */
  changeMember: (user: CurrentUser | null, municipality: { id: number }, member: { id: number }) => manageMembers(user, municipality) && user!.id !== member.id,
};
