import { isTeam } from "../auth/current-user.ts";
import type { ComponentChildren } from "preact";
import type { PageContext } from "./page-context.ts";
import { roleLabels } from "../auth/roles.ts";

export interface Crumb {
  label: string;
  href?: string;
}

export const mainNavigation = [
  { href: "/magazin", label: "Magazin" },
  { href: "/fellow-programm", label: "Fellow-Programm" },
  { href: "/kommunen", label: "Kommunen" },
  { href: "/austausch", label: "Austausch" },
  { href: "/termine", label: "Termine" },
  { href: "/angebote", label: "Angebote" },
  { href: "/wer-wir-sind", label: "Wer wir sind" },
];

const footerLinks = [
  { href: "/wer-wir-sind", label: "Über die Initiative" },
  { href: "/newsletter", label: "Newsletter" },
  { href: "/podcast", label: "Podcast" },
  { href: "/change-guide", label: "Change-Guide" },
  { href: "/leichte-sprache", label: "Leichte Sprache" },
  { href: "/barrierefreiheit", label: "Erklärung zur Barrierefreiheit" },
  { href: "/datenschutz", label: "Datenschutz" },
  { href: "/impressum", label: "Impressum" },
  { href: "/api/docs", label: "Programmierschnittstelle (API)" },
];

/** Browser tabs and screen readers show the title first: short enough to read, with the site name last. */
function pageTitle(title: string): string {
  const suffix = " – K360";
  return title.length + suffix.length <= 70 ? title + suffix : `${title.slice(0, 69 - suffix.length).trimEnd()}…${suffix}`;
}

function isCurrent(path: string, href: string): boolean {
  return path === href || path.startsWith(`${href}/`);
}

function UserBar({ ctx }: { ctx: PageContext }) {
  if (!ctx.user) {
    return (
      <div class="k360-user">
        <a class="kern-link" href={ctx.path === "/" || ctx.path.startsWith("/anmelden") ? "/anmelden" : `/anmelden?weiter=${encodeURIComponent(ctx.path)}`}>
          Anmelden
        </a>
      </div>
    );
  }
  return (
    <div class="k360-user">
      <span class="kern-body">
        Angemeldet als {ctx.user.name} ({roleLabels[ctx.user.role]})
      </span>
      <a class="kern-link" href="/mein-programm">
        Mein Programm
      </a>
      {isTeam(ctx.user) && (
        <a class="kern-link" href="/programm">
          Programmsteuerung
        </a>
      )}
      {ctx.user.role === "admin" && (
        <a class="kern-link" href="/admin/postausgang">
          Postausgang
        </a>
      )}
      <form class="k360-inline-form" method="post" action="/abmelden">
        <input type="hidden" name="_csrf" value={ctx.csrfToken ?? ""} />
        <button type="submit" class="kern-btn kern-btn--tertiary">
          <span class="kern-label">Abmelden</span>
        </button>
      </form>
    </div>
  );
}

export function Layout(props: { ctx: PageContext; title: string; crumbs?: Crumb[]; children: ComponentChildren }) {
  const { ctx } = props;
  return (
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{pageTitle(props.title)}</title>
        <link rel="stylesheet" href={ctx.stylesheet} />
      </head>
      <body>
        <a class="k360-skip kern-link" href="#inhalt">
          Zum Inhalt springen
        </a>
        <header class="k360-site-header">
          <div class="kern-kopfzeile">
            <div class="kern-container">
              <div class="kern-kopfzeile__content">
                <span class="kern-kopfzeile__label">Plattform der Initiative Kommune 360° für Kommunen in Deutschland</span>
              </div>
            </div>
          </div>
          <div class="kern-container">
            <div class="k360-user-row">
              <a class="k360-brand" href="/">
                K360
              </a>
              <UserBar ctx={ctx} />
            </div>
            <nav class="k360-nav" aria-label="Hauptnavigation">
              <ul>
                {mainNavigation.map((item) => (
                  <li>
                    <a class="kern-link" href={item.href} aria-current={isCurrent(ctx.path, item.href) ? "page" : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="inhalt" class="k360-main" tabIndex={-1}>
          <div class="kern-container">
            {props.crumbs && props.crumbs.length > 0 && (
              <nav class="k360-breadcrumbs" aria-label="Brotkrümelnavigation">
                <ol>
                  {props.crumbs.map((c) => (
                    <li>
                      {c.href ? (
                        <a class="kern-link" href={c.href}>
                          {c.label}
                        </a>
                      ) : (
                        <span aria-current="page">{c.label}</span>
                      )}
                    </li>
                  ))}
                </ol>
              </nav>
            )}
            {props.children}
          </div>
        </main>
        <footer class="k360-footer">
          <div class="kern-container kern-stack">
            {ctx.footerParts.map((part) => part({ path: ctx.path }))}
            <nav aria-label="Service">
              <ul>
                {footerLinks.map((l) => (
                  <li>
                    <a class="kern-link" href={l.href}>
                      {l.label}
                    </a>
                  </li>
                ))}
                <li>
                  <a class="kern-link" href={`/barrierefreiheit/barriere-melden?seite=${encodeURIComponent(ctx.path)}`}>
                    Barriere melden
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}
