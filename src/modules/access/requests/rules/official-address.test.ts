import { test } from "node:test";
import assert from "node:assert/strict";
import { isOfficialAddress } from "./official-address.ts";

test("an address at the official domain or one of its subdomains is official", () => {
  const domains = ["kreis-olpe.de"];
  assert.equal(isOfficialAddress("eva@kreis-olpe.de", domains), true);
  assert.equal(isOfficialAddress("eva@Jugendamt.Kreis-Olpe.de", domains), true);
});

test("a look-alike domain, another domain or no domains at all is not official", () => {
  assert.equal(isOfficialAddress("eva@boese-kreis-olpe.de", ["kreis-olpe.de"]), false);
  assert.equal(isOfficialAddress("eva@kreis-olpe.de.example", ["kreis-olpe.de"]), false);
  assert.equal(isOfficialAddress("eva@gmail.com", ["kreis-olpe.de"]), false);
  assert.equal(isOfficialAddress("eva@kreis-olpe.de", []), false);
});
