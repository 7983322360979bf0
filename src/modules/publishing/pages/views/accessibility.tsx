import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { accessibilityReview as review, conciliation as c, operator as o } from "../texts/operator.ts";
import { gaps, strengths } from "../texts/accessibility.ts";
import { crumbs, Fact, MailLink } from "./parts.tsx";
import { formatDay } from "../../../../platform/dates.ts";

/** The conciliation and the enforcement procedure. */
function Procedures() {
  return (
    <>
      <h2 class="kern-heading-medium">Schlichtungsverfahren</h2>
      <p class="kern-body">
        Wenn Sie auf Ihre Meldung keine Antwort erhalten oder die Antwort Sie nicht zufriedenstellt, können Sie sich an die Schlichtungsstelle nach § 16 des
        Behindertengleichstellungsgesetzes (BGG) wenden. Sie vermittelt bei Streit über Barrierefreiheit zwischen Menschen mit Behinderungen und öffentlichen
        Stellen des Bundes und hilft, eine Lösung ohne Gericht zu finden. Das Verfahren ist kostenlos, Sie brauchen keinen Rechtsbeistand.
      </p>
      <p class="kern-body">
        {c.name}
        <br />
        {c.street}
        <br />
        {c.city}
        <br />
        Telefon: {c.phone}
        <br />
        E-Mail: {c.email}
        <br />
        Internet: {c.website}
      </p>
      <h2 class="kern-heading-medium">Durchsetzungsverfahren</h2>
      <p class="kern-body">
        Das Schlichtungsverfahren ist der Weg, Ihr Recht auf Barrierefreiheit außergerichtlich durchzusetzen. Führt es nicht zu einer Einigung, bleibt der
        Rechtsweg offen; anerkannte Verbände können nach § 15 BGG auch selbst klagen. Ob die Schlichtungsstelle zuständig ist, hängt davon ab, wer die Plattform
        betreibt: Sie vermittelt bei Streit mit öffentlichen Stellen des Bundes. Für Stellen der Länder und Kommunen gibt es eigene Ombuds- und
        Durchsetzungsstellen der Länder.
      </p>
    </>
  );
}

/** The accessibility statement after BITV 2.0 and the EU model. */
export function AccessibilityPage({ ctx, baseUrl }: { ctx: PageContext; baseUrl: string }) {
  return (
    <Layout ctx={ctx} title="Erklärung zur Barrierefreiheit" crumbs={crumbs({ label: "Barrierefreiheit" })}>
      <h1 class="kern-heading-large">Erklärung zur Barrierefreiheit</h1>
      <p class="kern-body">
        Wir wollen, dass alle Menschen diese Plattform nutzen können. Diese Erklärung gilt für alle Seiten unter {baseUrl}. Sie folgt der
        Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und dem Muster der Europäischen Union für Erklärungen zur Barrierefreiheit.
      </p>
      <h2 class="kern-heading-medium">Stand der Vereinbarkeit mit den Anforderungen</h2>
      <p class="kern-body">
        Die Plattform ist mit den Anforderungen der BITV 2.0 <strong>teilweise vereinbar</strong>. Die Seiten selbst prüfen wir laufend gegen die Kriterien der
        WCAG 2.1 in der Stufe AA; die Einschränkungen betreffen die unten genannten Inhalte.
      </p>
      <h2 class="kern-heading-medium">Was noch nicht barrierefrei ist</h2>
      {gaps.map((g) => (
        <section>
          <h3 class="kern-heading-small">{g.title}</h3>
          <dl class="k360-facts">
            <Fact term="Was">{g.what}</Fact>
            <Fact term="Warum">{g.why}</Fact>
            <Fact term="Alternative">{g.alternative}</Fact>
          </dl>
        </section>
      ))}
      <h2 class="kern-heading-medium">Was bereits gut funktioniert</h2>
      <ul class="kern-list kern-list--bullet">
        {strengths.map((s) => (
          <li>{s}</li>
        ))}
      </ul>
      <h2 class="kern-heading-medium">Wie diese Erklärung entstanden ist</h2>
      <p class="kern-body">
        Die Erklärung beruht auf einer Selbstbewertung durch das Team der Plattform. Dazu kommen automatische Prüfungen bei jeder Änderung am Programm: Jede
        Seitenart wird in einem echten Browser mit axe-core gegen die Regeln der WCAG 2.1 AA geprüft, ausgewählte Seiten auch im dunklen Farbschema und bei 320
        Pixel Breite; den HTML-Code jeder Seite prüft html-validate auf gültiges HTML und auf Fehler der Barrierefreiheit. Automatische Tests finden nicht jede
        Barriere: Eine ausführliche Prüfung von Hand, etwa mit Screenreadern, und eine Prüfung durch eine unabhängige Prüfstelle stehen noch aus.
      </p>
      <dl class="k360-facts">
        <Fact term="Erstellt am">{formatDay(review.createdOn)}</Fact>
        <Fact term="Zuletzt überprüft am">{formatDay(review.reviewedOn)}</Fact>
      </dl>
      <h2 class="kern-heading-medium">Barrieren melden: Feedback und Kontakt</h2>
      <p class="kern-body">
        Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in einer anderen Form? Dann sagen Sie es uns bitte – über das Formular{" "}
        <a class="kern-link" href="/barrierefreiheit/barriere-melden">
          Barriere melden
        </a>{" "}
        oder per E-Mail an <MailLink address={o.accessibilityEmail} /> (Beispieladresse). Telefonisch erreichen Sie uns unter {o.phone} (Beispielangabe). Wir
        antworten in der Regel innerhalb von zwei Wochen.
      </p>
      <Procedures />
    </Layout>
  );
}
