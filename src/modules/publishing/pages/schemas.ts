import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Email, IdParams, Text, Param } from "../../../platform/http/schemas.ts";
import type { FieldErrors } from "../../../platform/forms.ts";
import { messages } from "./texts.ts";

/** The page the report is about, from the footer's link; a too long or odd one leaves the form empty. */
export const barrierFormQuery = Type.Object({ seite: Type.Optional(Param(500)) });

/** Only the description is required; the page keeps its line breaks here, so that they can be named (`lineErrors`). */
export const barrierBody = Type.Object({
  pageUrl: Type.Optional(Text({ max: 500, lines: true })),
  description: Text({ max: 5000, min: 1, lines: true, message: messages.description }),
  name: Type.Optional(Text({ max: 120 })),
  email: Type.Optional(Email({ required: false })),
});
export type BarrierInput = Static<typeof barrierBody>;
/** A stored report's fields, empty where left out. */
export type BarrierValues = Required<BarrierInput>;

/** An address of a page has one line: the schema's keywords cannot say so in these words. */
export const lineErrors = (body: Partial<BarrierInput> | undefined): FieldErrors => (body?.pageUrl?.includes("\n") ? { pageUrl: messages.oneLine } : {});

export const reportParams = IdParams;
export const reportListQuery = Type.Object({ stand: Type.Optional(Param(20)) });
export const statusBody = Type.Object({ status: Choice(["open", "done"]) });
export type BarrierStatus = Static<typeof statusBody>["status"];
