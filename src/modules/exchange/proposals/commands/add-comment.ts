import type { Db } from "../../../../db/client.ts";
import type { CurrentUser } from "../../../../platform/auth/current-user.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { proposalComments } from "../../tables.ts";
import type { CommentInput } from "../schemas.ts";

/** A participant comments on an open proposal, under the name the account has now. */
export async function addComment(db: Db, proposalId: number, user: CurrentUser, input: CommentInput): Promise<CommandResult<number>> {
  const [row] = await db
    .insert(proposalComments)
    .values({ proposalId, authorId: user.id, authorName: user.name, body: input.body })
    .returning({ id: proposalComments.id });
  return succeeded(row.id);
}
