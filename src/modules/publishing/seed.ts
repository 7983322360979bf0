import type { Db } from "../../db/client.ts";
import { seedMagazineDemo } from "./magazine/seed.ts";
import { seedCommentsDemo } from "./comments/seed.ts";
import { seedNewsletterDemo } from "./newsletter/seed.ts";
import { seedPodcastDemo } from "./podcast/seed.ts";
import { seedGuideDemo } from "./guide/seed.ts";
import { seedPagesDemo } from "./pages/seed.ts";

/** The example Magazin with comments, newsletter issues, podcast, Change-Guide and barrier reports. */
export async function seedPublishingDemo(db: Db): Promise<void> {
  await seedMagazineDemo(db);
  await seedCommentsDemo(db);
  await seedNewsletterDemo(db);
  await seedPodcastDemo(db);
  await seedGuideDemo(db);
  await seedPagesDemo(db);
}
