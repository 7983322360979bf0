import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import type { Issue } from "../queries.ts";
import type { ConfirmState } from "../queries.ts";
import { fieldLabels, signedUpText, signedUpTitle } from "../texts.ts";
import { SubscribeForm } from "./subscribe-form.tsx";
import { formatDate } from "../../../../platform/dates.ts";
import { CsrfField, ErrorSummary, SubmitButton } from "../../../../platform/views/form.tsx";

const home = { label: "Startseite", href: "/" };
const newsletter = { label: "Newsletter", href: "/newsletter" };

export interface NewsletterPageProps {
  ctx: PageContext;
  issues: Issue[];
  notice: "angemeldet" | "bestaetigt" | null;
  values: Record<string, string>;
  errors: FieldErrors;
  isTeam: boolean;
}

/** The newsletter's home: what it is, the sign-up form, how we handle the address, and the issues so far. */
export function NewsletterPage(newsletterPageProps: NewsletterPageProps) {
  return (
    <Layout ctx={newsletterPageProps.ctx} title="Newsletter" crumbs={[home, { label: "Newsletter" }]}>
      <h1 class="kern-heading-large">Newsletter</h1>
      {newsletterPageProps.notice === "angemeldet" && (
        <Alert kind="success" title={signedUpTitle}>
          <p class="kern-body">{signedUpText}</p>
        </Alert>
      )}
      {newsletterPageProps.notice === "bestaetigt" && (
        <Alert kind="success" title="Ihr Abonnement ist bestätigt">
          <p class="kern-body">Sie erhalten den Newsletter ab der nächsten Ausgabe. Abbestellen können Sie ihn über den Link am Ende jeder Ausgabe.</p>
        </Alert>
      )}
      {newsletterPageProps.isTeam && (
        <p class="kern-body">
          <a class="kern-link" href="/newsletter/redaktion">
            Zur Newsletter-Redaktion
          </a>
        </p>
      )}
      <p class="kern-body">
        Einmal im Quartal berichtet der Newsletter der Initiative Kommune 360° über neue Beiträge im Magazin, über Erfahrungen aus den Kommunen und über
        kommende Termine – kurz, mit Links zum Weiterlesen.
      </p>
      <h2 class="kern-heading-medium">Newsletter abonnieren</h2>
      <ErrorSummary errors={newsletterPageProps.errors} labels={fieldLabels} />
      <SubscribeForm idPrefix="" values={newsletterPageProps.values} errors={newsletterPageProps.errors} />
      <h2 class="kern-heading-medium">So gehen wir mit Ihrer Adresse um</h2>
      <ul class="kern-list kern-list--bullet">
        <li>
          Sie brauchen kein Konto. Nach der Anmeldung schicken wir Ihnen eine E-Mail mit einem Bestätigungslink; erst nach Ihrer Bestätigung erhalten Sie den
          Newsletter.
        </li>
        <li>
          Wir speichern Ihre E-Mail-Adresse, den Zeitpunkt der Anmeldung und der Bestätigung und den Text der Einwilligung – als Nachweis, dass Sie den
          Newsletter bestellt haben.
        </li>
        <li>Anmeldungen, die nicht innerhalb von sieben Tagen bestätigt werden, löschen wir.</li>
        <li>Unsere E-Mails enthalten keine Zählpixel und keine umgeleiteten Links: Wir messen nicht, wer was öffnet oder anklickt.</li>
        <li>Jede Ausgabe hat am Ende einen Link, mit dem Sie den Newsletter mit einem Klick abbestellen.</li>
      </ul>
      <h2 class="kern-heading-medium">Bisherige Ausgaben</h2>
      {newsletterPageProps.issues.length === 0 ? (
        <p class="kern-body">Noch ist keine Ausgabe erschienen.</p>
      ) : (
        <ul class="kern-list">
          {newsletterPageProps.issues.map((i) => (
            <li>
              <a class="kern-link" href={`/newsletter/${i.number}`}>
                Nr. {i.number}: {i.title}
              </a>
              {i.startedAt && <span class="kern-body"> – {formatDate(i.startedAt)}</span>}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

const confirmTexts: Record<Exclude<ConfirmState, "valid">, string> = {
  expired: "Dieser Bestätigungslink ist abgelaufen: Er gilt sieben Tage. Bitte melden Sie sich noch einmal an; Sie erhalten dann einen neuen Link.",
  confirmed: "Ihr Abonnement ist bereits bestätigt. Sie müssen nichts weiter tun.",
  unknown:
    "Diesen Bestätigungslink kennen wir nicht. Vielleicht ist er unvollständig, oder die Anmeldung wurde inzwischen gelöscht. Bitte melden Sie sich noch einmal an.",
};

/** The page behind the link in the confirmation mail: a button confirms, so a mail scanner that only opens the link confirms nothing. */
export function ConfirmPage({ ctx, state, token }: { ctx: PageContext; state: ConfirmState; token: string }) {
  const title = "Newsletter-Abonnement bestätigen";
  return (
    <Layout ctx={ctx} title={title} crumbs={[home, newsletter, { label: "Bestätigen" }]}>
      <h1 class="kern-heading-large">{title}</h1>
      {state === "valid" ? (
        <form method="post" action={`/newsletter/bestaetigen/${encodeURIComponent(token)}`} class="kern-stack">
          <CsrfField token={ctx.csrfToken} />
          <p class="kern-body">Mit einem Klick bestätigen Sie, dass Sie den Newsletter der Initiative Kommune 360° erhalten möchten.</p>
          <div>
            <SubmitButton label="Abonnement bestätigen" />
          </div>
        </form>
      ) : (
        <>
          <p class="kern-body">{confirmTexts[state]}</p>
          {state !== "confirmed" && (
            <p class="kern-body">
              <a class="kern-link" href="/newsletter">
                Zur Anmeldung
              </a>
            </p>
          )}
        </>
      )}
    </Layout>
  );
}

/** The page behind the unsubscribe link of every mail. */
export function UnsubscribePage({ ctx, state, token }: { ctx: PageContext; state: "subscribed" | "unsubscribed" | null; token: string }) {
  const title = "Newsletter abbestellen";
  return (
    <Layout ctx={ctx} title={title} crumbs={[home, newsletter, { label: "Abbestellen" }]}>
      <h1 class="kern-heading-large">{title}</h1>
      {state === "subscribed" && (
        <form method="post" action={`/newsletter/abmelden/${encodeURIComponent(token)}`} class="kern-stack">
          <p class="kern-body">Mit einem Klick bestellen Sie den Newsletter ab. Sie erhalten danach keine Ausgabe mehr.</p>
          <div>
            <SubmitButton label="Newsletter abbestellen" />
          </div>
        </form>
      )}
      {state === "unsubscribed" && (
        <Alert kind="success" title="Sie haben den Newsletter abbestellt">
          <p class="kern-body">Sie erhalten keine Ausgabe mehr. Wenn Sie es sich anders überlegen, können Sie ihn jederzeit wieder abonnieren.</p>
        </Alert>
      )}
      {state === null && <p class="kern-body">Diesen Abmeldelink kennen wir nicht. Vielleicht ist er unvollständig, oder die Adresse ist schon gelöscht.</p>}
    </Layout>
  );
}
