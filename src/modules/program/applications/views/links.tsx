import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { CsrfField, SubmitButton } from "../../../../platform/views/form.tsx";
import type { ApplicationFormat } from "../queries.ts";
import { answerTexts, messages } from "../texts.ts";

/** What a used link did, or why it did nothing. */
export interface LinkOutcome {
  done?: "confirmed" | "kept" | "annehmen" | "absagen";
  error?: string;
}

interface LinkPageProps {
  ctx: PageContext;
  format: ApplicationFormat;
  /** The link's token while it is valid; null once it is used, expired or unknown. */
  token: string | null;
  outcome?: LinkOutcome;
}

const crumbs = (format: ApplicationFormat, label: string) => [
  { label: "Startseite", href: "/" },
  { label: "Fellow-Programm", href: "/fellow-programm" },
  { label: `Bewerbung: ${format.title}`, href: `/lernpfade/${format.slug}/bewerbung` },
  { label },
];

const doneTexts: Record<NonNullable<LinkOutcome["done"]>, string> = {
  confirmed: "Ihre Adresse ist bestätigt, Ihre Bewerbung ist eingegangen. Nach dem Ende der Frist schreiben wir Ihnen, ob Sie einen Platz erhalten.",
  kept: "Unter dieser Adresse lag bereits eine bestätigte Bewerbung vor. Sie bleibt unverändert; die spätere Eingabe ist verworfen.",
  annehmen: answerTexts.accepted,
  absagen: answerTexts.declined,
};

function Outcome({ outcome, invalid }: { outcome?: LinkOutcome; invalid: boolean }) {
  if (outcome?.done) return <Alert kind="success" title={doneTexts[outcome.done]} />;
  if (outcome?.error) return <Alert kind="danger" title={outcome.error} urgent />;
  return invalid ? <Alert kind="info" title={messages.linkInvalid} /> : null;
}

/** The confirmation of an application's address: one click, so a mail scanner opening the link confirms nothing. */
export function ConfirmApplicationPage({ ctx, format, token, outcome }: LinkPageProps) {
  return (
    <Layout ctx={ctx} title="Bewerbung bestätigen" crumbs={crumbs(format, "Bewerbung bestätigen")}>
      <h1 class="kern-heading-large">Bewerbung für den {format.title} bestätigen</h1>
      <Outcome outcome={outcome} invalid={!token} />
      {token && (
        <form method="post" action={`/lernpfade/${format.slug}/bewerbung/bestaetigen/${encodeURIComponent(token)}`} class="kern-stack">
          <CsrfField token={ctx.csrfToken} />
          <p class="kern-body">Mit einem Klick bestätigen Sie Ihre E-Mail-Adresse; erst dann zählt Ihre Bewerbung.</p>
          <div>
            <SubmitButton label="Bewerbung bestätigen" />
          </div>
        </form>
      )}
    </Layout>
  );
}

/** An accepted applicant takes or declines the seat. */
export function SeatAnswerPage({ ctx, format, token, outcome }: LinkPageProps) {
  return (
    <Layout ctx={ctx} title={answerTexts.title} crumbs={crumbs(format, answerTexts.title)}>
      <h1 class="kern-heading-large">Ihr Platz im {format.title}</h1>
      <Outcome outcome={outcome} invalid={!token && !outcome} />
      {outcome?.done === "annehmen" && (
        <p class="kern-body">
          {answerTexts.acceptedAccount}{" "}
          <a class="kern-link" href="/anmelden">
            Zur Anmeldung
          </a>
        </p>
      )}
      {token && (
        <form method="post" action={`/lernpfade/${format.slug}/zusage/${encodeURIComponent(token)}`} class="kern-stack">
          <CsrfField token={ctx.csrfToken} />
          <p class="kern-body">
            Sie haben einen der {format.freeSeats} freien Plätze erhalten. Nehmen Sie ihn an, richten wir Ihnen ein Konto ein, oder wir nutzen Ihr bestehendes;
            unter „Mein Programm“ sehen Sie dann die Module. Geben Sie ihn ab, bieten wir ihn der nächsten Person auf der Warteliste an.
          </p>
          <div class="k360-user">
            <button type="submit" name="antwort" value="annehmen" class="kern-btn kern-btn--primary">
              <span class="kern-label">Platz annehmen</span>
            </button>
            <button type="submit" name="antwort" value="absagen" class="kern-btn kern-btn--secondary">
              <span class="kern-label">Platz abgeben</span>
            </button>
          </div>
        </form>
      )}
    </Layout>
  );
}
