import { Type, type Static } from "@fastify/type-provider-typebox";
import { Choice, Email, Flag, GermanNumber, Id, List, Param, Slug, Text, Token } from "../../../platform/http/schemas.ts";
import { planningStages, tandemRoles, textLimits } from "../reference.ts";

/** /ausschreibungen/:slug/bewerbung: the call's address; the application is the one of the user's municipality. */
export const callParams = Type.Object({ slug: Param(120) });
export const invitationParams = Type.Object({ slug: Param(120), token: Token() });
export const stateQuery = Type.Object({ stand: Type.Optional(Param(20)) });

export const startBody = Type.Object({
  role: Choice(tandemRoles),
  partnerName: Text({ max: 120, min: 1, message: "Bitte geben Sie den Namen der Person ein." }),
  partnerEmail: Email({ message: "Bitte geben Sie die E-Mail-Adresse der Person ein." }),
});
export type StartInput = Static<typeof startBody>;

/** The longest answer any call may ask for; each question's own limit is checked by the command. */
const answerMax = 20_000;
/** An answer to a question of the call arrives as `frage-<key>`. */
export const answerField = (key: string) => `frage-${key}`;

/** A draft as it is: every field may be empty, the limits hold always. */
export const draftBody = Type.Object(
  {
    projectTitle: Type.Optional(Text({ max: textLimits.title })),
    projectSummary: Type.Optional(Text({ max: textLimits.summary, lines: true })),
    projectTopics: List(Slug(80), 40),
    planningStage: Type.Optional(Choice(["", ...Object.keys(planningStages)])),
    situation: Type.Optional(Text({ max: textLimits.situation, lines: true })),
    expectations: Type.Optional(Text({ max: textLimits.expectations, lines: true })),
    trainings: Flag(),
    workingGroups: Flag(),
    checkIns: Flag(),
    hoursPerMonth: Type.Optional(GermanNumber({ minimum: 0, maximum: 160 })),
  },
  { patternProperties: { "^frage-[a-z0-9-]{1,60}$": Text({ max: answerMax, lines: true }) } },
);
export type DraftInput = Static<typeof draftBody> & Record<string, unknown>;

export const projectBody = Type.Object({ changeProjectId: Id() });

/** A file as @fastify/multipart attaches it to the body; its size and content are checked by the route and the command. */
export interface UploadedFile {
  type: "file";
  filename: string;
  file: { truncated: boolean };
  toBuffer(): Promise<Buffer>;
}
export const letterBody = Type.Object({ datei: Type.Optional(Type.Unsafe<UploadedFile | string>({})) });
