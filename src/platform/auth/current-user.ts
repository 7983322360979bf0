import type { Role } from "./roles.ts";

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  municipalityId: number | null;
}
