import { Type, type Static, type TOptional, type TString } from "@fastify/type-provider-typebox";
import { Choice, Day, Email, Flag, GermanNumber, Id, List, ordered, Phone, Slug, Text, WebAddress, Param } from "../../platform/http/schemas.ts";
import { memberRoles, type Role } from "../../platform/auth/roles.ts";
import { kinds, phases, sizeClasses, sortOrders, states, tandemRoles } from "./reference.ts";

/** One of a record's keys, or "" for "all" (an unselected filter). */
const filter = (record: object) => Type.Optional(Choice(["", ...Object.keys(record)]));

export const directoryQuery = Type.Object({
  q: Type.Optional(Text({ max: 100, markup: true })),
  land: filter(states),
  typ: filter(kinds),
  groesse: filter(sizeClasses),
  thema: Type.Optional(Type.String({ maxLength: 60, pattern: "^[a-z0-9-]*$" })),
  fellow: filter({ ja: 1, nein: 1 }),
  sortierung: filter(sortOrders),
  seite: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
});
export type DirectoryQuery = Static<typeof directoryQuery>;

/** A profile address: the AGS (5 or 8 digits), optionally followed by the name for readable links. */
export const profileParams = Type.Object({ slug: Type.String({ maxLength: 120, pattern: "^[0-9]{5}([0-9]{3})?(-[a-z0-9-]*)?$" }) });
export const agsOf = (slug: string) => slug.split("-")[0];
export const projectParams = Type.Object({ slug: profileParams.properties.slug, id: Id() });
export const agsParams = Type.Object({ ags: Type.String({ pattern: "^[0-9]{5}([0-9]{3})?$", description: "Amtlicher Gemeindeschlüssel" }) });
export const savedQuery = Type.Object({ gespeichert: Type.Optional(Param(2)) });

/**
 * The Jugendamt's contact details, defined once: the form shows these fields, the profile and the
 * API show them, the profile query selects them and the command saves them.
 */
export const contactFields = {
  youthOfficeName: Text({ max: 200 }),
  youthOfficeAddress: Text({ max: 300, lines: true }),
  youthOfficePhone: Phone(),
  youthOfficeEmail: Email({ required: false }),
  youthOfficeWebsite: WebAddress(),
};
export type ContactField = keyof typeof contactFields;
export const contactKeys = Object.keys(contactFields) as ContactField[];

const topicList = List(Slug(60), 30);

/** A field left out of a profile form (an older copy of the page) keeps what is saved. */
export const profileBody = Type.Partial(
  Type.Object({ description: Text({ max: 3000, lines: true }), ...contactFields, topics: topicList, officialDomains: Text({ max: 500 }) }),
);
export type ProfileInput = Static<typeof profileBody>;

export const milestoneRows = 12;
type MilestoneFields = Record<`m${number}_title` | `m${number}_due`, TOptional<TString>> & Record<`m${number}_done`, ReturnType<typeof Flag>>;
/** Milestones are numbered rows of the form: m0_title, m0_due, m0_done, m1_title … */
const milestoneFields = Object.fromEntries(
  Array.from({ length: milestoneRows }, (_, i) => [
    [`m${i}_title`, Type.Optional(Text({ max: 300 }))],
    [`m${i}_due`, Type.Optional(Day())],
    [`m${i}_done`, Flag()],
  ]).flat(),
) as MilestoneFields;

export const projectBody = Type.Object(
  {
    title: Text({ max: 200, min: 1, message: "Bitte geben Sie dem Vorhaben einen Titel." }),
    summary: Text({ max: 2000, lines: true }),
    goals: Text({ max: 4000, lines: true }),
    phase: Choice(phases),
    startsOn: Day(),
    endsOn: Day(),
    learnings: Text({ max: 3000, lines: true }),
    topics: topicList,
    ...milestoneFields,
  },
  ordered({ first: "startsOn", then: "endsOn", message: "Das Ende darf nicht vor dem Beginn liegen." }),
);
/** The fields of a change project; milestone rows come as m0_title, m0_due, m0_done … */
/** The fields of a change project; TypeBox reads no numbered fields, so the milestone rows are named here. */
export type ProjectInput = Static<typeof projectBody> &
  Partial<Record<`m${number}_title` | `m${number}_due`, string>> &
  Partial<Record<`m${number}_done`, boolean>>;

export const municipalityBody = Type.Object({
  ags: Text({ max: 8, min: 1, message: "Bitte geben Sie den achtstelligen Gemeindeschlüssel ein." }),
  name: Text({ max: 120, min: 1, message: "Bitte geben Sie den Namen der Stadt ein." }),
  population: GermanNumber({ minimum: 1, maximum: 5_000_000 }),
  areaKm2: GermanNumber({ minimum: 0.1, maximum: 5_000 }),
});
export type MunicipalityInput = Static<typeof municipalityBody>;

export const personBody = Type.Object({
  name: Text({ max: 120, min: 1, message: "Bitte geben Sie den Namen der Person ein." }),
  jobTitle: Text({ max: 120 }),
  tandemRole: Choice(["", ...Object.keys(tandemRoles)]),
  email: Email({ required: false }),
  showOnProfile: Flag(),
  accountRole: Choice<"" | Role>(["", ...memberRoles]),
});
export type PersonInput = Static<typeof personBody>;

/** The profile as the page, the form and the API read it; rows are parsed with it, not cast. */
const TopicRef = Type.Object({ slug: Type.String(), label: Type.String() });
const Place = Type.Object({ slug: Type.String(), name: Type.String() });
const Child = Type.Object({ slug: Type.String(), name: Type.String(), kind: Type.String() });
const NullableDay = Type.Union([Type.String(), Type.Null()]);
export const Milestone = Type.Object({ id: Type.Integer(), title: Type.String(), dueOn: NullableDay, done: Type.Boolean() });
export const ChangeProject = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  summary: Type.String(),
  goals: Type.Array(Type.String()),
  phase: Type.String(),
  startsOn: NullableDay,
  endsOn: NullableDay,
  learnings: Type.String(),
  topics: Type.Array(TopicRef),
  milestones: Type.Array(Milestone),
});
export const PublicPerson = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  jobTitle: Type.String(),
  tandemRole: Type.Union([Type.String(), Type.Null()]),
  isExample: Type.Boolean(),
});
const contactRead = Type.Object(Object.fromEntries(contactKeys.map((key) => [key, Type.String()])) as Record<ContactField, TString>);
export const Profile = Type.Composite([
  Type.Object({
    id: Type.Integer(),
    ags: Type.String(),
    slug: Type.String(),
    name: Type.String(),
    officialName: Type.String(),
    kind: Type.String(),
    stateCode: Type.String(),
    population: Type.Integer(),
    areaKm2: Type.Number(),
    figuresAsOf: Type.Union([Type.String(), Type.Null()]),
    isFellow: Type.Boolean(),
    description: Type.String(),
    updatedAt: Type.String(),
  }),
  contactRead,
  Type.Object({
    topics: Type.Array(TopicRef),
    people: Type.Array(PublicPerson),
    projects: Type.Array(ChangeProject),
    parent: Type.Union([Place, Type.Null()]),
    children: Type.Array(Child),
  }),
]);
export type Profile = Static<typeof Profile>;
export type ChangeProject = Static<typeof ChangeProject>;
