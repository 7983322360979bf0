import type { FastifyInstance } from "fastify";
import swagger from "@fastify/swagger";
import { Layout } from "../views/layout.tsx";
import type { PageContext } from "../views/page-context.ts";
import { pageContext, sendPage } from "./pages.ts";

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: { type?: string; enum?: unknown[]; anyOf?: unknown[] } }[];
}
type Spec = { info: { title: string; version: string; description?: string }; paths: Record<string, Record<string, Operation>> };

/** The parameters of one operation: name, place, whether required, description. */
function ParameterTable({ label, parameters }: { label: string; parameters: NonNullable<Operation["parameters"]> }) {
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label={label}>
      <table class="kern-table">
        <caption class="kern-sr-only">{label}</caption>
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              Parameter
            </th>
            <th class="kern-table__header" scope="col">
              Ort
            </th>
            <th class="kern-table__header" scope="col">
              Pflicht
            </th>
            <th class="kern-table__header" scope="col">
              Beschreibung
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {parameters.map((p) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell">
                <code>{p.name}</code>
              </td>
              <td class="kern-table__cell">{p.in === "path" ? "Pfad" : "Abfrage"}</td>
              <td class="kern-table__cell">{p.required ? "ja" : "nein"}</td>
              <td class="kern-table__cell">{p.description ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ApiDocsPage({ ctx, spec }: { ctx: PageContext; spec: Spec }) {
  return (
    <Layout ctx={ctx} title="API-Dokumentation" crumbs={[{ label: "Startseite", href: "/" }, { label: "API-Dokumentation" }]}>
      <h1 class="kern-heading-large">{spec.info.title}</h1>
      <p class="kern-body">{spec.info.description}</p>
      <p class="kern-body">
        Die maschinenlesbare Beschreibung im Format OpenAPI 3 steht unter{" "}
        <a class="kern-link" href="/api/openapi.json">
          /api/openapi.json
        </a>{" "}
        bereit (Version {spec.info.version}).
      </p>
      {Object.entries(spec.paths).map(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => (
          <section class="kern-stack" aria-label={`${method.toUpperCase()} ${path}`}>
            <h2 class="kern-heading-small">
              <code>
                {method.toUpperCase()} {path}
              </code>
            </h2>
            {op.summary && <p class="kern-body">{op.summary}</p>}
            {op.description && <p class="kern-body">{op.description}</p>}
            {op.parameters && op.parameters.length > 0 && <ParameterTable label={`Parameter von ${method.toUpperCase()} ${path}`} parameters={op.parameters} />}
          </section>
        )),
      )}
    </Layout>
  );
}

/** The OpenAPI document as this page reads it. */
function openApiOf(app: FastifyInstance): Spec {
  const document: unknown = app.swagger();
  return document as Spec;
}

/** OpenAPI from the routes' TypeBox schemas, shown as an accessible page of our own instead of Swagger UI's scripts. */
export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: "K360-Programmierschnittstelle",
        version: "1",
        description:
          "Lesender Zugriff auf Kommunen, ihre Vorhaben und die Themen der Jugendhilfeplanung. Alle Antworten sind JSON, Fehler haben die Felder error und message.",
      },
    },
    hideUntagged: true,
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  app.get("/api/docs", { schema: { hide: true } }, async (request, reply) =>
    sendPage(reply, ApiDocsPage({ ctx: pageContext(request, reply), spec: openApiOf(app) })),
  );
}
