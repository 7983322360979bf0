const confirmDays = 7;
const confirmWindowMs = confirmDays * 24 * 60 * 60 * 1000;

/** A confirmation link is valid for seven days after its mail went out. */
export const hasExpired = (sentAt: Date, now: Date) => now.getTime() - sentAt.getTime() > confirmWindowMs;

/** Sign-ups made before this time and still not confirmed are deleted (data protection). */
export const unconfirmedBefore = (now: Date) => new Date(now.getTime() - confirmWindowMs);
