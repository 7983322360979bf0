/** Test helpers of the guide: the example guide, podcast episodes to link to, and an HTML check. */
import { HtmlValidate } from "html-validate";
import type { Db } from "../../../db/client.ts";
import { episodes, seasons } from "../podcast/tables.ts";
import { seedGuideDemo } from "./demo.ts";

/** The example guide plus a just published and a draft episode on "Beteiligung junger Menschen" (the newest, so it is linked). */
export async function guideFixture(db: Db): Promise<void> {
  await seedGuideDemo(db);
  const [season] = await db.insert(seasons).values({ number: 91, slug: "teststaffel-guide", title: "Teststaffel" }).returning({ id: seasons.id });
  await db.insert(episodes).values([
    { seasonId: season.id, number: 1, slug: "testfolge-beteiligung", title: "Testfolge: Jugendforen auf dem Land", description: "Zwei Jugendforen erzählen.", topics: ["beteiligung"], publishedAt: new Date(Date.now() - 60_000) },
    { seasonId: season.id, number: 2, slug: "testfolge-entwurf", title: "Unveröffentlichte Folge zur Beteiligung", topics: ["beteiligung"], publishedAt: null },
  ]);
}

const validator = new HtmlValidate({
  extends: ["html-validate:recommended", "html-validate:a11y"],
  rules: { "doctype-style": "off", "void-style": "off", "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }] },
});

/** html-validate's findings for a page, as readable lines (empty when valid). */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (Zeile ${m.line})`));
}
