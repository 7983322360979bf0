import { isTeam } from "../../../platform/auth/current-user.ts";
import { formatDateTime } from "../../../platform/dates.ts";
import type { StartPanel } from "../../../platform/start/panels.ts";
import { moderationQueue } from "./queries.ts";
import { startTexts as texts } from "./texts.ts";

/** The comments waiting for the team's approval, oldest first. */
export const startPanels: StartPanel[] = [
  {
    key: "comments-waiting",
    order: 30,
    shownTo: (user) => isTeam(user),
    async load(db) {
      const queue = await moderationQueue(db, "pending", 1);
      return {
        heading: texts.waiting(queue.total),
        items: queue.entries.slice(0, 5).map((c) => ({
          label: `${c.name} zu „${c.articleTitle}“`,
          href: "/magazin/kommentare",
          detail: formatDateTime(c.createdAt),
        })),
        empty: texts.noneWaiting,
        more: { label: texts.queue, href: "/magazin/kommentare" },
      };
    },
  },
];
