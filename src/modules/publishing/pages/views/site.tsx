import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { siteContent as c, type SiteItem } from "../texts/site.ts";

type Fellow = { slug: string; name: string };
const home = { label: "Startseite", href: "/" };

function Paragraphs({ texts }: { texts: string[] }) {
  return (
    <>
      {texts.map((t) => (
        <p class="kern-body">{t}</p>
      ))}
    </>
  );
}

function Items({ items, level = 3 }: { items: SiteItem[]; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div class="kern-stack">
      {items.map((item) => (
        <section>
          <Heading class="kern-heading-small">
            {item.href ? (
              <a class="kern-link" href={item.href}>
                {item.title}
              </a>
            ) : (
              item.title
            )}
          </Heading>
          <p class="kern-body">{item.text}</p>
        </section>
      ))}
    </div>
  );
}

function FellowList({ fellows }: { fellows: Fellow[] }) {
  return (
    <ul class="kern-list kern-list--bullet">
      {fellows.map((f) => (
        <li>
          <a class="kern-link" href={`/kommunen/${f.slug}`}>
            {f.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function HomePage({ ctx, fellows, municipalityCount }: { ctx: PageContext; fellows: Fellow[]; municipalityCount: number }) {
  return (
    <Layout ctx={ctx} title="Startseite">
      <h1 class="kern-heading-x-large">Integrierte Planung und Steuerung für gelingendes Aufwachsen</h1>
      <p class="kern-body kern-body--large">{c.tagline}</p>
      <Paragraphs texts={c.homeIntro} />
      <h2 class="kern-heading-medium">Was Sie hier finden</h2>
      <Items items={c.homeOffers} />
      <h2 class="kern-heading-medium">Die Fellow-Kommunen 2025–2027</h2>
      <FellowList fellows={fellows} />
      <p class="kern-body">
        <a class="kern-link" href="/kommunen">
          Alle {municipalityCount.toLocaleString("de-DE")} Kommunen im Verzeichnis ansehen
        </a>
      </p>
    </Layout>
  );
}

export function FellowProgramPage({ ctx, fellows }: { ctx: PageContext; fellows: Fellow[] }) {
  return (
    <Layout ctx={ctx} title="Fellow-Programm" crumbs={[home, { label: "Fellow-Programm" }]}>
      <h1 class="kern-heading-large">Das K360 Fellow-Programm</h1>
      <Paragraphs texts={c.fellowProgram.intro} />
      <h2 class="kern-heading-medium">Für wen</h2>
      <Paragraphs texts={c.fellowProgram.audience} />
      <h2 class="kern-heading-medium">Die Fellow-Kommunen</h2>
      <FellowList fellows={fellows} />
      <h2 class="kern-heading-medium">Die Formate</h2>
      <Items items={c.fellowProgram.formats} />
      <ul class="kern-list">
        <li>
          <a class="kern-link" href="/termine">
            Alle Termine und Anmeldung
          </a>
        </li>
        <li>
          <a class="kern-link" href="/lernpfade/lernpfad-fuehrung/bewerbung">
            Bewerbung um einen freien Platz im Lernpfad Führung
          </a>
        </li>
      </ul>
    </Layout>
  );
}

export function OffersPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Angebote" crumbs={[home, { label: "Angebote" }]}>
      <h1 class="kern-heading-large">Angebote der Initiative</h1>
      <Items items={c.offers} level={2} />
    </Layout>
  );
}
