import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { CheckboxGroup, Checkbox, CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../platform/forms.ts";
import { phases, tandemRoles } from "../reference.ts";
import { milestoneRows } from "../commands/save-change-project.ts";
import { roleLabels, memberRoles } from "../../../platform/auth/roles.ts";

type Topic = { slug: string; label: string };
type Values = Record<string, string | string[] | undefined>;
const str = (v: Values, k: string) => (typeof v[k] === "string" ? (v[k] as string) : "");
const list = (v: Values, k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : typeof v[k] === "string" && v[k] ? [v[k] as string] : []);
const crumbs = (m: { slug: string; name: string }, label: string) => [
  { label: "Startseite", href: "/" },
  { label: "Kommunen", href: "/kommunen" },
  { label: m.name, href: `/kommunen/${m.slug}` },
  { label },
];

const profileLabels = {
  description: "Beschreibung",
  youthOfficeName: "Name des Jugendamts",
  youthOfficeAddress: "Anschrift",
  youthOfficeWebsite: "Website",
  topics: "Themen",
};

export function ProfileForm(props: { ctx: PageContext; municipality: { slug: string; name: string }; values: Values; topics: Topic[]; errors: FieldErrors }) {
  const { values: v, errors } = props;
  return (
    <Layout ctx={props.ctx} title={`Profil bearbeiten: ${props.municipality.name}`} crumbs={crumbs(props.municipality, "Profil bearbeiten")}>
      <h1 class="kern-heading-large">Profil bearbeiten: {props.municipality.name}</h1>
      <ErrorSummary errors={errors} labels={profileLabels} />
      <form method="post" action={`/kommunen/${props.municipality.slug}/bearbeiten`} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextArea
          name="description"
          label={profileLabels.description}
          hint="Ausgangslage, Strukturen und Schwerpunkte der Kommune, höchstens 3.000 Zeichen."
          value={str(v, "description")}
          errors={errors}
          rows={8}
          optional
        />
        <TextField name="youthOfficeName" label={profileLabels.youthOfficeName} value={str(v, "youthOfficeName")} errors={errors} optional />
        <TextField name="youthOfficeAddress" label={profileLabels.youthOfficeAddress} value={str(v, "youthOfficeAddress")} errors={errors} optional />
        <TextField
          name="youthOfficeWebsite"
          type="url"
          label={profileLabels.youthOfficeWebsite}
          hint="Vollständige Adresse, z. B. https://www.beispiel.de/jugendamt"
          value={str(v, "youthOfficeWebsite")}
          errors={errors}
          optional
        />
        <CheckboxGroup
          name="topics"
          legend={profileLabels.topics}
          options={props.topics.map((t) => ({ value: t.slug, label: t.label }))}
          checked={list(v, "topics")}
          errors={errors}
        />
        <div>
          <SubmitButton label="Speichern" />
        </div>
      </form>
    </Layout>
  );
}

const projectLabels: Record<string, string> = {
  title: "Titel",
  summary: "Kurzbeschreibung",
  goals: "Ziele",
  phase: "Phase",
  startsOn: "Beginn",
  endsOn: "Ende",
  topics: "Themen",
  learnings: "Erkenntnisse",
};

export function ProjectForm(props: {
  ctx: PageContext;
  municipality: { slug: string; name: string };
  projectId: number | null;
  values: Values;
  topics: Topic[];
  errors: FieldErrors;
}) {
  const { values: v, errors, municipality: m } = props;
  const action = props.projectId ? `/kommunen/${m.slug}/vorhaben/${props.projectId}/bearbeiten` : `/kommunen/${m.slug}/vorhaben/neu`;
  const title = props.projectId ? "Vorhaben bearbeiten" : "Vorhaben anlegen";
  const filled = Array.from({ length: milestoneRows }, (_, i) => i).filter((i) => str(v, `m${i}_title`) || str(v, `m${i}_due`));
  const shown = Math.min(milestoneRows, Math.max(3, (filled.at(-1) ?? -1) + 3));
  const labels = {
    ...projectLabels,
    ...Object.fromEntries(
      Array.from({ length: milestoneRows }, (_, i) => [
        [`m${i}_title`, `Meilenstein ${i + 1}`],
        [`m${i}_due`, `Datum von Meilenstein ${i + 1}`],
      ]).flat(),
    ),
  };
  return (
    <Layout ctx={props.ctx} title={`${title}: ${m.name}`} crumbs={crumbs(m, title)}>
      <h1 class="kern-heading-large">
        {title}: {m.name}
      </h1>
      <ErrorSummary errors={errors} labels={labels} />
      <form method="post" action={action} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextField name="title" label={projectLabels.title} value={str(v, "title")} errors={errors} maxLength={200} />
        <TextArea name="summary" label={projectLabels.summary} value={str(v, "summary")} errors={errors} optional />
        <TextArea name="goals" label={projectLabels.goals} hint="Ein Ziel pro Zeile." value={str(v, "goals")} errors={errors} optional />
        <SelectField
          name="phase"
          label={projectLabels.phase}
          value={str(v, "phase") || "concept"}
          errors={errors}
          options={Object.entries(phases).map(([value, label]) => ({ value, label }))}
        />
        <TextField name="startsOn" type="date" label={projectLabels.startsOn} value={str(v, "startsOn")} errors={errors} optional />
        <TextField name="endsOn" type="date" label={projectLabels.endsOn} value={str(v, "endsOn")} errors={errors} optional />
        <CheckboxGroup
          name="topics"
          legend={projectLabels.topics}
          options={props.topics.map((t) => ({ value: t.slug, label: t.label }))}
          checked={list(v, "topics")}
          errors={errors}
        />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">Meilensteine</legend>
          <div class="kern-hint">Leere Zeilen werden nicht gespeichert. Speichern Sie, um weitere Zeilen zu erhalten.</div>
          <div class="kern-fieldset__body kern-stack">
            {Array.from({ length: shown }, (_, i) => (
              <div class="k360-filters">
                <TextField name={`m${i}_title`} label={`Meilenstein ${i + 1}`} value={str(v, `m${i}_title`)} errors={errors} optional />
                <TextField name={`m${i}_due`} type="date" label={`Datum von Meilenstein ${i + 1}`} value={str(v, `m${i}_due`)} errors={errors} optional />
                <Checkbox name={`m${i}_done`} label={`Meilenstein ${i + 1} erreicht`} checked={str(v, `m${i}_done`) === "ja"} />
              </div>
            ))}
          </div>
        </fieldset>
        <TextArea
          name="learnings"
          label={projectLabels.learnings}
          hint="Was hat funktioniert, was nicht, was würden Sie anderen raten?"
          value={str(v, "learnings")}
          errors={errors}
          optional
        />
        <div>
          <SubmitButton label="Speichern" />
        </div>
      </form>
      {props.projectId && (
        <form method="post" action={`/kommunen/${m.slug}/vorhaben/${props.projectId}/loeschen`} class="kern-stack">
          <CsrfField token={props.ctx.csrfToken} />
          <h2 class="kern-heading-small">Vorhaben löschen</h2>
          <p class="kern-body">Das Vorhaben und seine Meilensteine werden endgültig entfernt.</p>
          <div>
            <SubmitButton label="Vorhaben endgültig löschen" kind="secondary" />
          </div>
        </form>
      )}
    </Layout>
  );
}

const municipalityLabels = { ags: "Amtlicher Gemeindeschlüssel (8 Ziffern)", name: "Name", population: "Einwohner:innen", areaKm2: "Fläche in km²" };

export function MunicipalityForm(props: { ctx: PageContext; values: Values; errors: FieldErrors }) {
  const { values: v, errors } = props;
  return (
    <Layout
      ctx={props.ctx}
      title="Kommune anlegen"
      crumbs={[{ label: "Startseite", href: "/" }, { label: "Kommunen", href: "/kommunen" }, { label: "Kommune anlegen" }]}
    >
      <h1 class="kern-heading-large">Kreisangehörige Stadt mit eigenem Jugendamt anlegen</h1>
      <p class="kern-body">
        Alle Kreise und kreisfreien Städte sind bereits eingetragen. Hier ergänzen Sie Städte, die zu einem Kreis gehören und ein eigenes Jugendamt haben.
      </p>
      <ErrorSummary errors={errors} labels={municipalityLabels} />
      <form method="post" action="/kommunen/neu" class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextField
          name="ags"
          label={municipalityLabels.ags}
          hint="Die ersten fünf Ziffern bezeichnen den Kreis, z. B. 05758012 für Herford im Kreis Herford."
          value={str(v, "ags")}
          errors={errors}
          maxLength={8}
        />
        <TextField name="name" label={municipalityLabels.name} value={str(v, "name")} errors={errors} />
        <TextField name="population" label={municipalityLabels.population} value={str(v, "population")} errors={errors} />
        <TextField name="areaKm2" label={municipalityLabels.areaKm2} hint="Mit Komma, z. B. 79,0" value={str(v, "areaKm2")} errors={errors} />
        <div>
          <SubmitButton label="Kommune anlegen" />
        </div>
      </form>
    </Layout>
  );
}

const personLabels = { name: "Name", jobTitle: "Funktion", tandemRole: "Rolle im Tandem", email: "E-Mail-Adresse", accountRole: "Konto anlegen" };

export function PersonForm(props: { ctx: PageContext; municipality: { slug: string; name: string }; values: Values; errors: FieldErrors }) {
  const { values: v, errors, municipality: m } = props;
  return (
    <Layout ctx={props.ctx} title={`Person hinzufügen: ${m.name}`} crumbs={crumbs(m, "Person hinzufügen")}>
      <h1 class="kern-heading-large">Person hinzufügen: {m.name}</h1>
      <ErrorSummary errors={errors} labels={personLabels} />
      <form method="post" action={`/kommunen/${m.slug}/personen/neu`} class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextField name="name" label={personLabels.name} value={str(v, "name")} errors={errors} autocomplete="off" />
        <TextField name="jobTitle" label={personLabels.jobTitle} value={str(v, "jobTitle")} errors={errors} optional />
        <SelectField
          name="tandemRole"
          label={personLabels.tandemRole}
          value={str(v, "tandemRole")}
          errors={errors}
          options={[{ value: "", label: "Nicht im Tandem" }, ...Object.entries(tandemRoles).map(([value, label]) => ({ value, label }))]}
        />
        <TextField
          name="email"
          type="email"
          label={personLabels.email}
          hint="Wird nicht veröffentlicht. Nötig, wenn die Person ein Konto erhält."
          value={str(v, "email")}
          errors={errors}
          autocomplete="off"
          optional
        />
        <Checkbox
          name="showOnProfile"
          label="Die Person hat eingewilligt, mit Name und Funktion auf dem öffentlichen Profil zu erscheinen."
          checked={str(v, "showOnProfile") === "ja"}
        />
        <SelectField
          name="accountRole"
          label={personLabels.accountRole}
          hint="Mit Konto kann die Person das Profil und die Vorhaben ihrer Kommune pflegen. Sie erhält dazu eine E-Mail."
          value={str(v, "accountRole")}
          errors={errors}
          options={[{ value: "", label: "Kein Konto" }, ...memberRoles.map((r) => ({ value: r, label: roleLabels[r] }))]}
        />
        <div>
          <SubmitButton label="Person speichern" />
        </div>
      </form>
    </Layout>
  );
}
