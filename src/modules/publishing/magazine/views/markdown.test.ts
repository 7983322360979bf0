import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "./markdown.ts";
import { plainText } from "../../../../platform/markdown.ts";
import { berlinInstant, berlinParts } from "../../../../platform/dates.ts";
import { parseTags } from "../rules/tags.ts";
import { xmlText } from "./feeds.ts";

test("Markdown: typed HTML and script stay text, unsafe links and foreign images are dropped, headings start at h2", () => {
  const html = renderMarkdown(
    "# Titel\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[gut](https://example.org) [böse](javascript:alert(1)) [fremd](//evil.example) [intern](/kommunen)\n\n![Karte](/magazin/bilder/3) ![Tracker](https://evil.example/pixel.png)",
  );
  assert.match(html, /<h2 class="kern-heading-medium">Titel<\/h2>/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &lt;img src=x onerror=alert\(1\)&gt;/);
  assert.doesNotMatch(html, /<script|<img src="x|href="javascript|href="\/\/evil/);
  assert.match(html, /<a href="https:\/\/example.org" class="kern-link">gut<\/a>/);
  assert.match(html, /<a href="\/kommunen" class="kern-link">intern<\/a>/);
  assert.match(html, /<img src="\/magazin\/bilder\/3" alt="Karte" loading="lazy">/);
  assert.doesNotMatch(html, /evil\.example\/pixel/);
  assert.match(html, /Tracker/);
});

test("plain text for the search keeps words and drops Markdown marks and addresses", () => {
  assert.equal(plainText("## Ziel\n\n- **mehr** Beteiligung\n1. [Plan](https://x.de) ![Bild](/magazin/bilder/2)"), "Ziel\n\nmehr Beteiligung\nPlan Bild");
});

test("German wall-clock time turns into the right instant in summer and winter", () => {
  assert.equal(berlinInstant("2026-07-01", "09:30").toISOString(), "2026-07-01T07:30:00.000Z");
  assert.equal(berlinInstant("2026-01-15", "00:00").toISOString(), "2026-01-14T23:00:00.000Z");
  assert.deepEqual(berlinParts(new Date("2026-03-29T01:30:00Z")), { date: "2026-03-29", time: "03:30" });
});

test("tags: labels as written, addresses as slugs, duplicates once, nonsense refused", () => {
  assert.deepEqual(parseTags(" Beteiligung, Kommune gestaltet! ,beteiligung,, Fellow-Tag").tags, [
    { tag: "beteiligung", label: "Beteiligung" },
    { tag: "kommune-gestaltet", label: "Kommune gestaltet!" },
    { tag: "fellow-tag", label: "Fellow-Tag" },
  ]);
  assert.match(parseTags("!!!").error!, /Buchstaben oder Ziffern/);
  assert.match(parseTags(Array.from({ length: 11 }, (_, i) => `Thema ${i}`).join(",")).error!, /höchstens 10/);
});

test("XML text is escaped and loses characters XML forbids", () => {
  assert.equal(xmlText(`<a href="x">&'\u0001\u0007b`), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;b");
});
