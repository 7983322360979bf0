import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Email } from "../../../platform/http/schemas.ts";
import type { FieldErrors } from "../../../platform/forms.ts";
import { messages } from "./texts.ts";

const email = Email({ message: messages.email });

/** Without an address the page shows only the search field. */
export const lookupQuery = Type.Object({ email: Type.Optional(email) });
export const exportQuery = Type.Object({ email });

export const eraseBody = Type.Object({ email, bestaetigt: Type.Optional(Choice(["ja"])) });
export type EraseInput = Static<typeof eraseBody>;

/** The erasure needs the ticked confirmation, asked for once the address is right: the schema cannot say so in these words. */
export const confirmErrors = (body: Partial<EraseInput> | undefined, errors: FieldErrors): FieldErrors =>
  errors.email || body?.bestaetigt === "ja" ? {} : { bestaetigt: messages.confirm };
