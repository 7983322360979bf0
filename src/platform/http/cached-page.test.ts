import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from "fastify";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import { h, type VNode } from "preact";
import { GenerationMemo } from "../cache/memo.ts";
import { sendCachedPage, type KeptPage } from "./cached-page.ts";
import { pageContext } from "./pages.ts";
import { startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
let app: FastifyInstance;

/** A small app with the platform's cookie and CSRF set-up and two pages: a kept one with a form, one without. */
before(async () => {
  site = await startTestApp();
  app = Fastify();
  app.decorate("deps", site.app.deps);
  app.decorateRequest("user", null);
  await app.register(cookie, { secret: "ein-geheimnis-nur-fuer-diesen-test" });
  await app.register(csrf, { cookieOpts: { signed: true, httpOnly: true, path: "/" } });
  const memo = new GenerationMemo<string, KeptPage>("magazin", { ttlMs: 60_000, size: 10 });
  app.get("/formular", (request, reply) =>
    sendCachedPage(request, reply, { memo, key: "formular", cacheable: true }, async () => {
      const { csrfToken } = pageContext(request, reply, { forms: true });
      return { page: h("form", { method: "post", action: "/senden" }, h("input", { type: "hidden", name: "_csrf", value: csrfToken ?? "" })) as VNode };
    }),
  );
  app.get("/text", (request, reply) =>
    sendCachedPage(request, reply, { memo, key: "text", cacheable: false }, async () => ({ page: h("p", null, "Nur Text") })),
  );
  app.post("/senden", { onRequest: app.csrfProtection }, async () => "angekommen");
  await app.ready();
});
after(async () => {
  await app.close();
  await site.close();
});

const token = (res: LightMyRequestResponse) => /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1] ?? "";
const secret = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === "_csrf")?.value ?? "";
const send = (csrfToken: string, cookieValue: string) =>
  app.inject({ method: "POST", url: "/senden", headers: { "csrf-token": csrfToken, cookie: `_csrf=${cookieValue}` } });

test("a kept page whose form takes its token from pageContext gets a fresh token per response, matching that response's cookie", async () => {
  const [first, second] = [await app.inject({ url: "/formular" }), await app.inject({ url: "/formular" })];
  assert.ok(token(first) && token(second) && token(first) !== token(second));
  assert.ok(!second.body.includes(token(first)), "the first visitor's token is not kept");
  assert.equal(first.body.replace(token(first), ""), second.body.replace(token(second), ""), "one kept page");
  assert.equal((await send(token(first), secret(first))).statusCode, 200);
  assert.equal((await send(token(second), secret(second))).statusCode, 200);
  assert.equal((await send(token(first), secret(second))).statusCode, 403);
});

test("a page without forms, kept or not, sets no CSRF cookie", async () => {
  const res = await app.inject({ url: "/text" });
  assert.match(res.body, /Nur Text/);
  assert.deepEqual(res.cookies, []);
});
