import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { operator as o } from "../texts/operator.ts";
import { crumbs, Fact, MailLink } from "./parts.tsx";

/** The placeholder notice shown above operator data on the legal pages. */
export function ExampleDataNotice() {
  return (
    <Alert kind="warning" title="Beispielangaben">
      <p class="kern-body">
        Die Angaben zur Betreiberin auf dieser Seite sind Platzhalter. Sie werden vor dem Start der Plattform durch die echten Angaben ersetzt.
      </p>
    </Alert>
  );
}

/** Consumer disputes, links, copyright and further notes. */
function ImprintNotes() {
  return (
    <>
      <h2 class="kern-heading-medium">Verbraucherstreitbeilegung</h2>
      <p class="kern-body">
        Wir sind weder bereit noch verpflichtet, an einem Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen (§ 36
        Verbraucherstreitbeilegungsgesetz).
      </p>
      <h2 class="kern-heading-medium">Links auf andere Websites</h2>
      <p class="kern-body">
        Für die Inhalte verlinkter Seiten anderer Anbieter sind deren Betreiber verantwortlich. Wir prüfen Links, wenn wir sie setzen; erfahren wir von
        rechtswidrigen Inhalten, entfernen wir den Link. Die Plattform lädt selbst nichts von anderen Websites nach.
      </p>
      <h2 class="kern-heading-medium">Urheberrecht und verwendete Software</h2>
      <p class="kern-body">
        Texte, Bilder und Audio auf dieser Plattform sind urheberrechtlich geschützt; wenn nicht anders angegeben, liegen die Rechte bei der Initiative oder bei
        den genannten Autor:innen. Die Gestaltung folgt dem offenen Designsystem KERN UX (Lizenz EUPL-1.2), die Schrift Fira Sans steht unter der SIL Open Font
        License.
      </p>
      <h2 class="kern-heading-medium">Weitere Angaben</h2>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href="/datenschutz">
            Datenschutzerklärung
          </a>
        </li>
        <li>
          <a class="kern-link" href="/barrierefreiheit">
            Erklärung zur Barrierefreiheit
          </a>
        </li>
      </ul>
    </>
  );
}

/** The Impressum after § 5 DDG, with the operator's placeholder data. */
export function ImprintPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Impressum" crumbs={crumbs({ label: "Impressum" })}>
      <h1 class="kern-heading-large">Impressum</h1>
      <ExampleDataNotice />
      <h2 class="kern-heading-medium">Angaben nach § 5 Digitale-Dienste-Gesetz (DDG)</h2>
      <dl class="k360-facts">
        <Fact term="Anbieterin">{o.name}</Fact>
        <Fact term="Rechtsform">{o.legalForm}</Fact>
        <Fact term="Anschrift">
          {o.street}, {o.postcode} {o.city}
        </Fact>
        <Fact term="Vertreten durch">{o.representatives}</Fact>
        <Fact term="Telefon">{o.phone}</Fact>
        <Fact term="E-Mail">
          <MailLink address={o.email} />
        </Fact>
        <Fact term="Registereintrag">{o.register}</Fact>
        <Fact term="Umsatzsteuer-Identifikationsnummer nach § 27a Umsatzsteuergesetz">{o.vatId}</Fact>
      </dl>
      <h2 class="kern-heading-medium">Verantwortlich für den Inhalt nach § 18 Absatz 2 Medienstaatsvertrag</h2>
      <p class="kern-body">{o.editorial}</p>
      <p class="kern-body">
        Das gilt für die redaktionellen Inhalte, also das Magazin, den Newsletter, den Podcast und den Change-Guide. Erfahrungsberichte, Vorhaben und Profile
        der Kommunen verantworten die jeweiligen Kommunen; das Team der Initiative prüft Erfahrungsberichte vor der Veröffentlichung.
      </p>
      <h2 class="kern-heading-medium">Die Initiative</h2>
      <p class="kern-body">
        Kommune 360° ist eine gemeinsame Initiative der Deutschen Kinder- und Jugendstiftung, der Auridis Stiftung und von PHINEO. Mehr dazu unter{" "}
        <a class="kern-link" href="/wer-wir-sind">
          Wer wir sind
        </a>
        .
      </p>
      <ImprintNotes />
    </Layout>
  );
}
