import { and, desc, eq, gte } from "drizzle-orm";
import { formatDate } from "../../../platform/dates.ts";
import type { StartPanel } from "../../../platform/start/panels.ts";
import { deliveries, issues, subscribers } from "./tables.ts";
import { startTexts as texts } from "./texts.ts";

/** The signed-in person's own subscription (attached to the account once the address was confirmed), with the way out. */
const ownSubscription: StartPanel = {
  key: "newsletter-own",
  order: 90,
  shownTo: () => true,
  async load(db, user) {
    const [own] = await db
      .select({ token: subscribers.unsubscribeToken, confirmedAt: subscribers.confirmedAt })
      .from(subscribers)
      .where(and(eq(subscribers.userId, user.id), eq(subscribers.status, "confirmed")));
    if (!own) return null;
    return {
      heading: texts.ownHeading,
      items: [
        {
          label: texts.ownUnsubscribe,
          href: `/newsletter/abmelden/${encodeURIComponent(own.token)}`,
          detail: own.confirmedAt ? texts.ownSince(formatDate(own.confirmedAt)) : undefined,
        },
      ],
      empty: "",
    };
  },
};

/** Addresses that bounced in the issues of the last 90 days: the team checks or removes them. */
export const startPanels: StartPanel[] = [
  ownSubscription,
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
