import type { Role } from "./roles.ts";

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  municipalityId: number | null;
}

/** The initiative's team: administration and editorial staff. */
export const isTeam = (user: CurrentUser | null) => user?.role === "admin" || user?.role === "editor";
