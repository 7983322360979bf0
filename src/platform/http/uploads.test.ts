import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const boundary = "----k360gate";
const megabyte = Buffer.alloc(1024 * 1024, 0x41);

/** A multipart body of `megabytes` MB that counts how much of it the server read. */
function countedUpload(megabytes: number) {
  const counter = { sent: 0 };
  let left = megabytes;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="datei"; filename="folge.mp3"\r\nContent-Type: audio/mpeg\r\n\r\n`);
  const stream = new Readable({
    read() {
      if (counter.sent === 0) {
        counter.sent += head.length;
        this.push(head);
      } else if (left-- > 0) {
        counter.sent += megabyte.length;
        this.push(megabyte);
      } else this.push(null);
    },
  });
  return { stream, counter };
}

const multipart = { "content-type": `multipart/form-data; boundary=${boundary}` };

test("an anonymous upload of 100 MB is refused with 401 before its body is read", async () => {
  const { stream, counter } = countedUpload(100);
  const res = await site.app.inject({ method: "POST", url: "/podcast/redaktion/folgen/1/audio", headers: multipart, payload: stream });
  assert.equal(res.statusCode, 401);
  assert.match(res.body, /Bitte melden Sie sich an/);
  assert.ok(counter.sent < 20 * megabyte.length, `read ${counter.sent} bytes`);
});

test("a route without an upload form refuses a multipart body with 415, unread", async () => {
  const { stream, counter } = countedUpload(50);
  const cookie = await site.sessionFor("admin");
  const res = await site.app.inject({ method: "POST", url: "/kommunen/05314-bonn/bearbeiten", headers: { ...multipart, cookie }, payload: stream });
  assert.equal(res.statusCode, 415);
  assert.match(res.body, /keine Dateien hochladen/);
  assert.ok(counter.sent < 20 * megabyte.length, `read ${counter.sent} bytes`);
});

test("a signed-in user the route's policy does not let upload is refused with 403 before the body is read", async () => {
  const { stream, counter } = countedUpload(100);
  const cookie = await site.sessionFor("leader");
  const res = await site.app.inject({ method: "POST", url: "/podcast/redaktion/folgen/1/audio", headers: { ...multipart, cookie }, payload: stream });
  assert.equal(res.statusCode, 403);
  assert.ok(counter.sent < 20 * megabyte.length, `read ${counter.sent} bytes`);
});
