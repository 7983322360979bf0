import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { crumbs } from "./parts.tsx";

/** Sentences in Leichte Sprache: one statement each, so each gets its own line. */
function Lines({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((l) => (
        <p class="kern-body kern-body--large">{l}</p>
      ))}
    </>
  );
}

const offers = [
  { href: "/magazin", name: "Magazin", lines: ["Im Magazin stehen Texte über Kommunen.", "Eine Kommune ist eine Stadt oder ein Kreis."] },
  { href: "/kommunen", name: "Kommunen", lines: ["Hier finden Sie alle Kommunen in Deutschland.", "Sie sehen auch: Was will eine Kommune verbessern?"] },
  { href: "/fellow-programm", name: "Fellow-Programm", lines: ["9 Kommunen bekommen 2 Jahre lang Hilfe von uns.", "Das nennen wir Fellow-Programm."] },
  { href: "/termine", name: "Termine", lines: ["Hier stehen unsere Treffen und Kurse.", "Für manche Termine können Sie sich anmelden."] },
  { href: "/angebote", name: "Angebote", lines: ["Hier steht alles, was wir anbieten.", "Zum Beispiel: Kurse und Treffen."] },
  {
    href: "/change-guide",
    name: "Change-Guide",
    lines: [
      "Change ist Englisch und bedeutet: Veränderung.",
      "Ein Guide ist ein Rat-Geber.",
      "Der Change-Guide ist ein Buch im Internet.",
      "Er erklärt: So kann ein Amt gut planen.",
    ],
  },
  { href: "/podcast", name: "Podcast", lines: ["Ein Podcast ist wie eine Radio-Sendung im Internet.", "In unserem Podcast sprechen Menschen aus Kommunen."] },
  {
    href: "/newsletter",
    name: "Newsletter",
    lines: ["Ein Newsletter ist eine E-Mail mit Neuigkeiten.", "Wir schicken den Newsletter 4-mal im Jahr.", "Sie können den Newsletter kostenlos bestellen."],
  },
];

/** What happens to one's data, in Leichte Sprache. */
function YourData() {
  return (
    <>
      <h2 class="kern-heading-medium">Ihre Daten</h2>
      <Lines
        lines={[
          "Wir speichern nur wenige Daten über Sie.",
          "Wir geben die Daten nicht an andere Firmen.",
          "Wir beobachten nicht, was Sie auf unserer Seite machen.",
        ]}
      />
      <p class="kern-body kern-body--large">
        Mehr dazu steht in der{" "}
        <a class="kern-link" href="/datenschutz">
          Daten-Schutz-Erklärung
        </a>
        .
      </p>
      <p class="kern-body kern-body--large">Die Daten-Schutz-Erklärung ist in schwerer Sprache.</p>
    </>
  );
}

/** How to find one's way, log in, report a problem, and what happens to one's data, in Leichte Sprache. */
function EasyLanguageHelp() {
  return (
    <>
      <h2 class="kern-heading-medium">So finden Sie sich zurecht</h2>
      <Lines
        lines={[
          "Oben auf jeder Seite ist das Menü.",
          "Im Menü stehen die wichtigsten Bereiche.",
          "Klicken Sie auf ein Wort im Menü.",
          "Dann kommen Sie zu diesem Bereich.",
          "Unten auf jeder Seite stehen noch mehr Links.",
          "Dort finden Sie auch diese Seite in Leichter Sprache.",
          "Sie können die Seite auch mit der Tastatur benutzen.",
          "Mit der Tab-Taste kommen Sie zum nächsten Link.",
          "Mit der Enter-Taste öffnen Sie den Link.",
        ]}
      />
      <h2 class="kern-heading-medium">Anmelden</h2>
      <Lines
        lines={[
          "Manche Seiten sind nur für bestimmte Menschen.",
          "Zum Beispiel für Menschen aus den Jugend-Ämtern.",
          "Diese Menschen haben ein Konto.",
          "Ein Konto ist ein eigener Zugang mit Passwort.",
          "Mit dem Konto melden sie sich an.",
        ]}
      />
      <h2 class="kern-heading-medium">Haben Sie ein Problem mit dieser Seite?</h2>
      <Lines
        lines={[
          "Vielleicht können Sie etwas schlecht lesen.",
          "Oder etwas funktioniert nicht.",
          "Das nennt man eine Barriere.",
          "Bitte sagen Sie es uns.",
          "Dann können wir die Barriere entfernen.",
        ]}
      />
      <p class="kern-body kern-body--large">
        <a class="kern-link" href="/barrierefreiheit/barriere-melden?seite=%2Fleichte-sprache">
          Hier können Sie eine Barriere melden.
        </a>
      </p>
      <YourData />
    </>
  );
}

/** The start page in Leichte Sprache: who we are, what the site offers, how to find one's way. */
export function EasyLanguagePage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Leichte Sprache" crumbs={crumbs({ label: "Leichte Sprache" })}>
      <h1 class="kern-heading-large">Kommune 360° in Leichter Sprache</h1>
      <Lines lines={["Hier erklären wir unsere Internet-Seite.", "Wir erklären sie in Leichter Sprache."]} />
      <h2 class="kern-heading-medium">Wer wir sind</h2>
      <Lines
        lines={[
          "Wir sind die Initiative Kommune 360°.",
          "Eine Initiative ist eine Gruppe.",
          "Die Gruppe will etwas besser machen.",
          "3 Organisationen machen die Initiative zusammen:",
        ]}
      />
      <ul class="kern-list kern-list--bullet kern-list--large">
        <li>die Deutsche Kinder- und Jugend-Stiftung</li>
        <li>die Auridis Stiftung</li>
        <li>PHINEO</li>
      </ul>
      <h2 class="kern-heading-medium">Was wir wollen</h2>
      <Lines
        lines={[
          "Alle Kinder und Jugendlichen sollen gut aufwachsen.",
          "Dabei hilft das Jugend-Amt.",
          "Jede Stadt und jeder Kreis hat ein Jugend-Amt.",
          "Das Jugend-Amt hilft Kindern, Jugendlichen und Familien.",
          "Das Jugend-Amt plant auch für die Zukunft.",
          "Es fragt zum Beispiel: Welche Hilfen braucht unsere Stadt?",
          "Das nennt man Jugend-Hilfe-Planung.",
          "Bei der Planung arbeiten viele Menschen zusammen.",
          "Zum Beispiel: Menschen aus dem Rat-Haus, aus Vereinen und aus der Politik.",
          "Wir helfen diesen Menschen.",
          "Sie sollen gut zusammen-arbeiten.",
        ]}
      />
      <h2 class="kern-heading-medium">Was Sie auf dieser Internet-Seite finden</h2>
      <ul class="kern-list kern-gap-lg">
        {offers.map((o) => (
          <li>
            <p class="kern-body kern-body--large">
              <a class="kern-link" href={o.href}>
                {o.name}
              </a>
            </p>
            <Lines lines={o.lines} />
          </li>
        ))}
      </ul>
      <EasyLanguageHelp />
    </Layout>
  );
}
