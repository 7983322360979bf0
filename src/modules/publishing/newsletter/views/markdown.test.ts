import { test } from "node:test";
import assert from "node:assert/strict";
import { editorialForMail, editorialForWeb } from "./markdown.ts";

const editorial = "## Themen\n\n- Beteiligung\n- Planung\n\n1. erst\n2. dann\n\n![Pixel](/magazin/bilder/1)";

test("the editorial's web version has the Magazin's KERN styling, lists included, and no images", () => {
  const web = editorialForWeb(editorial);
  assert.match(web, /<h2 class="kern-heading-medium">Themen<\/h2>/);
  assert.match(web, /<ul class="kern-list kern-list--bullet">/);
  assert.match(web, /<ol class="kern-list kern-list--number">/);
  assert.doesNotMatch(web, /<img/);
});

test("the editorial in the mail has no KERN classes and no images", () => {
  const mail = editorialForMail(editorial, "https://k360.example");
  assert.match(mail, /<h2>Themen<\/h2>\n<ul>\n<li>Beteiligung<\/li>/);
  assert.doesNotMatch(mail, /class=|<img/);
});
