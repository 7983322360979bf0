import type { ComponentChildren } from "preact";
import type { NavigationEntry, PageContext } from "./page-context.ts";
import { roleLabels } from "../auth/roles.ts";

export interface Crumb {
  label: string;
  href?: string;
}

/** Browser tabs and screen readers show the title first: short enough to read, with the site name last. */
function pageTitle(title: string): string {
  const suffix = " – K360";
  return title.length + suffix.length <= 70 ? title + suffix : `${title.slice(0, 69 - suffix.length).trimEnd()}…${suffix}`;
}

function isCurrent(path: string, href: string): boolean {
  return path === href || path.startsWith(`${href}/`);
}

const hrefOf = (entry: NavigationEntry, path: string) => (typeof entry.href === "string" ? entry.href : entry.href(path));

/** The entries of one place, in their order; entries with `shownTo` only for the signed-in users they are meant for. */
function entriesOf(ctx: PageContext, place: NavigationEntry["place"]): NavigationEntry[] {
  const user = ctx.user;
  return ctx.frame.navigation.filter((e) => e.place === place && (!e.shownTo || (user !== null && e.shownTo(user)))).sort((a, b) => a.order - b.order);
}

/** A link's text with what waits behind it: "Kommentare (3)". */
function linkLabel(ctx: PageContext, entry: NavigationEntry): string {
  const count = typeof entry.href === "string" ? ctx.counts.get(entry.href) : undefined;
  return count ? `${entry.label} (${count})` : entry.label;
}

function AccountLink({ ctx, entry }: { ctx: PageContext; entry: NavigationEntry }) {
  const href = hrefOf(entry, ctx.path);
  return (
    <a class="kern-link" href={href} aria-current={isCurrent(ctx.path, href) ? "page" : undefined}>
      {linkLabel(ctx, entry)}
    </a>
  );
}

/** The account links in their order; links of one group sit together in a menu that opens without JavaScript. */
function AccountLinks({ ctx }: { ctx: PageContext }) {
  const entries = entriesOf(ctx, "account");
  const groups = [...new Set(entries.map((e) => e.group).filter((g): g is string => g !== undefined))];
  return (
    <>
      {entries
        .filter((e) => !e.group)
        .map((entry) => (
          <AccountLink ctx={ctx} entry={entry} />
        ))}
      {groups.map((group) => (
        <details class="k360-menu">
          <summary class="kern-link">{group}</summary>
          <ul class="k360-menu__list">
            {entries
              .filter((e) => e.group === group)
              .map((entry) => (
                <li>
                  <AccountLink ctx={ctx} entry={entry} />
                </li>
              ))}
          </ul>
        </details>
      ))}
    </>
  );
}

function UserBar({ ctx }: { ctx: PageContext }) {
  if (!ctx.user) {
    const login = ctx.path === "/" || ctx.path.startsWith("/anmelden") ? "/anmelden" : `/anmelden?weiter=${encodeURIComponent(ctx.path)}`;
    return (
      <div class="k360-user">
        <a class="kern-link" href={login}>
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
      <AccountLinks ctx={ctx} />
      <form class="k360-inline-form" method="post" action="/abmelden">
        <input type="hidden" name="_csrf" value={ctx.csrfToken ?? ""} />
        <button type="submit" class="kern-btn kern-btn--tertiary">
          <span class="kern-label">Abmelden</span>
        </button>
      </form>
    </div>
  );
}

function SiteHeader({ ctx }: { ctx: PageContext }) {
  return (
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
            {entriesOf(ctx, "main").map((entry) => {
              const href = hrefOf(entry, ctx.path);
              return (
                <li>
                  <a class="kern-link" href={href} aria-current={isCurrent(ctx.path, href) ? "page" : undefined}>
                    {entry.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
    </header>
  );
}

function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav class="k360-breadcrumbs" aria-label="Brotkrümelnavigation">
      <ol>
        {crumbs.map((crumb) => (
          <li>
            {crumb.href ? (
              <a class="kern-link" href={crumb.href}>
                {crumb.label}
              </a>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function SiteFooter({ ctx }: { ctx: PageContext }) {
  return (
    <footer class="k360-footer">
      <div class="kern-container kern-stack">
        {ctx.frame.footerParts.map((part) => part({ path: ctx.path }))}
        <nav aria-label="Service">
          <ul>
            {entriesOf(ctx, "footer").map((entry) => (
              <li>
                <a class="kern-link" href={hrefOf(entry, ctx.path)}>
                  {entry.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
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
        <SiteHeader ctx={ctx} />
        <main id="inhalt" class="k360-main" tabIndex={-1}>
          <div class="kern-container">
            {props.crumbs && props.crumbs.length > 0 && <Breadcrumbs crumbs={props.crumbs} />}
            {props.children}
          </div>
        </main>
        <SiteFooter ctx={ctx} />
      </body>
    </html>
  );
}
