import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDomains } from "./official-domains.ts";

test("official domains are read from a list with commas, spaces or an @ in front, in lower case and once each", () => {
  assert.deepEqual(parseDomains(" Kreis-Olpe.de, @jugendamt.kreis-olpe.de;kreis-olpe.de "), {
    ok: true,
    domains: ["kreis-olpe.de", "jugendamt.kreis-olpe.de"],
  });
  assert.deepEqual(parseDomains(""), { ok: true, domains: [] });
});

test("something that is no domain is named back", () => {
  assert.deepEqual(parseDomains("kreis-olpe.de, nur-ein-wort"), { ok: false, invalid: "nur-ein-wort" });
  assert.deepEqual(parseDomains("kreis olpe@de"), { ok: false, invalid: "kreis" });
});
