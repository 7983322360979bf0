import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { selectRows } from "../../db/rows.ts";
import { berlinInstant, todayInGermany } from "../dates.ts";
import type { Task } from "../tasks.ts";
import { enqueueMail } from "../mail/queue.ts";
import { notificationItems } from "./tables.ts";
import { users } from "../auth/tables.ts";
import { digestMail, immediateMail } from "./texts.ts";

interface Taken {
  user_id: number;
  subject: string;
  text: string;
  path: string;
  email: string;
  name: string;
}

/**
 * Takes items out of the table and returns them with their person's address, in the transaction
 * that queues their mails; SKIP LOCKED lets several processes share the work.
 */
const take = (where: ReturnType<typeof sql>, limit: number) => sql`
  with taken as (
    delete from ${notificationItems} where id in (
      select id from ${notificationItems} where ${where} order by id limit ${limit} for update skip locked)
    returning id, user_id, subject, text, path)
  select t.user_id, t.subject, t.text, t.path, u.email, u.name from taken t join ${users} u on u.id = t.user_id order by t.id`;

/** Turns the notifications meant for at once into mails in the queue; returns how many. */
export async function mailImmediateNotifications(app: FastifyInstance, batchSize = 100): Promise<number> {
  const { database, config } = app.deps;
  return database.db.transaction(async (tx) => {
    const taken = await selectRows<Taken>(tx, take(sql`digest = false`, batchSize));
    for (const item of taken) await enqueueMail(tx, { to: item.email, ...immediateMail(item.name, item, config.baseUrl) });
    return taken.length;
  });
}

/** The morning hour of the digest: what came in before the last 7 o'clock (German time) goes out. */
export function digestCutoff(now: Date): Date {
  const today = berlinInstant(todayInGermany(now), "07:00");
  return today <= now ? today : berlinInstant(todayInGermany(new Date(now.getTime() - 24 * 3600_000)), "07:00");
}

/** One mail per person with every digest item from before the cutoff; returns how many mails. */
export async function mailDigests(app: FastifyInstance, now = new Date()): Promise<number> {
  const { database, config } = app.deps;
  return database.db.transaction(async (tx) => {
    const taken = await selectRows<Taken>(tx, take(sql`digest = true and created_at < ${digestCutoff(now).toISOString()}`, 10_000));
    const byPerson = new Map<number, Taken[]>();
    for (const item of taken) byPerson.set(item.user_id, [...(byPerson.get(item.user_id) ?? []), item]);
    for (const items of byPerson.values()) await enqueueMail(tx, { to: items[0].email, ...digestMail(items[0].name, items, config.baseUrl) });
    return byPerson.size;
  });
}

export const notificationTasks: Task[] = [
  {
    name: "benachrichtigungen",
    everySeconds: 2,
    async run(app, stop) {
      while (!stop.aborted && (await mailImmediateNotifications(app)) > 0);
    },
  },
  {
    name: "benachrichtigungen-zusammenfassung",
    everySeconds: 10 * 60,
    async run(app) {
      await mailDigests(app);
    },
  },
];
