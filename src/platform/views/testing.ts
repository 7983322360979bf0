/** The HTML check of the page tests: html-validate with its recommended and accessibility rules. */
import { HtmlValidate } from "html-validate";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended", "html-validate:a11y"],
  rules: {
    // preact writes <!doctype html> and self-closing void elements; both are valid HTML, only a matter of style.
    "doctype-style": "off",
    "void-style": "off",
    // A group of checkboxes shares one name on purpose: the server receives the ticked values as a list.
    "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }],
  },
});

/** html-validate's findings for a page, as readable lines (empty when valid). */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector}, Zeile ${m.line})`));
}
