import { Type, type Static } from "@fastify/type-provider-typebox";
import { Day, Id, IdParams, List, Slug, Text, Param } from "../../../platform/http/schemas.ts";

export const guestRows = 4;
type GuestPart = "Name" | "Role" | "Municipality";
/** The form's fields of guest row 1 … 4: guest1Name, guest1Role, guest1Municipality … */
export const guestField = (row: number, part: GuestPart) => `guest${row}${part}`;
const guestLimits: Record<GuestPart, number> = { Name: 120, Role: 150, Municipality: 120 };

/** An episode's or a season's address; empty makes one from the title. */
const address = Type.Optional(Type.String({ maxLength: 80, pattern: "^([a-z0-9]+(-[a-z0-9]+)*)?$" }));

export const slugParams = Type.Object({ slug: Param(200) });
export const seasonParams = IdParams;
export const episodeParams = IdParams;
/** The notice after a saved form: ?stand=folge … */
export const noticeQuery = Type.Object({ stand: Type.Optional(Param(20)) });

export const seasonBody = Type.Object({
  number: Type.String({ maxLength: 2, pattern: "^[1-9][0-9]?$" }),
  title: Text({ min: 3, max: 150 }),
  slug: address,
  description: Type.Optional(Text({ max: 2000, lines: true })),
});
export type SeasonInput = Static<typeof seasonBody>;

type GuestFields = Record<`guest${number}${GuestPart}`, ReturnType<typeof Text>>;
const guestFields = Object.fromEntries(
  Array.from({ length: guestRows }, (_, index) =>
    (["Name", "Role", "Municipality"] as const).map((part) => [guestField(index + 1, part), Type.Optional(Text({ max: guestLimits[part] }))]),
  ).flat(),
) as GuestFields;

export const episodeBody = Type.Object({
  seasonId: Id(),
  number: Type.String({ maxLength: 3, pattern: "^[1-9][0-9]{0,2}$" }),
  title: Text({ min: 3, max: 150 }),
  slug: address,
  description: Text({ min: 1, max: 4000, lines: true }),
  chapters: Type.Optional(Text({ max: 20_000, lines: true })),
  transcript: Type.Optional(Text({ max: 200_000, lines: true })),
  topics: List(Slug(60), 5),
  publishedOn: Type.Optional(Day()),
  ...guestFields,
});
/** An episode's fields; TypeBox reads no numbered fields, so the guest rows are named here. */
export type EpisodeInput = Static<typeof episodeBody> & Partial<Record<`guest${number}${GuestPart}`, string>>;

export const deleteBody = Type.Object({ bestaetigung: Type.Optional(Param(10)) });

/** The audio form: one file, checked by its content (rules/audio-file.ts), not by a schema. */
export interface UploadedFile {
  type: "file";
  filename: string;
  file: { truncated: boolean };
  toBuffer(): Promise<Buffer>;
}
export const audioBody = Type.Object({ datei: Type.Optional(Type.Unsafe<UploadedFile>({})) });
