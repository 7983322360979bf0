/** How often a mail is tried before it is given up. */
export const maxAttempts = 6;

/** The SMTP server's reply code, when it answered at all (no code: the server could not be reached). */
export function replyCode(error: unknown): number | null {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" ? code : null;
}

/**
 * What a failed send means for a mail tried `attempts` times (this try included): a 5xx answer is
 * final (a bounce), so is the sixth failure; otherwise it is tried again after 1, 2, 4, 8, 16 minutes.
 * Shared by the mail queue and the newsletter's deliveries.
 */
export function sendFailure(error: unknown, attempts: number, now = Date.now()) {
  const code = replyCode(error);
  return {
    lastError: String((error as { response?: unknown }).response ?? (error as Error).message ?? error).slice(0, 500),
    final: (code !== null && code >= 500) || attempts >= maxAttempts,
    retryAt: new Date(now + 60_000 * 2 ** (attempts - 1)),
  };
}
