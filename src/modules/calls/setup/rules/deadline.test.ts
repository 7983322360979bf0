import { test } from "node:test";
import assert from "node:assert/strict";
import { deadlineText, parseDeadline } from "./deadline.ts";

test("a deadline is read as typed in German offices, in German time", () => {
  const end = "2027-05-31T21:59:00.000Z";
  assert.equal(parseDeadline("31.05.2027")?.toISOString(), end);
  assert.equal(parseDeadline("31.5.27")?.toISOString(), end);
  assert.equal(parseDeadline("31.05.2027 23:59")?.toISOString(), end);
  assert.equal(parseDeadline("2027-05-31")?.toISOString(), end);
  assert.equal(parseDeadline("15.1.2027 12:00")?.toISOString(), "2027-01-15T11:00:00.000Z");
  for (const bad of ["31.02.2027", "2027-13-01", "31.05.2027 24:00", "morgen", "0x10", "1e0", ""]) assert.equal(parseDeadline(bad), null, bad);
  assert.equal(deadlineText(new Date(end)), "31.05.2027 23:59");
});
