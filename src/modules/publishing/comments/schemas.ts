import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Email, IdParams, Text, Param } from "../../../platform/http/schemas.ts";
import { limits, messages } from "./texts.ts";

export { IdParams };

/** The field bots fill and people leave empty (it is hidden from people). */
export const honeypotField = "website";

export const slugParams = Type.Object({ slug: Param(200) });

const commentName = Text({ min: limits.nameMin, max: limits.name, markup: true, message: messages.name });

/**
 * A reader's comment. Its text is kept as typed: invisible control characters are dropped, not
 * refused, and a too long text is told its length; both after cleaning (rules/comment-form.ts).
 */
export const commentBody = Type.Object({
  commentName,
  commentEmail: Email({ message: messages.email }),
  commentBody: Type.Optional(Type.String({ maxLength: 1_000_000 })),
  commentParent: Type.Optional(Param(12)),
  netiquette: Type.Optional(Choice(["ja"])),
  [honeypotField]: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type CommentBody = Static<typeof commentBody>;

/** The moderation's correction of a comment's name and text. */
export const editBody = Type.Object({
  commentName,
  commentBody: Text({ min: 1, max: limits.body, lines: true, markup: true, message: messages.bodyEmpty }),
});
export type EditBody = Static<typeof editBody>;

/** The state filter of the queue, kept when a decision sends the moderator back. */
const filter = Type.Optional(Param(20));

export const queueQuery = Type.Object({
  status: filter,
  seite: Type.Optional(Param(10)),
  stand: Type.Optional(Param(20)),
});

export const decisionBody = Type.Object({ filter });

export const unblockBody = Type.Object({ email: Email(), filter });
