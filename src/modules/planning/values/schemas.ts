import { Type, type Static } from "@fastify/type-provider-typebox";
import { Id, List, Param, Text } from "../../../platform/http/schemas.ts";
import { slugParams } from "../schemas.ts";

export { slugParams };
export const uploadParams = Type.Object({ slug: slugParams.properties.slug, uploadId: Id() });
export const importParams = Type.Object({ slug: slugParams.properties.slug, id: Id() });
export const mappingQuery = Type.Object({ blatt: Type.Optional(Param(200)) });

/** A file as @fastify/multipart attaches it to the body (its size is checked by the route). */
export interface UploadedFile {
  type: "file";
  filename: string;
  file: { truncated: boolean };
  toBuffer(): Promise<Buffer>;
}

/** The upload form: the file, and optionally a saved mapping (a multipart text field: its text is in `value`). */
export const uploadBody = Type.Object({
  datei: Type.Optional(Type.Unsafe<UploadedFile>({})),
  zuordnung: Type.Optional(Type.Unsafe<{ value?: unknown }>({})),
});

/**
 * The mapping step. `rolle[]` (brackets: one field per column, in order) has one entry per column of the file, in order: "" (ignore), "wert"
 * (values; indicator and period from the fields above), "zeitraum" (values of the period named
 * in the column's header) or "ind:<key>" (values of that indicator).
 */
export const mappingBody = Type.Object({
  gespeichert: Type.Optional(Param(120)),
  name: Type.Optional(Text({ max: 120 })),
  gebiet: Type.Optional(Param(200)),
  zeitraum_spalte: Type.Optional(Param(200)),
  zeitraum: Type.Optional(Text({ max: 40 })),
  indikator_spalte: Type.Optional(Param(200)),
  indikator: Type.Optional(Param(80)),
  fallzahl_spalte: Type.Optional(Param(200)),
  blatt: Type.Optional(Param(200)),
  "rolle[]": List(Param(100), 1000),
});
export type MappingInput = Static<typeof mappingBody>;
