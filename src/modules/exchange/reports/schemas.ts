import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Email, Id, IdParams, List, Slug, Text, Param } from "../../../platform/http/schemas.ts";
import { visibilities } from "../reference.ts";
import { limits, messages } from "./texts.ts";

export const reportParams = IdParams;
export const fileParams = Type.Object({ id: Id(), fileId: Id() });
export const noticeQuery = Type.Object({ stand: Type.Optional(Param(20)) });

const part = (max: number) => Type.Optional(Text({ max, lines: true }));

/** A report's form. A draft needs only its title; what a report for review needs is checked by the command. */
export const reportBody = Type.Object({
  title: Text({ max: 150, min: 5, message: messages.title }),
  problem: part(3000),
  context: part(2000),
  approach: part(6000),
  worked: part(4000),
  notWorked: part(4000),
  transfer: part(3000),
  contactName: Type.Optional(Text({ max: 120 })),
  contactEmail: Type.Optional(Email({ required: false })),
  visibility: Choice(visibilities),
  topics: List(Slug(60), limits.topics),
  changeProjectId: Type.Optional(Type.Union([Type.Literal(""), Id()])),
  /** "einreichen" hands the report to the team; anything else saves a draft. */
  aktion: Type.Optional(Param(20)),
});
export type ReportInput = Static<typeof reportBody>;

export const returnBody = Type.Object({ reviewNote: Text({ max: 2000, min: 1, lines: true, message: messages.reviewNote }) });

/** A file as @fastify/multipart hands it to the route (attachFieldsToBody). */
export interface UploadedFile {
  type: "file";
  filename: string;
  toBuffer(): Promise<Buffer>;
}
/** The upload form; the file is checked by its content, not by the schema. */
export const attachmentBody = Type.Object({ datei: Type.Optional(Type.Unsafe<UploadedFile | string>({})) });
