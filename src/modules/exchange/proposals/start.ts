import type { StartPanel } from "../../../platform/start/panels.ts";
import { formatDate } from "../../../platform/dates.ts";
import { currentProgram } from "../../program/index.ts";
import { listProposals } from "./queries.ts";
import { startTexts as texts } from "./texts.ts";

/** The team's view of open topic proposals, newest first. */
export const startPanels: StartPanel[] = [
  {
    key: "proposals-open",
    order: 50,
    shownTo: (user) => user.role === "admin",
    async load(db) {
      const program = await currentProgram(db);
      if (!program) return null;
      const open = (await listProposals(db, program.id)).filter((p) => p.status === "open").sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      return {
        heading: texts.open(open.length),
        items: open.slice(0, 5).map((p) => ({
          label: p.title,
          href: `/austausch/themenvorschlaege/${p.id}`,
          detail: `${p.origin}, ${formatDate(p.createdAt)}, ${texts.supporters(p.supporters)}`,
        })),
        empty: texts.none,
        more: { label: texts.all, href: "/austausch/themenvorschlaege" },
      };
    },
  },
];
