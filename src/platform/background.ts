import type { FastifyInstance } from "fastify";
import type { Task } from "./tasks.ts";
import type { PersonalDataSource } from "./personal-data.ts";
import { mailTasks, sendAllDueMails } from "./mail/queue.ts";
import { outgoingMailData } from "./mail/privacy.ts";
import { mailImmediateNotifications, notificationTasks } from "./notifications/tasks.ts";
import { answerLinkRequests, linkRequestTasks } from "./auth/link-requests.ts";

/** The platform's own background work beside the modules' (started by `k360 serve`). */
export const platformTasks: Task[] = [...linkRequestTasks, ...notificationTasks, ...mailTasks];

/** What the platform itself keeps about a person by e-mail address beside the account. */
export const platformPersonalData: PersonalDataSource[] = [outgoingMailData];

/** Does at once what the mail tasks do in the background: answers the link requests, turns notifications into mails, sends every due mail. */
export async function deliverPendingMails(app: FastifyInstance): Promise<void> {
  while ((await answerLinkRequests(app)) > 0);
  while ((await mailImmediateNotifications(app)) > 0);
  await sendAllDueMails(app);
}
