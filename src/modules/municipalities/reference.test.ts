import { test } from "node:test";
import assert from "node:assert/strict";
import { slugify } from "./reference.ts";
import { foldForSearch } from "../../platform/search/fold.ts";

test("folding treats umlauts and their spelled-out forms alike", () => {
  assert.equal(foldForSearch("München"), foldForSearch("Muenchen"));
  assert.equal(foldForSearch("Mülheim an der Ruhr"), foldForSearch("Mulheim an der Ruhr"));
  assert.equal(foldForSearch("Gießen"), foldForSearch("Giessen"));
});

test("folding keeps Frankfurt (Oder) and Frankfurt am Main apart", () => {
  assert.equal(foldForSearch("Frankfurt (Oder)"), "frankfurt oder");
  assert.equal(foldForSearch("Frankfurt am Main"), "frankfurt am main");
});

test("slugs are ascii with spelled-out umlauts", () => {
  assert.equal(slugify("Halle (Saale)"), "halle-saale");
  assert.equal(slugify("Lörrach"), "loerrach");
});
