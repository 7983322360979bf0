import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { demoAccounts } from "../../../platform/auth/demo-accounts.ts";
import { findUserByEmail } from "../../../platform/auth/service.ts";
import { proposalSeeds } from "../seed/proposals.ts";
import { proposalComments, proposalVotes, topicProposals } from "../tables.ts";
import { findMunicipality } from "../../municipalities/index.ts";

const day = 24 * 60 * 60 * 1000;

/**
 * The tandem accounts the program demo made for a Fellow municipality (leitung.<ort>@…, planung.<ort>@…),
 * the k-th of them; null where there is none, so no vote or comment is invented for a missing person.
 */
async function tandemAccount(db: Db, ags: string, count: number) {
  const place = await findMunicipality(db, ags);
  if (!place) throw new Error(`Beispiel-Themenvorschlag: keine Kommune mit AGS ${ags}`);
  const handle = place.slug.slice(ags.length + 1);
  const email = [`leitung.${handle}@k360.example`, `planung.${handle}@k360.example`][count];
  const user = email ? await findUserByEmail(db, email) : null;
  return user ? { id: user.id, name: user.name, municipalityId: place.id } : null;
}

/** Example topic proposals with their supporters (as votes of the tandems) and comments; merged ones hand their votes on. */
export async function seedProposalsDemo(db: Db, programId: number): Promise<void> {
  const ids = new Map<string, number>();
  const now = Date.now();
  for (const [index, seed] of proposalSeeds.entries()) {
    const proposer = seed.ags ? await tandemAccount(db, seed.ags, 0) : null;
    const team = seed.ags ? null : await findUserByEmail(db, demoAccounts.find((a) => a.role === "admin")!.email);
    const createdAt = new Date(now - (proposalSeeds.length - index + 20) * day);
    const [row] = await db
      .insert(topicProposals)
      .values({
        programId,
        occasion: seed.occasion,
        title: seed.title,
        description: seed.description,
        proposerId: proposer?.id ?? team?.id ?? null,
        municipalityId: seed.ags ? ((await findMunicipality(db, seed.ags))?.id ?? null) : null,
        status: seed.status,
        decisionReason: seed.decisionReason,
        decidedAt: seed.status === "open" ? null : new Date(now - 3 * day),
        createdAt,
      })
      .returning({ id: topicProposals.id });
    ids.set(seed.key, row.id);
  }
  for (const seed of proposalSeeds) {
    const id = ids.get(seed.key)!;
    const target = seed.status === "merged" && seed.mergedInto ? ids.get(seed.mergedInto) : undefined;
    if (seed.status === "merged" && target === undefined) throw new Error(`Beispiel-Themenvorschlag ${seed.key}: Ziel „${seed.mergedInto}“ fehlt`);
    if (target !== undefined) await db.update(topicProposals).set({ mergedIntoId: target }).where(eq(topicProposals.id, id));
    // A merged proposal's votes count with its target, as after a merge by the team.
    const votedOn = target ?? id;
    const seen = new Map<string, number>();
    for (const ags of seed.supporters) {
      const count = seen.get(ags) ?? 0;
      seen.set(ags, count + 1);
      const voter = await tandemAccount(db, ags, count);
      if (voter) await db.insert(proposalVotes).values({ proposalId: votedOn, userId: voter.id }).onConflictDoNothing();
    }
    for (const [count, item] of seed.comments.entries()) {
      const author = await tandemAccount(db, item.ags, 0);
      if (!author) continue;
      await db
        .insert(proposalComments)
        .values({ proposalId: id, authorId: author.id, authorName: author.name, body: item.body, createdAt: new Date(now - (10 - count) * day) });
    }
  }
}
