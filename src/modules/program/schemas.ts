import { Type, type Static, type TOptional, type TString } from "@fastify/type-provider-typebox";
import { Choice, Day, Email, Flag, Id, List, ordered, Text, Token, Param } from "../../platform/http/schemas.ts";
import { audiences } from "./reference.ts";

/** Which notice a page shows after a redirect (?stand=gespeichert). */
export const stateQuery = Type.Object({ stand: Type.Optional(Param(20)) });

/**
 * A whole number as typed into a form. Its range is checked by the form's rules, so the message can
 * say "a whole number from 1 to 10.000" where the field stands.
 */
export const WholeNumber = () => Text({ max: 12 });

export const eventQuery = stateQuery;
export const tokenParams = Type.Object({ id: Id(), token: Token() });
export const feedParams = Type.Object({ token: Token() });

/** A visitor without an account gives name and address; a signed-in person sends neither. */
export const registrationBody = Type.Object({
  name: Type.Optional(Text({ max: 120 })),
  email: Type.Optional(Email({ required: false })),
});
export type RegistrationInput = Static<typeof registrationBody>;

export const resendBody = Type.Object({ confirmationEmail: Email() });

/** An id chosen from a list that may stay empty ("all municipalities"). */
const OptionalId = () => Type.Union([Type.Literal(""), Id()]);

/** How many day rows the event form has: d0_date, d0_start, d0_end, d1_date … */
export const dayRows = 6;
type DayFields = Record<`d${number}_date` | `d${number}_start` | `d${number}_end`, TOptional<TString>>;
const dayFields = Object.fromEntries(
  Array.from({ length: dayRows }, (_, i) => [
    [`d${i}_date`, Type.Optional(Day())],
    [`d${i}_start`, Type.Optional(Text({ max: 5 }))],
    [`d${i}_end`, Type.Optional(Text({ max: 5 }))],
  ]).flat(),
) as DayFields;

export const eventBody = Type.Object(
  {
    title: Text({ max: 200, min: 1, message: "Bitte geben Sie einen Titel ein." }),
    formatId: Id(),
    moduleNumber: Type.Optional(WholeNumber()),
    municipalityId: Type.Optional(OptionalId()),
    place: Type.Optional(Text({ max: 300 })),
    onlineUrl: Type.Optional(Text({ max: 300 })),
    capacity: Type.Optional(WholeNumber()),
    audience: Choice(audiences),
    registrationOpensOn: Type.Optional(Day()),
    registrationClosesOn: Type.Optional(Day()),
    description: Type.Optional(Text({ max: 5000, lines: true })),
    speakers: Type.Optional(Text({ max: 300 })),
    cancelled: Flag(),
    /** Ticked on the second try when the form warned of a public holiday. */
    despiteHolidays: Flag(),
    ...dayFields,
  },
  ordered({ first: "registrationOpensOn", then: "registrationClosesOn", message: "Die Anmeldefrist darf nicht vor dem Anmeldebeginn enden." }),
);
/** The fields of an event; TypeBox reads no numbered fields, so the day rows are named here. */
export type EventInput = Static<typeof eventBody> & Partial<Record<`d${number}_date` | `d${number}_start` | `d${number}_end`, string>>;

export const attendanceBody = Type.Object({
  dayId: Id(),
  present: List(Id(), 1000),
});

/** The team's message to all registrants; `recipients` is the number the team confirmed on the second step. */
export const messageBody = Type.Object({
  subject: Text({ max: 200, min: 1, message: "Bitte geben Sie einen Betreff ein." }),
  text: Text({ max: 10000, min: 1, lines: true, message: "Bitte geben Sie den Text der Nachricht ein." }),
  recipients: Type.Optional(WholeNumber()),
});
export type MessageInput = Static<typeof messageBody>;
