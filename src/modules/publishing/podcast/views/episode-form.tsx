import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { guestField, guestRows } from "../schemas.ts";
import type { Episode, Season } from "../queries.ts";
import { AudioSection, DeleteSection } from "./episode-audio.tsx";
import { editorCrumbs } from "./parts.tsx";
import { CheckboxGroup, CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

const guestLabels = Object.fromEntries(
  Array.from({ length: guestRows }, (_, i) => [
    [guestField(i + 1, "Name"), `Gast ${i + 1}: Name`],
    [guestField(i + 1, "Role"), `Gast ${i + 1}: Funktion`],
    [guestField(i + 1, "Municipality"), `Gast ${i + 1}: Kommune`],
  ]).flat(),
);
const labels: Record<string, string> = {
  seasonId: "Staffel",
  number: "Nummer der Folge",
  title: "Titel",
  slug: "Adresse",
  description: "Beschreibung",
  chapters: "Kapitel",
  transcript: "Transkript",
  topics: "Themen",
  publishedOn: "Veröffentlichen am",
  ...guestLabels,
};

export interface EpisodeFormProps {
  ctx: PageContext;
  episode: Episode | null;
  seasons: Season[];
  topics: { slug: string; label: string }[];
  values: Record<string, string | string[]>;
  errors: FieldErrors;
  notice?: string;
  uploadError?: string;
  deleteError?: string;
}

function GuestRow({ row, v: value, errors }: { row: number; v: (k: string) => string; errors: FieldErrors }) {
  const name = guestField(row, "Name");
  const role = guestField(row, "Role");
  const place = guestField(row, "Municipality");
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">Gast {row}</legend>
      <div class="kern-fieldset__body kern-stack">
        <TextField name={name} label="Name" value={value(name)} errors={errors} optional maxLength={120} />
        <TextField name={role} label="Funktion" hint="Zum Beispiel „Jugendhilfeplanerin“" value={value(role)} errors={errors} optional maxLength={150} />
        <TextField
          name={place}
          label="Kommune"
          hint="Name oder Gemeindeschlüssel (AGS), zum Beispiel „Leipzig“ oder „14713“"
          value={value(place)}
          errors={errors}
          optional
          maxLength={120}
        />
      </div>
    </fieldset>
  );
}

type FieldsProps = EpisodeFormProps & { value: (key: string) => string };

/** Season, number, title, address and description. */
function BasicFields(props: FieldsProps) {
  const value = props.value;
  return (
    <>
      <SelectField
        name="seasonId"
        label={labels.seasonId}
        value={value("seasonId")}
        errors={props.errors}
        options={props.seasons.map((s) => ({ value: String(s.id), label: `Staffel ${s.number}: ${s.title}` }))}
      />
      <TextField name="number" type="number" label={labels.number} hint="Innerhalb der Staffel" value={value("number")} errors={props.errors} />
      <TextField name="title" label={labels.title} value={value("title")} errors={props.errors} maxLength={150} />
      <TextField
        name="slug"
        label={labels.slug}
        hint="Die Folge ist unter /podcast/adresse erreichbar. Kleinbuchstaben, Ziffern und Bindestriche; leer lassen, um sie aus dem Titel zu bilden."
        value={value("slug")}
        errors={props.errors}
        optional
      />
      <TextArea
        name="description"
        label={labels.description}
        hint="Worum es in der Folge geht; erscheint auch in Podcast-Apps. Absätze trennen Sie mit einer Leerzeile."
        value={value("description")}
        errors={props.errors}
        rows={6}
      />
    </>
  );
}

/** Guests, chapters, transcript, topics and the day of publication. */
function MoreFields(props: FieldsProps) {
  const value = props.value;
  const topics = props.values.topics;
  const checked = Array.isArray(topics) ? topics : value("topics") ? [value("topics")] : [];
  return (
    <>
      {Array.from({ length: guestRows }, (_, i) => (
        <GuestRow row={i + 1} v={value} errors={props.errors} />
      ))}
      <TextArea
        name="chapters"
        label={labels.chapters}
        hint="Ein Kapitel pro Zeile: Startzeit, dann der Titel, zum Beispiel „00:12:30 Beteiligung im ländlichen Raum“."
        value={value("chapters")}
        errors={props.errors}
        optional
        rows={6}
      />
      <TextArea
        name="transcript"
        label={labels.transcript}
        hint="Der gesprochene Text als einfacher Text, damit alle die Folge auch lesen können. Absätze trennen Sie mit einer Leerzeile."
        value={value("transcript")}
        errors={props.errors}
        optional
        rows={12}
      />
      <CheckboxGroup
        name="topics"
        legend={labels.topics}
        hint="Höchstens fünf"
        options={props.topics.map((t) => ({ value: t.slug, label: t.label }))}
        checked={checked}
        errors={props.errors}
      />
      <TextField
        name="publishedOn"
        type="date"
        label={labels.publishedOn}
        hint="Leer lassen, solange die Folge ein Entwurf ist. Ein Datum in der Zukunft plant die Veröffentlichung. Dafür muss die Audiodatei hochgeladen sein."
        value={value("publishedOn")}
        errors={props.errors}
        optional
      />
    </>
  );
}

/** Writing or changing an episode; once it exists, its audio is uploaded on the same page. */
export function EpisodeForm(props: EpisodeFormProps) {
  const episode = props.episode;
  const title = episode ? `Folge „${episode.title}“ bearbeiten` : "Neue Folge anlegen";
  const raw = props.values;
  const value = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");
  return (
    <Layout ctx={props.ctx} title={title} crumbs={editorCrumbs({ label: episode ? "Folge bearbeiten" : "Neue Folge" })}>
      <div class="kern-stack">
        <h1 class="kern-heading-large">{title}</h1>
        {props.notice && <Alert kind="success" title={props.notice} />}
        {episode && (
          <p class="kern-body">
            <a class="kern-link" href={`/podcast/${episode.slug}`}>
              Folge ansehen, wie Hörer:innen sie sehen
            </a>
          </p>
        )}
        {episode && <AudioSection ctx={props.ctx} episode={episode} error={props.uploadError} />}
        <section aria-labelledby="angaben" class="kern-stack">
          <h2 class="kern-heading-medium" id="angaben">
            Angaben zur Folge
          </h2>
          <ErrorSummary errors={props.errors} labels={labels} />
          <form
            method="post"
            action={episode ? `/podcast/redaktion/folgen/${episode.id}/bearbeiten` : "/podcast/redaktion/folgen/neu"}
            class="kern-stack"
            novalidate
          >
            <CsrfField token={props.ctx.csrfToken} />
            <BasicFields {...props} value={value} />
            <MoreFields {...props} value={value} />
            <div>
              <SubmitButton label={episode ? "Änderungen speichern" : "Folge anlegen"} />
            </div>
          </form>
        </section>
        {episode && <DeleteSection ctx={props.ctx} episode={episode} error={props.deleteError} />}
      </div>
    </Layout>
  );
}
