import { test } from "node:test";
import assert from "node:assert/strict";
import { markdownToText } from "./plain-text.ts";

const base = "https://k360.example";

test("headings lose their #, emphasis its * and _, paragraphs stay apart", () => {
  assert.equal(
    markdownToText("# Liebe Leserinnen\n\n## Neues aus dem **Netzwerk**\n\nWir haben *viel* vor und __mehr__ _noch_.\n\n### Termine", base),
    "Liebe Leserinnen\n\nNeues aus dem Netzwerk\n\nWir haben viel vor und mehr noch.\n\nTermine",
  );
});

test("links become „text (address)“; this site's paths get the full address; a bare address stays once", () => {
  assert.equal(
    markdownToText(
      "Lesen Sie [den Bericht](https://example.org/bericht), [unser Magazin](/magazin) und https://k360.example/termine. [Schreiben](mailto:team@k360.example)",
      base,
    ),
    "Lesen Sie den Bericht (https://example.org/bericht), unser Magazin (https://k360.example/magazin) und https://k360.example/termine. Schreiben (team@k360.example)",
  );
});

test("lists get „– “, numbered lists keep their numbers, nested items are indented", () => {
  assert.equal(
    markdownToText("- **Beteiligung**\n- Planung\n  - Daten\n\n3. erst\n4. dann\n\nZum Schluss.", base),
    "– Beteiligung\n– Planung\n  – Daten\n3. erst\n4. dann\n\nZum Schluss.",
  );
});

test("images, inline code marks and escaped characters leave no Markdown behind", () => {
  const text = markdownToText("Vorher ![Pixel](/magazin/bilder/1) nachher, `Code` und \\*Sternchen\\*.\nZweite Zeile", base);
  assert.equal(text, "Vorher nachher, Code und *Sternchen*.\nZweite Zeile");
  assert.equal(markdownToText("", base), "");
});
