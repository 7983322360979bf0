import type { StartPanel } from "../../../platform/start/panels.ts";
import { formatDateTime } from "../../../platform/dates.ts";
import { listAllArticles } from "./queries/editor.ts";
import { startTexts as texts } from "./texts.ts";

const isEditor: StartPanel["shownTo"] = (user) => user.role === "editor";
const editHref = (id: number) => `/magazin/redaktion/beitraege/${id}`;

/** The editors' drafts and the articles planned for later, on "Mein K360". */
export const startPanels: StartPanel[] = [
  {
    key: "magazine-drafts",
    order: 10,
    shownTo: isEditor,
    async load(db) {
      const drafts = (await listAllArticles(db)).filter((a) => a.status === "draft");
      return {
        heading: texts.drafts(drafts.length),
        items: drafts.slice(0, 5).map((a) => ({ label: a.title, href: editHref(a.id), detail: texts.changed(formatDateTime(a.updatedAt)) })),
        empty: texts.noDrafts,
        more: { label: texts.newsroom, href: "/magazin/redaktion" },
      };
    },
  },
  {
    key: "magazine-scheduled",
    order: 20,
    shownTo: isEditor,
    async load(db) {
      const now = new Date();
      const planned = (await listAllArticles(db))
        .filter((a) => a.status === "published" && a.publishAt !== null && a.publishAt > now)
        .sort((a, b) => a.publishAt!.getTime() - b.publishAt!.getTime());
      return {
        heading: texts.scheduled,
        items: planned.map((a) => ({ label: a.title, href: editHref(a.id), detail: texts.appears(formatDateTime(a.publishAt!)) })),
        empty: texts.noneScheduled,
      };
    },
  },
];
