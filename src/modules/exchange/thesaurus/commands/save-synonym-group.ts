import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { saveSynonyms } from "../../../../platform/search/thesaurus.ts";
import { analyze } from "../../../../platform/search/german.ts";
import type { SynonymInput } from "../schemas.ts";
import { limits, messages } from "../texts.ts";

/** What is wrong with the expressions of a group, or null: each line one expression, each findable. */
function problemOf(expressions: string[]): string | null {
  if (expressions.length < limits.fewest) return messages.tooFew;
  if (expressions.length > limits.most) return messages.tooMany;
  if (expressions.some((expression) => expression.length > limits.expression)) return messages.tooLong;
  if (expressions.some((expression) => analyze(expression).length === 0)) return messages.stopwordsOnly;
  return null;
}

/** One line per expression; at least two that mean the same, each findable (not only stopwords). */
export async function saveSynonymGroup(db: Db, id: number | null, input: SynonymInput): Promise<CommandResult> {
  const lines = input.expressions.split("\n").map((line) => line.trim());
  const expressions = [...new Set(lines.filter(Boolean))];
  const problem = problemOf(expressions);
  if (problem) return refused({ expressions: problem });
  await saveSynonyms(db, id, expressions);
  return succeeded(null);
}
