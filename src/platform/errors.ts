/** An error a user can cause or meet, with its HTTP status, a stable id and a German message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what = "Die Seite") => new AppError(404, "not_found", `${what} wurde nicht gefunden.`);
export const unauthenticated = () => new AppError(401, "unauthenticated", "Bitte melden Sie sich an, um diese Seite zu nutzen.");
export const forbidden = () => new AppError(403, "forbidden", "Sie haben keine Berechtigung für diese Seite oder Aktion.");
