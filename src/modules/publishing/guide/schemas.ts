import { Type, type Static, type TString } from "@fastify/type-provider-typebox";
import { Choice, IdParams, List, Slug, Text, Param } from "../../../platform/http/schemas.ts";
import { kinds, levels } from "./reference.ts";

export const slugParams = Type.Object({ slug: Param(120, 1) });
export const chapterParams = IdParams;
export const sectionParams = IdParams;

/** Unknown filter values come from edited addresses; the overview ignores them, as a list should always answer. */
export const filterQuery = Type.Object({ ebene: Type.Optional(Param(50)), art: Type.Optional(Param(50)) });
/** A long query is cut to its first words rather than refused; a page beyond the last shows the last. */
export const searchQuery = Type.Object({ q: Type.Optional(Param(20000)), seite: Type.Optional(Param(10)) });
/** The notice after a saved form: ?stand=gespeichert … */
export const noticeQuery = Type.Object({ stand: Type.Optional(Param(20)) });

/** A position typed by the team: empty means "at the end"; otherwise a whole number from 1 to 999. */
const Position = () => Type.String({ maxLength: 3, pattern: "^([1-9][0-9]{0,2})?$" });
const title = Text({ min: 3, max: 150, message: "Bitte geben Sie einen Titel mit mindestens 3 Zeichen ein." });

export const chapterBody = Type.Object({
  title,
  level: Choice(levels),
  position: Type.Optional(Position()),
  intro: Type.Optional(Text({ max: 3000, lines: true, markup: true })),
  topics: List(Slug(60), 5),
});
export type ChapterInput = Static<typeof chapterBody>;

export const sectionBody = Type.Object({
  kind: Choice(kinds),
  title,
  body: Text({ min: 1, max: 20000, lines: true, markup: true, message: "Bitte schreiben Sie den Inhalt des Abschnitts." }),
  position: Type.Optional(Position()),
});
export type SectionInput = Static<typeof sectionBody>;

/** New positions of a chapter's sections, one field per section: position-<id of the section>. */
export const orderBody = Type.Object({}, { patternProperties: { "^position-[1-9][0-9]{0,9}$": Position() } });
/** TypeBox reads no field names made from ids, so they are named here. */
export type OrderInput = Partial<Record<`position-${number}`, Static<TString>>>;

export const deleteBody = Type.Object({ bestaetigung: Type.Optional(Param(10)) });
