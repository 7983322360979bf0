import { and, desc, eq, gte } from "drizzle-orm";
import type { StartPanel } from "../../../platform/start/panels.ts";
import { deliveries, issues } from "./tables.ts";
import { startTexts as texts } from "./texts.ts";

/** Addresses that bounced in the issues of the last 90 days: the team checks or removes them. */
export const startPanels: StartPanel[] = [
  {
    key: "newsletter-bounces",
    order: 70,
    shownTo: (user) => user.role === "admin",
    async load(db) {
      const since = new Date(Date.now() - 90 * 24 * 3600_000);
      const rows = await db
        .select({ issueId: issues.id, number: issues.number, email: deliveries.email, lastError: deliveries.lastError })
        .from(deliveries)
        .innerJoin(issues, eq(issues.id, deliveries.issueId))
        .where(and(eq(deliveries.status, "failed"), gte(issues.startedAt, since)))
        .orderBy(desc(issues.startedAt), deliveries.email)
        .limit(10);
      return {
        heading: texts.bounces,
        items: rows.map((r) => ({ label: `${r.email} (Nr. ${r.number})`, href: `/newsletter/redaktion/${r.issueId}`, detail: r.lastError })),
        empty: texts.noBounces,
        more: { label: texts.issues, href: "/newsletter/redaktion" },
      };
    },
  },
];
