import type { FastifyInstance } from "fastify";

/** Work a module does in the background while the platform runs: sending a newsletter, deleting expired data. */
export interface Task {
  name: string;
  everySeconds: number;
  /** `stop` is aborted on shutdown: finish the current step (one mail), then return. */
  run(app: FastifyInstance, stop: AbortSignal): Promise<void>;
}

/**
 * Runs each task every `everySeconds`, never twice at the same time in this process (several
 * processes may run the same task: tasks claim their work in the database). Stops with the app.
 * With `firstRoundAtReady` each task's first round starts as soon as the app is ready, not one
 * interval later (the newsletter queue test's sender processes).
 */
export function startTasks(app: FastifyInstance, tasks: Task[], options: { firstRoundAtReady?: boolean } = {}): void {
  const running = new Map<string, Promise<void>>();
  const stopping = new AbortController();
  const ticks = tasks.map((task) => () => {
    if (running.has(task.name)) return;
    const run = task
      .run(app, stopping.signal)
      .catch((error) => app.log.error({ err: error, task: task.name }, "Hintergrundaufgabe fehlgeschlagen"))
      .finally(() => running.delete(task.name));
    running.set(task.name, run);
  });
  const timers = tasks.map((task, i) => setInterval(ticks[i], task.everySeconds * 1000));
  if (options.firstRoundAtReady)
    app.addHook("onReady", async () => {
      ticks.forEach((tick) => tick());
    });
  // On shutdown (SIGTERM) no new round starts and the rounds under way finish their current step.
  app.addHook("onClose", async () => {
    timers.forEach((t) => clearInterval(t));
    stopping.abort();
    await Promise.all(running.values());
  });
}
