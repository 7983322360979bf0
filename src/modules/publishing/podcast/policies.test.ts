import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import { mayEditPodcast, mayHear } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const members = ["leader", "planningSpecialist", "staff"] as const;
const now = new Date("2025-06-15T10:00:00Z");
const yesterday = new Date("2025-06-14T10:00:00Z");
const tomorrow = new Date("2025-06-16T10:00:00Z");
const published = { publishedAt: yesterday, audioSize: 12_345_678 };
const publishedNow = { publishedAt: now, audioSize: 12_345_678 };
const planned = { publishedAt: tomorrow, audioSize: 12_345_678 };
const draft = { publishedAt: null, audioSize: 12_345_678 };
const withoutAudio = { publishedAt: yesterday, audioSize: null };
const hidden = { planned, draft, withoutAudio };

test("the team (admin, editor) makes the podcast; members and anonymous visitors do not", () => {
  assert.equal(mayEditPodcast(user("admin")), true);
  assert.equal(mayEditPodcast(user("editor")), true);
  for (const role of members) {
    assert.equal(mayEditPodcast(user(role, 7)), false, role);
    assert.equal(mayEditPodcast(user(role, 8)), false, `${role} of another municipality`);
  }
  assert.equal(mayEditPodcast(null), false);
});

test("everybody hears a published episode with its audio, from its publication moment on", () => {
  assert.equal(mayHear(null, published, now), true, "anonymous");
  assert.equal(mayHear(null, publishedNow, now), true, "published this very moment");
  for (const role of ["admin", "editor", ...members] as const) {
    assert.equal(mayHear(user(role, 7), published, now), true, role);
    assert.equal(mayHear(user(role, 8), published, now), true, `${role} of another municipality`);
  }
});

test("planned, draft and audio-less episodes are heard only by the team", () => {
  for (const [state, episode] of Object.entries(hidden)) {
    assert.equal(mayHear(user("admin"), episode, now), true, `admin, ${state}`);
    assert.equal(mayHear(user("editor"), episode, now), true, `editor, ${state}`);
    assert.equal(mayHear(null, episode, now), false, `anonymous, ${state}`);
    for (const role of members) {
      assert.equal(mayHear(user(role, 7), episode, now), false, `${role}, ${state}`);
    }
  }
});

test("a planned episode becomes audible to everybody once its date has come", () => {
  assert.equal(mayHear(null, planned, now), false, "before");
  assert.equal(mayHear(null, planned, tomorrow), true, "on the date");
  assert.equal(mayHear(user("staff", 7), planned, new Date("2025-06-17T10:00:00Z")), true, "after");
});
