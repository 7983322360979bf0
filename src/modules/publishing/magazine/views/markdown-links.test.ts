import { test } from "node:test";
import assert from "node:assert/strict";
import { renderInline, renderMarkdown as guidePage } from "../../guide/views/markdown.ts";
import { editorialForMail, editorialForWeb } from "../../newsletter/views/markdown.ts";
import { renderMarkdown as articlePage } from "./markdown.ts";

const renderers: Record<string, (source: string) => string> = {
  guide: guidePage,
  "guide, one line": renderInline,
  magazine: articlePage,
  "newsletter, web": editorialForWeb,
  "newsletter, mail": (source) => editorialForMail(source, "https://k360.example"),
};

test("no renderer makes a link of a script, data or foreign-host address, however it is spelled", () => {
  const hostile = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](  javascript:alert(1)  )",
    "[x](<java script:alert(1)>)",
    "[x](jav&#x09;ascript:alert(1))",
    "[x](&#106;avascript&colon;alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](\\\\evil.example)",
    "[x](//evil.example)",
    "<javascript:alert(1)>",
    "[x][r]\n\n[r]: javascript:alert(1)",
  ];
  for (const [name, render] of Object.entries(renderers)) for (const source of hostile) assert.doesNotMatch(render(source), /<a\s/, `${name}: ${source}`);
});

test("every renderer links to the web, to e-mail addresses and to this site's own paths", () => {
  const safe: [string, string, string?][] = [
    ["[x](https://example.org/a)", "https://example.org/a"],
    ["[x](http://example.org)", "http://example.org"],
    ["[x](mailto:info@example.org)", "mailto:info@example.org"],
    ["[x](/kommunen)", "/kommunen", "https://k360.example/kommunen"],
    ["[x](#abschnitt)", "#abschnitt"],
  ];
  for (const [name, render] of Object.entries(renderers))
    for (const [source, href, inMail = href] of safe)
      assert.ok(render(source).includes(`<a href="${name === "newsletter, mail" ? inMail : href}"`), `${name}: ${source}`);
});
