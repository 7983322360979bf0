import { Type } from "@fastify/type-provider-typebox";
import { Email, Secret, Text, Token } from "../http/schemas.ts";
import { minPasswordLength } from "./passwords.ts";

/** Where to go after logging in: a path on this site (checked by safeNext). */
const next = Type.Optional(Text({ max: 500, markup: true }));

export const loginQuery = Type.Object({ weiter: next });
export const loginBody = Type.Object({ email: Email({ message: "Bitte geben Sie Ihre E-Mail-Adresse ein." }), password: Secret(), weiter: next });
export const emailBody = Type.Object({ email: Email({ message: "Bitte geben Sie Ihre E-Mail-Adresse ein." }) });
export const tokenParams = Type.Object({ token: Token() });
export const newPasswordBody = Type.Object({
  password: Type.String({ minLength: minPasswordLength, maxLength: 200, "x-text": "raw" }),
  confirm: Type.String({ maxLength: 200, "x-text": "raw" }),
});
