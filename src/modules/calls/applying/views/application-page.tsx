import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { ErrorSummary } from "../../../../platform/views/form.tsx";
import { formatDateTime } from "../../../../platform/dates.ts";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import type { CallApplication } from "../../queries.ts";
import type { ApplyingContext } from "../queries.ts";
import { answerField } from "../schemas.ts";
import { fieldLabels, messages } from "../texts.ts";
import { ApplicationState, TandemList } from "./tandem.tsx";
import { StartForm } from "./start-form.tsx";
import { DraftForm } from "./draft-form.tsx";
import { ProjectChoice } from "./project-choice.tsx";
import { LetterLink, LetterSection } from "./letter-section.tsx";
import { SubmitSection } from "./submit-section.tsx";
import { ApplicationSummary } from "./summary.tsx";

export interface ApplicationPageView {
  context: ApplyingContext;
  /** The call takes applications now. */
  open: boolean;
  /** The user is one of the two confirmed people of the tandem. */
  inTandem: boolean;
  notice: string | null;
  values: FormValues;
  errors: FieldErrors;
  topics: { slug: string; label: string }[];
  projects: { id: number; title: string }[];
}

const base = (slug: string) => `/ausschreibungen/${slug}/bewerbung`;

/** For the tandem while the draft is open: the forms; afterwards what the application says. */
function TandemPart({ ctx, view, application }: { ctx: PageContext; view: ApplicationPageView; application: CallApplication }) {
  const { call, user, tandem } = view.context;
  const href = base(call.slug);
  const editable = view.open && application.status === "draft";
  const { partner, datei, ...fieldErrors } = view.errors;
  return (
    <>
      <ApplicationState application={application} tandem={tandem} open={view.open} partnerError={partner} />
      {editable ? (
        <>
          {view.projects.length > 0 && <ProjectChoice ctx={ctx} action={`${href}/vorhaben`} projects={view.projects} errors={fieldErrors} />}
          <section class="kern-stack" aria-labelledby="entwurf">
            <h2 class="kern-heading-medium" id="entwurf">
              Entwurf
            </h2>
            <DraftForm ctx={ctx} action={`${href}/entwurf`} questions={call.questions} topics={view.topics} values={view.values} errors={fieldErrors} />
          </section>
          <LetterSection ctx={ctx} base={href} letterName={application.letterName} error={datei} />
          <SubmitSection ctx={ctx} base={href} agreed={tandem.some((seat) => seat.userId === user.id && seat.agreedAt !== null)} />
        </>
      ) : (
        <>
          <ApplicationSummary application={application} questions={call.questions} topics={view.topics} />
          <LetterLink base={href} letterName={application.letterName} />
        </>
      )}
    </>
  );
}

/** What another member of the municipality sees: that it applied, and who the tandem is; an invited partner is pointed to the mail. */
function OthersPart({ view }: { view: ApplicationPageView }) {
  const { tandem, user } = view.context;
  const invited = tandem.some((seat) => seat.confirmedAt === null && seat.email === user.email);
  return (
    <Alert kind="info" title={messages.alreadyApplied}>
      <p class="kern-body">Das Tandem Ihrer Kommune:</p>
      <TandemList tandem={tandem} withState={false} />
      <p class="kern-body">
        {invited
          ? "Sie sind als Partnerin oder Partner eingeladen. Bitte bestätigen Sie Ihre Teilnahme mit dem Link aus der Einladung per E-Mail."
          : messages.notTandem}
      </p>
    </Alert>
  );
}

/** The application of the user's municipality to a call: start it, edit it as its tandem, or see that it exists. */
export function ApplicationPage({ ctx, view }: { ctx: PageContext; view: ApplicationPageView }) {
  const { call, municipality, application } = view.context;
  const crumbs = [{ label: "Startseite", href: "/" }, { label: call.title, href: `/ausschreibungen/${call.slug}` }, { label: "Bewerbung" }];
  const labels = { ...fieldLabels, ...Object.fromEntries(call.questions.map((q) => [answerField(q.key), q.label])) };
  const { form, ...fieldErrors } = view.errors;
  return (
    <Layout ctx={ctx} title={`Bewerbung: ${call.title}`} crumbs={crumbs}>
      <h1 class="kern-heading-large">Bewerbung: {call.title}</h1>
      <p class="kern-body">
        {municipality.name} · Bewerbungsfrist: {formatDateTime(call.deadline)}
      </p>
      {view.notice && <Alert kind="success" title={view.notice} />}
      {form && <Alert kind="danger" title={form} urgent />}
      <ErrorSummary errors={fieldErrors} labels={labels} />
      {application === null ? (
        view.open ? (
          <StartForm ctx={ctx} action={base(call.slug)} municipality={municipality} values={view.values} errors={view.errors} />
        ) : (
          <Alert kind="info" title="Die Bewerbungsfrist ist abgelaufen. Ihre Kommune hat sich nicht beworben." />
        )
      ) : view.inTandem ? (
        <TandemPart ctx={ctx} view={view} application={application} />
      ) : (
        <OthersPart view={view} />
      )}
    </Layout>
  );
}
