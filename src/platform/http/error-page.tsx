import { Layout } from "../views/layout.tsx";
import type { PageContext } from "../views/page-context.ts";

export function ErrorPage({ ctx, status, message }: { ctx: PageContext; status: number; message: string }) {
  const title =
    status === 404
      ? "Seite nicht gefunden"
      : status === 403
        ? "Kein Zugriff"
        : status === 401
          ? "Anmeldung nötig"
          : status >= 500
            ? "Ein Fehler ist aufgetreten"
            : "Anfrage nicht möglich";
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{message}</p>
      {status === 401 && (
        <p class="kern-body">
          <a class="kern-link" href={`/anmelden?weiter=${encodeURIComponent(ctx.path)}`}>
            Zur Anmeldung
          </a>
        </p>
      )}
      <p class="kern-body">
        <a class="kern-link" href="/">
          Zur Startseite
        </a>
      </p>
    </Layout>
  );
}
