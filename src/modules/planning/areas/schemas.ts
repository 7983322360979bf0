import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Id, Param, Text } from "../../../platform/http/schemas.ts";
import { slugParams } from "../schemas.ts";
import { supportedCrs } from "./rules/crs.ts";

export const areasQuery = Type.Object({ stand: Type.Optional(Param(20)) });
export const areaParams = Type.Object({ slug: slugParams.properties.slug, id: Id() });
export const cutParams = Type.Object({ slug: slugParams.properties.slug, cutId: Id() });

/** A file as @fastify/multipart hands it to the route (attachFieldsToBody); checked by its content, not by the schema. */
export interface UploadedFile {
  type: "file";
  filename: string;
  file: { truncated: boolean };
  toBuffer(): Promise<Buffer>;
}
const file = Type.Optional(Type.Unsafe<UploadedFile | string>({}));
/** Empty: the file says its CRS, or the coordinates decide. */
const crsChoice = Type.Optional(Choice(["", ...Object.keys(supportedCrs)]));
const propertyName = Type.Optional(Text({ max: 100 }));

/** The import form (multipart; the fields arrive as text, see routes/import.ts). */
export const importBody = Type.Object({
  key: propertyName,
  name: propertyName,
  parent: propertyName,
  crs: crsChoice,
  label: Type.Optional(Text({ max: 200 })),
  datei: file,
});
export type ImportBody = Static<typeof importBody>;

export const listBody = Type.Object({
  liste: Text({ max: 500_000, min: 1, lines: true, message: "Bitte tragen Sie mindestens ein Gebiet ein: eine Zeile je Gebiet, Schlüssel;Name." }),
  label: Type.Optional(Text({ max: 200 })),
});
export type ListBody = Static<typeof listBody>;

/** One area: its name and parent (a plain form), or its geometry (an upload form); both post here. */
export const areaBody = Type.Object({
  name: Type.Optional(Text({ max: 200 })),
  parentKey: Type.Optional(Text({ max: 200 })),
  crs: crsChoice,
  datei: file,
});
export type AreaBody = Static<typeof areaBody>;
