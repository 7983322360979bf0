import type { FastifyInstance } from "fastify";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { listFellows } from "../../../municipalities/index.ts";
import { necessaryCookies } from "../texts/cookies.ts";
import { AboutPage, TeamPage } from "../views/about.tsx";
import { NetworkPage } from "../views/network.tsx";
import { ImprintPage } from "../views/imprint.tsx";
import { PrivacyPage } from "../views/privacy.tsx";
import { AccessibilityPage } from "../views/accessibility.tsx";
import { EasyLanguagePage } from "../views/easy-language.tsx";

/** The site's pages: about, team, network, imprint, privacy, accessibility, Leichte Sprache. */
export async function pageRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;
  const { config } = app.deps;

  app.get("/wer-wir-sind", async (request, reply) => sendPage(reply, AboutPage({ ctx: pageContext(request, reply) })));
  app.get("/wer-wir-sind/team", async (request, reply) => sendPage(reply, TeamPage({ ctx: pageContext(request, reply) })));
  app.get("/netzwerk", async (request, reply) => sendPage(reply, NetworkPage({ ctx: pageContext(request, reply), fellows: await listFellows(db) })));
  app.get("/impressum", async (request, reply) => sendPage(reply, ImprintPage({ ctx: pageContext(request, reply) })));
  app.get("/datenschutz", async (request, reply) =>
    sendPage(reply, PrivacyPage({ ctx: pageContext(request, reply), cookies: necessaryCookies(config.sessionDays), sessionDays: config.sessionDays })),
  );
  app.get("/barrierefreiheit", async (request, reply) => sendPage(reply, AccessibilityPage({ ctx: pageContext(request, reply), baseUrl: config.baseUrl })));
  app.get("/leichte-sprache", async (request, reply) => sendPage(reply, EasyLanguagePage({ ctx: pageContext(request, reply) })));
}
