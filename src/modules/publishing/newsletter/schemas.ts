import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Email, Id, IdParams, List, Text, Param, Token } from "../../../platform/http/schemas.ts";
import type { FieldErrors } from "../../../platform/forms.ts";
import { messages } from "./texts.ts";

/** The notice after a redirect (`?stand=angemeldet`); an unknown one shows none. */
export const standQuery = Type.Object({ stand: Type.Optional(Param(20)) });

/** A link from a mail: the confirmation or the unsubscribe token. */
export const tokenParams = Type.Object({ token: Token() });

/** An issue's web version by its number ("2-2026"); any other text is an issue that does not exist. */
export const issueNumberParams = Type.Object({ number: Param(40) });

export const issueParams = IdParams;

/** The address as typed: the form shows it back so when the mail cannot go out; the sign-up stores it lowercased. */
const typedEmail = Type.String({ maxLength: 254, minLength: 1, "x-text": "line", "x-email": true, "x-message": messages.email });

export const signUpBody = Type.Object({
  email: typedEmail,
  zustimmung: Type.Optional(Choice(["ja"])),
});
export type SignUpInput = Static<typeof signUpBody>;

/** The consent is a checkbox the form needs ticked: the schema cannot say so in the newsletter's words. */
export const consentErrors = (body: Partial<SignUpInput> | undefined): FieldErrors => (body?.zustimmung === "ja" ? {} : { zustimmung: messages.consent });

export const issueBody = Type.Object({
  number: Text({ max: 7 }),
  title: Text({ max: 150, min: 5, message: messages.title }),
  editorial: Type.Optional(Text({ max: 10_000, lines: true, markup: true })),
  artikel: List(Id(), 50),
  berichte: List(Id(), 50),
  termine: List(Id(), 50),
});
export type IssueInput = Static<typeof issueBody>;

export const testMailBody = Type.Object({ testEmail: Email({ message: messages.email }) });

/** "An alle senden" goes only with the confirmation page's button, which sends `bestaetigt=ja`. */
export const sendBody = Type.Object({ bestaetigt: Type.Optional(Choice(["ja"])) });
export type SendInput = Static<typeof sendBody>;

/** When a scheduled issue goes out: a German day and wall-clock time. */
export const scheduleBody = Type.Object({
  sendDate: Type.String({ maxLength: 10, minLength: 1, "x-text": "line", "x-day": true, "x-message": messages.sendDate }),
  sendTime: Type.String({ maxLength: 5, pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", "x-message": messages.sendTime }),
});
export type ScheduleInput = Static<typeof scheduleBody>;

/** The subscriber list's search: a part of the address, a state, a page. */
export const subscribersQuery = Type.Object({
  q: Type.Optional(Param(100)),
  status: Type.Optional(Param(20)),
  seite: Type.Optional(Param(10)),
});
export type SubscribersQuery = Static<typeof subscribersQuery>;

/** The import form: one CSV file, as @fastify/multipart attaches it to the body. */
export const importBody = Type.Object({
  datei: Type.Optional(Type.Object({ type: Type.String(), filename: Type.Optional(Type.String()) })),
});
