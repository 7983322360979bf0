import { test } from "node:test";
import assert from "node:assert/strict";
import { createMarkdown, plainText, validateLink } from "./markdown.ts";

test("links may go to the web, to e-mail addresses and to this site's own paths and anchors", () => {
  for (const url of ["https://example.org/a?b=1", "HTTP://example.org", "mailto:info@example.org", "/kommunen", "/", "#abschnitt"])
    assert.ok(validateLink(url), url);
});

test("script, data and foreign-host addresses are refused, however they are spelled", () => {
  const refused = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "jav%09ascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "file:///etc/passwd",
    "//evil.example",
    "\\\\evil.example",
    "\\evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
  ];
  for (const url of refused) assert.equal(validateLink(url), false, JSON.stringify(url));
});

test("the renderer: HTML stays text, headings move, KERN classes only when asked for, images only when allowed", () => {
  const source = "# Titel\n\n<b>roh</b>\n\n- [a](/x)\n\n![Karte](/bild/1) ![Fremd](https://evil.example/p.png)";
  const kern = createMarkdown({ headingLevel: (typed) => typed + 1, kern: true, linkify: false, image: (src) => src.startsWith("/bild/") }).render(source);
  assert.match(kern, /<h2 class="kern-heading-medium">Titel<\/h2>/);
  assert.match(kern, /<p class="kern-body">&lt;b&gt;roh&lt;\/b&gt;<\/p>/);
  assert.match(kern, /<ul class="kern-list kern-list--bullet">\n<li><a href="\/x" class="kern-link">a<\/a><\/li>/);
  assert.match(kern, /<img src="\/bild\/1" alt="Karte" loading="lazy"> Fremd<\/p>/);
  const plain = createMarkdown({ headingLevel: (typed) => typed, kern: false, linkify: false }).render(source);
  assert.doesNotMatch(plain, /class=|<img/);
  assert.match(plain, /<h1>Titel<\/h1>/);
});

test("plain text keeps words, code and inner marks, drops Markdown marks and addresses", () => {
  assert.equal(
    plainText("## Ziel_Gruppe\n\nJugend_Beteiligung, a|b und *mehr* [Plan](https://x.de) ![Bild](/b/2)\n- eins\n  - zwei\n\n```js\nconst a_b = 1 | 2;\n```"),
    "Ziel_Gruppe\n\nJugend_Beteiligung, a|b und mehr Plan Bild\neins\nzwei\n\nconst a_b = 1 | 2;",
  );
});
