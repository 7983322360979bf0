import type { Task } from "../../../platform/tasks.ts";
import { sendQueued } from "./queue.ts";
import { deleteUnconfirmed } from "./subscriptions.ts";

/** The newsletter's background work: sending the queue, and deleting sign-ups never confirmed. */
export const newsletterTasks: Task[] = [
  {
    name: "newsletter-versand",
    everySeconds: 2,
    async run(app, stop) {
      // Round after round until the queue has nothing due; the next tick looks again.
      for (;;) {
        const round = await sendQueued(app, stop, 50);
        if (round.claimed === 0 || round.halted || stop.aborted) return;
      }
    },
  },
  {
    name: "newsletter-unbestaetigte-loeschen",
    everySeconds: 60 * 60,
    async run(app) {
      await deleteUnconfirmed(app.deps.database.db);
    },
  },
];
