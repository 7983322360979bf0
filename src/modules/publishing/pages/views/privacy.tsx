import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { TableHead } from "../../../../platform/views/components.tsx";
import { operator as o } from "../texts/operator.ts";
import { processing, rights } from "../texts/privacy.ts";
import type { CookieInfo } from "../texts/cookies.ts";
import { ExampleDataNotice } from "./imprint.tsx";
import { crumbs, Fact, MailLink } from "./parts.tsx";

function CookieTable({ cookies }: { cookies: CookieInfo[] }) {
  // Focusable, so the table can be scrolled sideways with the keyboard on narrow screens.
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label="Tabelle der Cookies">
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">Cookies dieser Plattform – alle technisch notwendig</caption>
        <TableHead columns={["Name", "Zweck", "Wird gesetzt", "Speicherdauer"]} />
        <tbody class="kern-table__body">
          {cookies.map((c) => (
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="row">
                <code>{c.name}</code>
              </th>
              <td class="kern-table__cell">{c.purpose}</td>
              <td class="kern-table__cell">{c.setWhen}</td>
              <td class="kern-table__cell">{c.lifetime}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** No analytics or third-party content, and the rights of the persons concerned. */
function PrivacyNotes() {
  return (
    <>
      <h2 class="kern-heading-medium">Keine Analyse, keine fremden Inhalte</h2>
      <p class="kern-body">
        Wir messen keine Reichweite und erstellen keine Nutzungsprofile. Schriften, Symbole und Audiodateien liefert die Plattform selbst aus; es werden keine
        Karten, Videos, Schriften oder Skripte von anderen Servern geladen. Ihr Browser nimmt beim Besuch dieser Seiten also nur Verbindung zu unserem Server
        auf.
      </p>
      <h2 class="kern-heading-medium">Ihre Rechte</h2>
      <ul class="kern-list kern-list--bullet">
        {rights.map((r) => (
          <li>{r}</li>
        ))}
      </ul>
      <p class="kern-body">
        Schreiben Sie uns dafür an <MailLink address={o.privacyOfficer.email} />. Wir können alle Daten, die die Plattform zu einer E-Mail-Adresse speichert, in
        einem Schritt zusammenstellen und löschen.
      </p>
      <p class="kern-body">
        Zuständige Aufsichtsbehörde: {o.supervisoryAuthority.name}, {o.supervisoryAuthority.address}, {o.supervisoryAuthority.website}.
      </p>
      <p class="kern-body">Stand dieser Erklärung: November 2026.</p>
    </>
  );
}

/** The privacy statement: controller, what is stored and why, legal bases, retention, cookies, rights. */
export function PrivacyPage({ ctx, cookies, sessionDays }: { ctx: PageContext; cookies: CookieInfo[]; sessionDays: number }) {
  return (
    <Layout ctx={ctx} title="Datenschutz" crumbs={crumbs({ label: "Datenschutz" })}>
      <h1 class="kern-heading-large">Datenschutzerklärung</h1>
      <p class="kern-body kern-body--large">
        Wir speichern nur, was wir für die Plattform brauchen. Wir verfolgen Sie nicht: keine Analyse- oder Werbedienste, keine Inhalte von anderen Servern, nur
        technisch notwendige Cookies – deshalb gibt es hier auch kein Cookie-Banner.
      </p>
      <ExampleDataNotice />
      <h2 class="kern-heading-medium">Verantwortliche Stelle</h2>
      <dl class="k360-facts">
        <Fact term="Verantwortlich">{o.name}</Fact>
        <Fact term="Anschrift">
          {o.street}, {o.postcode} {o.city}
        </Fact>
        <Fact term="E-Mail">
          <MailLink address={o.email} />
        </Fact>
        <Fact term="Datenschutzbeauftragte Stelle">
          {o.privacyOfficer.name}, <MailLink address={o.privacyOfficer.email} />
        </Fact>
      </dl>
      <h2 class="kern-heading-medium">Was wir speichern, wozu und wie lange</h2>
      <p class="kern-body">
        Alle Daten liegen in der Datenbank der Plattform bei der Betreiberin. Wir geben sie nicht an Dritte weiter und übermitteln nichts in Länder außerhalb
        der EU. E-Mails verschicken wir über unseren eigenen Mailserver, ohne Versanddienstleister.
      </p>
      {processing(sessionDays).map((p) => (
        <section>
          <h3 class="kern-heading-small">{p.title}</h3>
          <dl class="k360-facts">
            <Fact term="Welche Daten">{p.what}</Fact>
            <Fact term="Zweck">{p.purpose}</Fact>
            <Fact term="Rechtsgrundlage">{p.legalBasis}</Fact>
            <Fact term="Speicherdauer">{p.retention}</Fact>
          </dl>
        </section>
      ))}
      <h2 class="kern-heading-medium">Cookies</h2>
      <p class="kern-body">
        Die Plattform setzt nur die Cookies in der Tabelle. Sie sind für den Betrieb unbedingt erforderlich, enthalten keine Angaben über Ihr Verhalten und
        werden nicht an andere weitergegeben. Dafür ist keine Einwilligung nötig (§ 25 Abs. 2 Nr. 2 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz).
        Beide Cookies sind für Skripte im Browser nicht lesbar (HttpOnly) und werden nur bei Anfragen von dieser Website mitgeschickt (SameSite=Lax).
      </p>
      <CookieTable cookies={cookies} />
      <PrivacyNotes />
    </Layout>
  );
}
