import { Type } from "@fastify/type-provider-typebox";

/** A profile address as the municipalities module has it: the AGS, optionally followed by the name. */
export const slugParams = Type.Object({ slug: Type.String({ maxLength: 120, pattern: "^[0-9]{5}([0-9]{3})?(-[a-z0-9-]*)?$" }) });
export const agsOf = (slug: string) => slug.split("-")[0]!;
