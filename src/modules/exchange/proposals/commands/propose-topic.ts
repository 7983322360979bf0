import type { Db } from "../../../../db/client.ts";
import { isTeam, type CurrentUser } from "../../../../platform/auth/current-user.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { topicProposals } from "../../tables.ts";
import type { ProposalInput } from "../schemas.ts";
import { messages } from "../texts.ts";

/** A member of a cohort municipality or the team proposes a topic; it is stored for the proposer's municipality. */
export async function proposeTopic(db: Db, programId: number, user: CurrentUser, input: ProposalInput): Promise<CommandResult<number>> {
  const occasion = input.occasion;
  if (occasion === "") return refused({ occasion: messages.occasion });
  const [row] = await db
    .insert(topicProposals)
    .values({
      programId,
      occasion,
      title: input.title,
      description: input.description ?? "",
      proposerId: user.id,
      municipalityId: isTeam(user) ? null : user.municipalityId,
    })
    .returning({ id: topicProposals.id });
  return succeeded(row.id);
}
