import { test } from "node:test";
import assert from "node:assert/strict";
import Fastify from "fastify";
import { Type } from "@fastify/type-provider-typebox";
import { ajvOptions, Choice, Day, Email, Flag, GermanNumber, Id, List, Text, WebAddress } from "./schemas.ts";
import { formErrors } from "./validation.ts";
import { registerFormBody } from "./form-body.ts";

const body = Type.Object({
  name: Type.Optional(Text({ max: 10, min: 1, message: "Bitte geben Sie Ihren Namen ein." })),
  notes: Type.Optional(Text({ max: 20, lines: true })),
  body: Type.Optional(Text({ max: 50, lines: true, markup: true })),
  email: Type.Optional(Email()),
  day: Type.Optional(Day()),
  count: Type.Optional(GermanNumber({ minimum: 0, maximum: 5_000_000 })),
  web: Type.Optional(WebAddress()),
  kind: Type.Optional(Choice(["kreis", "stadt"])),
  ticked: Flag(),
  topics: List(Text({ max: 20 }), 3),
  ref: Type.Optional(Id()),
});

async function app() {
  const server = Fastify({ ajv: ajvOptions });
  registerFormBody(server);
  server.post("/:id", { attachValidation: true, schema: { params: Type.Object({ id: Id() }), body } }, async (request) => ({
    params: request.params,
    body: request.body,
    errors: formErrors(request),
  }));
  return server;
}

async function post(id: string, form: string) {
  const server = await app();
  const res = await server.inject({
    method: "POST",
    url: `/${encodeURIComponent(id)}`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: form,
  });
  return { status: res.statusCode, ...(res.json() as { params: Record<string, unknown>; body: Record<string, unknown>; errors: Record<string, string> }) };
}

test("an id is a canonical whole number from 1 to 2147483647; anything else in the path is not found", async () => {
  assert.deepEqual((await post("2147483647", "")).params, { id: 2147483647 });
  for (const id of ["abc", "0", "-1", "1.5", "2147483648", "0x10", "1e0", " 1", "01", "1\u0000"]) assert.equal((await post(id, "")).status, 404, id);
  assert.equal((await post("5", "ref=0x10")).errors.ref, "Bitte wählen Sie einen Eintrag aus der Liste.");
  assert.equal((await post("5", "ref=7")).body.ref, 7);
});

test("text loses control characters and outer spaces before its length is checked; lines keep their breaks", async () => {
  const garbled = await (
    await app()
  ).inject({ method: "POST", url: "/1", headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "notes=Stra%FFe" });
  assert.equal(garbled.statusCode, 400, "a body that is not UTF-8 is refused as a whole");
  const trimmed = await post("1", "name=%20Bonn%09&notes=eins%0D%0Azwei%20");
  assert.deepEqual(trimmed.errors, {});
  assert.equal(trimmed.body.name, "Bonn");
  assert.equal(trimmed.body.notes, "eins\nzwei");
  // What no keyboard types comes back removed, with a message: nothing is saved that the person did not see.
  const cleaned = await post("1", "name=%00Bo%01nn&notes=eins%0Bzwei");
  assert.equal(cleaned.body.name, "Bonn");
  assert.equal(cleaned.body.notes, "einszwei");
  assert.match(cleaned.errors.name, /Steuerzeichen/);
  assert.match(cleaned.errors.notes, /Steuerzeichen/);
  assert.equal((await post("1", "name=%20%20")).errors.name, "Bitte geben Sie Ihren Namen ein.");
  assert.equal((await post("1", `name=${"x".repeat(11)}`)).errors.name, "Bitte geben Sie höchstens 10 Zeichen ein.");
  assert.equal((await post("1", "name=a&name=b")).errors.name, "Die Eingabe hat nicht den erwarteten Typ.");
  assert.equal((await post("1", "notes=%3Cscript%3E")).errors.notes, "Bitte geben Sie keinen HTML-Code ein, nur einfachen Text.");
  assert.deepEqual((await post("1", "body=**fett** %3Cbr%3E")).errors, {});
});

test("days, numbers, addresses and e-mail addresses are read as they are typed in Germany", async () => {
  const typed = await post("1", "day=7.12.2026&count=12.345&email=%20Leitung%40Bonn.DE&web=www.bonn.de&ticked=ja&topics=beteiligung");
  assert.deepEqual(typed.errors, {});
  assert.deepEqual(typed.body, {
    day: "2026-12-07",
    count: 12345,
    email: "leitung@bonn.de",
    web: "https://www.bonn.de/",
    ticked: true,
    topics: ["beteiligung"],
  });
  assert.equal((await post("1", "count=1.234,5")).body.count, 1234.5);
  assert.equal((await post("1", "count=0,75")).body.count, 0.75);
  assert.equal((await post("1", "count=")).body.count, null);
  const wrong = await post("1", "day=2026-02-30&count=12%2C3.4&email=kaputt&web=javascript%3Aalert(1)&kind=dorf&topics=a&topics=b&topics=c&topics=d");
  assert.deepEqual(wrong.errors, {
    day: "Bitte geben Sie ein gültiges Datum zwischen 1990 und 2100 ein (TT.MM.JJJJ).",
    count: "Bitte geben Sie eine Zahl von 0 bis 5.000.000 ein.",
    email: "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
    web: "Bitte geben Sie eine vollständige Adresse ein, die mit https:// beginnt.",
    kind: "Bitte wählen Sie einen der angebotenen Werte.",
    topics: "Bitte wählen Sie höchstens 3 Einträge.",
  });
  assert.equal((await post("1", "count=-1")).errors.count, "Bitte geben Sie eine Zahl von 0 bis 5.000.000 ein.");
  assert.equal((await post("1", "day=1.1.1989")).errors.day, "Bitte geben Sie ein gültiges Datum zwischen 1990 und 2100 ein (TT.MM.JJJJ).");
});
