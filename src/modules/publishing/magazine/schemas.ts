import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Day, Email, Flag, Id, IdParams, List, Text, Param } from "../../../platform/http/schemas.ts";
import { articleMessages, authorMessages, imageMessages } from "./texts.ts";

export { IdParams };

/** An article's or an author's address: any text, an unknown one answers 404. */
export const slugParams = Type.Object({ slug: Param(200) });

const pageNumber = Type.Optional(Param(10));

export const listQuery = Type.Object({ tag: Type.Optional(Param(100)), seite: pageNumber });

/** A search longer than the search uses is cut, not refused: a pasted paragraph still finds something. */
export const searchQuery = Type.Object({ q: Type.Optional(Param(20_000)), seite: pageNumber });

export const articleQuery = Type.Object({ vorschau: Type.Optional(Param(5)) });
export type ArticleQuery = Static<typeof articleQuery>;

export const revisionParams = Type.Object({ id: Id(), revisionId: Id() });

/** The notice after a save on the editors' pages. */
export const noticeQuery = Type.Object({ stand: Type.Optional(Param(30)) });

/** The image just uploaded, shown at the top of the images page. */
export const imagesQuery = Type.Object({ bild: Type.Optional(Id()) });

export const relatedFields = ["related1", "related2", "related3"] as const;
/** A chosen article of "Mehr zum Thema", or "" for none. */
const relatedChoice = Type.Optional(Type.String({ maxLength: 10, pattern: "^([1-9][0-9]{0,9})?$" }));

export const articleLimits = { title: 200, teaser: 600, body: 100_000, tags: 400, moreMunicipalities: 400 } as const;

export const articleBody = Type.Object({
  title: Text({ max: articleLimits.title, min: 1, message: articleMessages.title }),
  teaser: Type.Optional(Text({ max: articleLimits.teaser, lines: true })),
  body: Type.Optional(Text({ max: articleLimits.body, lines: true, markup: true })),
  authors: List(Id(), 20),
  tags: Type.Optional(Text({ max: articleLimits.tags })),
  publishDate: Type.Optional(Day()),
  publishTime: Type.Optional(Type.String({ maxLength: 5, pattern: "^(([01][0-9]|2[0-3]):[0-5][0-9])?$" })),
  related1: relatedChoice,
  related2: relatedChoice,
  related3: relatedChoice,
  municipalities: List(Id(), 500),
  moreMunicipalities: Type.Optional(Text({ max: articleLimits.moreMunicipalities })),
  events: List(Id(), 500),
  commentsOpen: Flag(),
  aktion: Type.Optional(Choice(["entwurf", "veroeffentlichen"])),
});
export type ArticleBody = Static<typeof articleBody>;

export const authorLimits = { name: 120, role: 120, bio: 2000 } as const;

export const authorBody = Type.Object({
  name: Text({ max: authorLimits.name, min: 1, message: authorMessages.name }),
  role: Type.Optional(Text({ max: authorLimits.role })),
  bio: Type.Optional(Text({ max: authorLimits.bio, lines: true })),
  email: Type.Optional(Email({ required: false })),
});
export type AuthorBody = Static<typeof authorBody>;

/**
 * The image form comes as multipart: each field is a part whose `value` holds the text. The
 * alternative text is checked here; the file itself by its bytes (commands/add-image.ts).
 */
export const imageBody = Type.Object({
  alt: Type.Object({ value: Text({ max: 300, min: 1, message: imageMessages.alt }) }),
  datei: Type.Optional(Type.Object({ type: Type.String(), filename: Type.Optional(Type.String()) })),
});
export type ImageBody = Static<typeof imageBody>;
