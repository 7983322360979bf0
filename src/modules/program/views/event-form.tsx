import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { isTicked, valueText, type FieldErrors, type FormValues } from "../../../platform/forms.ts";
import type { EventSummary } from "../queries/events.ts";
import { audiences } from "../reference.ts";
import { dayRows } from "../schemas.ts";
import { Alert } from "../../../platform/views/components.tsx";
import { Checkbox, CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../platform/views/form.tsx";

const labels: Record<string, string> = {
  title: "Titel",
  formatId: "Format",
  moduleNumber: "Modul",
  municipalityId: "Kommune (nur Kommunal-Workshop)",
  place: "Ort",
  onlineUrl: "Online-Zugang",
  capacity: "Plätze",
  audience: "Für wen",
  registrationOpensOn: "Anmeldung ab",
  registrationClosesOn: "Anmeldung bis",
  description: "Beschreibung",
  speakers: "Referent:innen",
  ...Object.fromEntries(
    Array.from({ length: dayRows }, (_, i) => [
      [`d${i}_date`, `Tag ${i + 1}`],
      [`d${i}_start`, `Beginn Tag ${i + 1}`],
      [`d${i}_end`, `Ende Tag ${i + 1}`],
    ]).flat(),
  ),
};

export function EventForm(props: {
  ctx: PageContext;
  eventId: number | null;
  values: FormValues;
  errors: FieldErrors;
  formats: { id: number; title: string }[];
  cohort: { id: number; name: string }[];
  /** Public holidays on the form's days: the form asks before it saves. */
  holidays?: string[];
}) {
  const { values, errors } = props;
  const title = props.eventId ? "Termin bearbeiten" : "Termin anlegen";
  const action = props.eventId ? `/programm/termine/${props.eventId}/bearbeiten` : "/programm/termine/neu";
  const str = (key: string) => valueText(values, key);
  return (
    <Layout ctx={props.ctx} title={title} crumbs={[{ label: "Startseite", href: "/" }, { label: "Programmsteuerung", href: "/programm" }, { label: title }]}>
      <h1 class="kern-heading-large">{title}</h1>
      <ErrorSummary errors={errors} labels={labels} />
      <form method="post" action={action} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        {props.holidays?.length ? <HolidayWarning holidays={props.holidays} /> : null}
        <TextField name="title" label={labels.title} value={str("title")} errors={errors} maxLength={200} />
        <SelectField
          name="formatId"
          label={labels.formatId}
          value={str("formatId")}
          errors={errors}
          options={[{ value: "", label: "Bitte wählen" }, ...props.formats.map((f) => ({ value: String(f.id), label: f.title }))]}
        />
        <TextField
          name="moduleNumber"
          type="number"
          label={labels.moduleNumber}
          hint="Nur bei Lernpfaden: 1, 2 oder 3."
          value={str("moduleNumber")}
          errors={errors}
          optional
        />
        <SelectField
          name="municipalityId"
          label={labels.municipalityId}
          value={str("municipalityId")}
          errors={errors}
          options={[{ value: "", label: "Alle Kommunen" }, ...props.cohort.map((m) => ({ value: String(m.id), label: m.name }))]}
        />
        <DayRows values={values} errors={errors} />
        <EventDetails values={values} errors={errors} />
        {props.eventId && <Checkbox name="cancelled" label="Termin ist abgesagt" checked={isTicked(values, "cancelled")} />}
        <div>
          <SubmitButton label="Speichern" />
        </div>
      </form>
    </Layout>
  );
}

/** A saved event as its form shows it, days as numbered rows. */
export function eventFormValues(event: EventSummary): FormValues {
  const values: FormValues = {
    title: event.title,
    formatId: String(event.formatId),
    moduleNumber: event.moduleNumber ? String(event.moduleNumber) : "",
    municipalityId: event.municipalityId ? String(event.municipalityId) : "",
    place: event.place,
    onlineUrl: event.onlineUrl,
    capacity: event.capacity === null ? "" : String(event.capacity),
    audience: event.audience,
    registrationOpensOn: event.registrationOpensOn ?? "",
    registrationClosesOn: event.registrationClosesOn ?? "",
    description: event.description,
    speakers: event.speakers,
    cancelled: event.cancelled,
  };
  event.days.forEach((day, i) => Object.assign(values, { [`d${i}_date`]: day.date, [`d${i}_start`]: day.startsAt ?? "", [`d${i}_end`]: day.endsAt ?? "" }));
  return values;
}

type Fields = { values: FormValues; errors: FieldErrors };

/** The event's days as rows; two empty rows more than are filled, so the team can add a day. */
function DayRows({ values, errors }: Fields) {
  const str = (key: string) => valueText(values, key);
  const filledDays = Array.from({ length: dayRows }, (_, i) => i).filter((i) => values[`d${i}_date`]);
  const shownDays = Math.min(dayRows, Math.max(2, (filledDays.at(-1) ?? -1) + 2));
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">Tage</legend>
      <div class="kern-hint">Mehrtägige Termine: ein Tag pro Zeile. Speichern Sie, um weitere Zeilen zu erhalten.</div>
      <div class="kern-fieldset__body kern-stack">
        {Array.from({ length: shownDays }, (_, i) => (
          <div class="k360-filters">
            <TextField name={`d${i}_date`} type="date" label={labels[`d${i}_date`]} value={str(`d${i}_date`)} errors={errors} optional={i > 0} />
            <TextField name={`d${i}_start`} label={labels[`d${i}_start`]} hint="z. B. 09:30" value={str(`d${i}_start`)} errors={errors} optional />
            <TextField name={`d${i}_end`} label={labels[`d${i}_end`]} hint="z. B. 16:00" value={str(`d${i}_end`)} errors={errors} optional />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function EventDetails({ values, errors }: Fields) {
  const str = (key: string) => valueText(values, key);
  return (
    <>
      <TextField name="place" label={labels.place} value={str("place")} errors={errors} optional />
      <TextField
        name="onlineUrl"
        type="url"
        label={labels.onlineUrl}
        hint="Wird nur Angemeldeten per E-Mail geschickt."
        value={str("onlineUrl")}
        errors={errors}
        optional
      />
      <TextField
        name="capacity"
        type="number"
        label={labels.capacity}
        hint="Leer lassen, wenn die Plätze nicht begrenzt sind."
        value={str("capacity")}
        errors={errors}
        optional
      />
      <SelectField
        name="audience"
        label={labels.audience}
        value={str("audience") || "cohort"}
        errors={errors}
        options={Object.entries(audiences).map(([value, label]) => ({ value, label }))}
      />
      <TextField name="registrationOpensOn" type="date" label={labels.registrationOpensOn} value={str("registrationOpensOn")} errors={errors} optional />
      <TextField name="registrationClosesOn" type="date" label={labels.registrationClosesOn} value={str("registrationClosesOn")} errors={errors} optional />
      <TextArea name="description" label={labels.description} value={str("description")} errors={errors} optional />
      <TextField name="speakers" label={labels.speakers} value={str("speakers")} errors={errors} optional />
    </>
  );
}

/** Shown instead of saving when a day is a public holiday in a cohort Land: the team saves on purpose or changes the day. */
/** The warning before saving a date on a public holiday, with the box to save it anyway (also used by the exchange). */
export function HolidayWarning({ holidays }: { holidays: string[] }) {
  return (
    <Alert kind="warning" title="Der Termin liegt an einem Feiertag. Noch ist nichts gespeichert." urgent>
      <ul class="kern-list">
        {holidays.map((h) => (
          <li>{h}</li>
        ))}
      </ul>
      <Checkbox
        name="despiteHolidays"
        label="Trotzdem speichern"
        checked={false}
        hint="Setzen Sie den Haken und speichern Sie erneut, oder ändern Sie die Tage."
      />
    </Alert>
  );
}
