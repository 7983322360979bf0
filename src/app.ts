import Fastify, { LogController, type FastifyInstance } from "fastify";
import { AjvCompiler } from "@fastify/ajv-compiler";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import csrf from "@fastify/csrf-protection";
import rateLimit from "@fastify/rate-limit";
import multipart from "@fastify/multipart";
import { randomBytes } from "node:crypto";
import type { Config } from "./config.ts";
import type { Database } from "./db/client.ts";
import { createMailer, type Mailer } from "./platform/mail/mailer.ts";
import { registerAssets } from "./platform/assets/assets.ts";
import { registerCurrentUser } from "./platform/auth/plugin.ts";
import { registerNavigationCounts } from "./platform/views/navigation-counts.ts";
import { registerErrorHandling } from "./platform/http/error-handler.ts";
import { registerApiDocs } from "./platform/http/api-docs.tsx";
import { authRoutes } from "./platform/auth/routes.ts";
import { outboxRoutes } from "./platform/mail/routes.tsx";
import { startRoutes } from "./platform/start/routes.tsx";
import { notificationRoutes } from "./platform/notifications/routes.tsx";
import { modules } from "./modules/index.ts";
import { ajvOptions } from "./platform/http/schemas.ts";
import { registerFormBody } from "./platform/http/form-body.ts";
import { registerUploadGate } from "./platform/http/uploads.ts";
import { platformNavigation } from "./platform/navigation.ts";
import { platformPersonalData } from "./platform/background.ts";
import type { RouteEntry } from "./platform/http/types.ts";

export interface AppOptions {
  config: Config;
  database: Database;
  mailer?: Mailer;
  logger?: boolean;
}

const writeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const maxUploadBytes = 10 * 1024 * 1024;

/** The fields of an object schema with their schemas. */
const propertiesOf = (schema: unknown) => Object.entries((schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});

/** Headers, cookies, body parsing and the CSRF check, before anything reads a request. */
async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    strictTransportSecurity: config.baseUrl.startsWith("https:"),
  });
  await app.register(cookie, { secret: config.cookieSecret ?? randomBytes(32).toString("hex") });
  registerFormBody(app);
  // Uploads arrive whole in the body (fields as { value }, files buffered up to the limit), so the
  // CSRF check and the schema see them like any other form.
  await app.register(multipart, { attachFieldsToBody: true, limits: { fileSize: maxUploadBytes, files: 1, fields: 10 } });
  await app.register(csrf, {
    cookieOpts: { signed: true, httpOnly: true, sameSite: "lax", path: "/", secure: config.baseUrl.startsWith("https:") },
    getToken: (request) => {
      const token = (request.body as Record<string, unknown> | undefined)?._csrf;
      return typeof token === "string" ? token : ((token as { value?: string } | undefined)?.value ?? "");
    },
  });
  // A route that must work without our token (a form in kept pages, mail programs' one-click
  // unsubscribe) says so itself with `config: { csrf: false }`.
  app.addHook("preValidation", (request, reply, done) => {
    if (writeMethods.has(request.method) && !request.url.startsWith("/api/") && request.routeOptions.config.csrf !== false)
      return app.csrfProtection(request, reply, done);
    done();
  });
}

/**
 * Fastify's Ajv, shared by every app built in this process: Ajv keeps each compiled schema, so a
 * second app (the next test file of a batch, ADR 0012) reuses the validators instead of compiling
 * them again (about 0.45 s of CPU per app). Fastify's default makes a new Ajv per app.
 */
const sharedValidators = AjvCompiler();

/**
 * Security and plumbing in a fixed order: headers, cookies, body parsing, CSRF, rate limits,
 * current user, assets and API docs, then the modules' routes, then 404 and error pages.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel, redact: ["req.headers.cookie", "req.headers.authorization"] },
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    ajv: ajvOptions,
    schemaController: { compilersFactory: { buildValidator: sharedValidators } },
  });
  const mailer = options.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: config.outboxDir });
  app.decorate("deps", {
    config,
    database,
    mailer,
    assets: { stylesheet: "" },
    frame: { navigation: [...platformNavigation, ...modules.flatMap((m) => m.navigation)], footerParts: modules.flatMap((m) => m.footer) },
    personalData: [...platformPersonalData, ...modules.flatMap((m) => m.personalData)],
    startPanels: modules.flatMap((m) => m.startPanels ?? []),
    notificationKinds: modules.flatMap((m) => m.notifications ?? []),
    accountLinks: modules.flatMap((m) => m.accountLinks ?? []),
    profileParts: modules.flatMap((m) => m.profileParts ?? []).sort((a, b) => a.order - b.order),
  });
  app.addHook("onClose", async () => mailer.close());
  const routes: RouteEntry[] = [];
  app.decorate("routeList", routes);
  app.addHook("onRoute", (route) => {
    const [query, body] = [propertiesOf(route.schema?.querystring), propertiesOf(route.schema?.body)];
    const idFields = [...query, ...body].filter(([, schema]) => JSON.stringify(schema).includes('"x-id"')).map(([name]) => name);
    const entry = { url: route.url, queryFields: query.map(([name]) => name), bodyFields: body.map(([name]) => name), idFields };
    for (const method of [route.method].flat()) if (method !== "HEAD") routes.push({ method, ...entry });
  });

  await registerSecurity(app, config);
  await app.register(rateLimit, { global: false });
  registerCurrentUser(app);
  registerNavigationCounts(app);
  registerUploadGate(app);
  app.deps.assets = await registerAssets(app);
  await registerApiDocs(app);

  registerErrorHandling(app);
  await app.register(authRoutes);
  await app.register(outboxRoutes);
  await app.register(startRoutes);
  await app.register(notificationRoutes);
  for (const mod of modules) await app.register(mod.routes);
  return app;
}
