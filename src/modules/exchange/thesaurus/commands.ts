import type { Db } from "../../../db/client.ts";
import { checkPlainText, hasErrors, text, type FieldErrors } from "../../../platform/forms.ts";
import { saveSynonyms } from "../../../platform/search/thesaurus.ts";
import { analyze } from "../../../platform/search/german.ts";

/** One line per expression; at least two that mean the same, each findable (not only stopwords). */
export async function saveSynonymGroup(db: Db, id: number | null, input: Record<string, unknown>, errors: FieldErrors = {}) {
  checkPlainText(input, ["expressions"], errors);
  const expressions = [
    ...new Set(
      text(input.expressions)
        .split("\n")
        .map((e) => e.trim())
        .filter(Boolean),
    ),
  ];
  if (!errors.expressions) {
    if (expressions.length < 2) errors.expressions = "Bitte geben Sie mindestens zwei Ausdrücke an, jeden in einer eigenen Zeile.";
    else if (expressions.length > 12) errors.expressions = "Bitte fassen Sie höchstens 12 Ausdrücke zu einer Gruppe zusammen.";
    else if (expressions.some((e) => e.length > 120)) errors.expressions = "Jeder Ausdruck darf höchstens 120 Zeichen lang sein.";
    else if (expressions.some((e) => analyze(e).length === 0))
      errors.expressions = "Jeder Ausdruck braucht ein Wort, nach dem gesucht werden kann (nicht nur Wörter wie „und“ oder „der“).";
  }
  if (hasErrors(errors)) return { ok: false as const, errors, expressions };
  await saveSynonyms(db, id, expressions);
  return { ok: true as const };
}
