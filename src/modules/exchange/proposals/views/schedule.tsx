import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { valueText, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";
import { HolidayWarning } from "../../../program/index.ts";
import { exchangeCrumbs } from "../../views/crumbs.ts";
import type { Proposal } from "../queries.ts";
import { scheduleTexts } from "../texts.ts";

const labels: Record<string, string> = {
  title: "Titel",
  formatId: "Format",
  d0_date: "Datum",
  d0_start: "Beginn",
  d0_end: "Ende",
  place: "Ort",
  onlineUrl: "Online-Zugang",
  capacity: "Plätze",
  description: "Beschreibung",
};

export interface ScheduleView {
  proposal: Proposal;
  formats: { id: number; title: string }[];
  values: FormValues;
  errors: FieldErrors;
  holidays: string[];
}

/** The team makes a date of an accepted proposal: the event's form, filled from the proposal. */
export function SchedulePage({ ctx, view }: { ctx: PageContext; view: ScheduleView }) {
  const { proposal, values, errors } = view;
  const str = (key: string) => valueText(values, key);
  const crumbs = exchangeCrumbs(
    { label: "Themenvorschläge", href: "/austausch/themenvorschlaege" },
    { label: proposal.title, href: `/austausch/themenvorschlaege/${proposal.id}` },
    { label: scheduleTexts.title },
  );
  return (
    <Layout ctx={ctx} title={`${scheduleTexts.title}: ${proposal.title}`} crumbs={crumbs}>
      <h1 class="kern-heading-large">{scheduleTexts.title}</h1>
      <p class="kern-body">
        Aus dem angenommenen Vorschlag „{proposal.title}“ ({proposal.origin}). Weitere Tage, Anmeldefristen und die Zielgruppe ändern Sie danach im Termin.
      </p>
      {errors.form && <Alert kind="danger" title={errors.form} urgent />}
      <ErrorSummary errors={Object.fromEntries(Object.entries(errors).filter(([k]) => k !== "form"))} labels={labels} />
      <form method="post" action={`/austausch/themenvorschlaege/${proposal.id}/termin`} class="kern-stack" novalidate>
        <CsrfField token={ctx.csrfToken} />
        {view.holidays.length > 0 && <HolidayWarning holidays={view.holidays} />}
        <TextField name="title" label={labels.title} value={str("title")} errors={errors} maxLength={200} />
        <SelectField
          name="formatId"
          label={labels.formatId}
          value={str("formatId")}
          errors={errors}
          options={[{ value: "", label: "Bitte wählen" }, ...view.formats.map((f) => ({ value: String(f.id), label: f.title }))]}
        />
        <TextField name="d0_date" type="date" label={labels.d0_date} value={str("d0_date")} errors={errors} />
        <TextField name="d0_start" label={labels.d0_start} hint="SS:MM, z. B. 10:00" value={str("d0_start")} errors={errors} optional />
        <TextField name="d0_end" label={labels.d0_end} hint="SS:MM, z. B. 13:00" value={str("d0_end")} errors={errors} optional />
        <TextField name="place" label={labels.place} value={str("place")} errors={errors} optional />
        <TextField name="onlineUrl" type="url" label={labels.onlineUrl} value={str("onlineUrl")} errors={errors} optional />
        <TextField name="capacity" label={labels.capacity} hint="Leer lassen für unbegrenzt." value={str("capacity")} errors={errors} optional />
        <TextArea name="description" label={labels.description} value={str("description")} errors={errors} optional />
        <div>
          <SubmitButton label="Termin anlegen" />
        </div>
      </form>
    </Layout>
  );
}
