import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Email, Id, Param, Text } from "../../../platform/http/schemas.ts";
import { memberRoles } from "../../../platform/auth/roles.ts";
import { agsOf, profileParams } from "../../municipalities/index.ts";

/** A profile address as the municipalities module has it: the AGS, optionally followed by the name. */
export const slugParams = profileParams;
export { agsOf };
export const memberParams = Type.Object({ slug: slugParams.properties.slug, id: Id() });
export const membersQuery = Type.Object({ stand: Type.Optional(Param(20)) });

export const inviteBody = Type.Object({
  name: Text({ max: 120, min: 1, message: "Bitte geben Sie den Namen der Person ein." }),
  email: Email({ message: "Bitte geben Sie die E-Mail-Adresse der Person ein." }),
  role: Choice(memberRoles),
});
export type InviteInput = Static<typeof inviteBody>;

export const roleBody = Type.Object({ role: Choice(memberRoles) });
