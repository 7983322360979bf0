import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fellows } from "../../municipalities/seed/fellows.ts";
import { topics } from "../../municipalities/seed/topics.ts";
import { evalQueries } from "./eval-queries.ts";
import { personaSeeds } from "./personas.ts";
import { proposalSeeds } from "./proposals.ts";
import { reportSeeds } from "./reports/index.ts";

const require = createRequire(import.meta.url);
const districts: { AGS: string | number }[] = require("landkreise-deutschland/data/districts.json");

const fellowAgs = new Set(fellows.map((f) => f.ags));
const districtAgs = new Set(districts.map((d) => String(d.AGS).padStart(5, "0")));
/** Herford is a town with its own youth office, not a district. */
const knownAgs = new Set([...fellowAgs, ...districtAgs, "05758012"]);
const topicSlugs = new Set(topics.map((t) => t.slug));
const reportsByKey = new Map(reportSeeds.map((r) => [r.key, r]));

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

test("demo reports have unique kebab-case keys", () => {
  assert.deepEqual(duplicates(reportSeeds.map((r) => r.key)), []);
  for (const r of reportSeeds) assert.match(r.key, /^[a-z0-9]+(-[a-z0-9]+)*$/, r.key);
});

test("there are at least 60 demo reports", () => {
  assert.ok(reportSeeds.length >= 60, `only ${reportSeeds.length} reports`);
});

test("every report's topics exist, 1–3 of them, without repetition", () => {
  for (const r of reportSeeds) {
    assert.ok(r.topics.length >= 1 && r.topics.length <= 3, `${r.key}: ${r.topics.length} topics`);
    assert.deepEqual(duplicates(r.topics), [], r.key);
    for (const slug of r.topics) assert.ok(topicSlugs.has(slug), `${r.key}: unknown topic ${slug}`);
  }
});

test("every topic has at least three reports", () => {
  for (const slug of topicSlugs) {
    const count = reportSeeds.filter((r) => r.topics.includes(slug)).length;
    assert.ok(count >= 3, `topic ${slug}: only ${count} reports`);
  }
});

test("every report's AGS is a Fellow, a district or Herford", () => {
  for (const r of reportSeeds) assert.ok(knownAgs.has(r.ags), `${r.key}: unknown AGS ${r.ags}`);
});

test("only Fellow municipalities share with the cohort or link their change project", () => {
  for (const r of reportSeeds) {
    if (r.visibility === "cohort") assert.ok(fellowAgs.has(r.ags), `${r.key}: cohort visibility for non-Fellow ${r.ags}`);
    if (r.linkedToProject) assert.ok(fellowAgs.has(r.ags), `${r.key}: project link for non-Fellow ${r.ags}`);
  }
});

test("reports are complete and dated within the demo period", () => {
  for (const r of reportSeeds) {
    for (const field of ["title", "problem", "context", "approach", "worked", "transfer", "contactName"] as const) {
      assert.ok(r[field].trim().length > 0, `${r.key}: empty ${field}`);
    }
    assert.match(r.publishedOn, /^\d{4}-\d{2}-\d{2}$/, r.key);
    assert.ok(r.publishedOn >= "2024-01-01" && r.publishedOn <= "2026-11-15", `${r.key}: published ${r.publishedOn}`);
  }
});

test("at least 20 reports tell what did not work", () => {
  const count = reportSeeds.filter((r) => r.notWorked.trim().length > 0).length;
  assert.ok(count >= 20, `only ${count} reports with notWorked`);
});

test("there are at least 40 evaluation queries, each with a note and without repetition", () => {
  assert.ok(evalQueries.length >= 40, `only ${evalQueries.length} queries`);
  assert.deepEqual(duplicates(evalQueries.map((q) => q.query.toLowerCase())), []);
  for (const q of evalQueries) {
    assert.ok(q.query.trim().length > 0, "empty query");
    assert.ok(q.note.trim().length > 0, `${q.query}: no note`);
  }
});

test("every evaluation query lists 1–4 existing public reports", () => {
  for (const q of evalQueries) {
    assert.ok(q.relevant.length >= 1 && q.relevant.length <= 4, `${q.query}: ${q.relevant.length} relevant reports`);
    assert.deepEqual(duplicates(q.relevant), [], q.query);
    for (const key of q.relevant) {
      const report = reportsByKey.get(key);
      assert.ok(report, `${q.query}: unknown report ${key}`);
      assert.equal(report.visibility, "public", `${q.query}: ${key} is not public`);
    }
  }
});

test("personas belong to Fellow municipalities, one each, and are filled in", () => {
  assert.ok(personaSeeds.length > 0);
  assert.deepEqual(duplicates(personaSeeds.map((p) => p.ags)), []);
  for (const p of personaSeeds) {
    assert.ok(fellowAgs.has(p.ags), `persona ${p.name}: ${p.ags} is not a Fellow`);
    for (const field of ["name", "role", "drives", "stumblingBlocks", "whatWorks", "nextSteps"] as const) {
      assert.ok(p[field].trim().length > 0, `persona ${p.name}: empty ${field}`);
    }
  }
});

test("proposals have unique keys and come from Fellows or the team", () => {
  assert.deepEqual(duplicates(proposalSeeds.map((p) => p.key)), []);
  for (const p of proposalSeeds) {
    assert.ok(p.ags === "" || fellowAgs.has(p.ags), `${p.key}: proposer ${p.ags} is not a Fellow`);
    for (const ags of p.supporters) assert.ok(fellowAgs.has(ags), `${p.key}: supporter ${ags} is not a Fellow`);
    for (const c of p.comments) {
      assert.ok(fellowAgs.has(c.ags), `${p.key}: comment by non-Fellow ${c.ags}`);
      assert.ok(c.body.trim().length > 0, `${p.key}: empty comment`);
    }
  }
});

test("decided proposals give a reason, open ones none", () => {
  for (const p of proposalSeeds) {
    if (p.status === "accepted" || p.status === "declined") assert.ok(p.decisionReason.trim().length > 0, `${p.key}: no reason`);
    if (p.status === "open") assert.equal(p.decisionReason, "", `${p.key}: open with a reason`);
  }
});

test("merged proposals point to an existing proposal of the same occasion", () => {
  const byKey = new Map(proposalSeeds.map((p) => [p.key, p]));
  for (const p of proposalSeeds) {
    if (p.status !== "merged") {
      assert.equal(p.mergedInto, undefined, `${p.key}: mergedInto without status merged`);
      continue;
    }
    assert.ok(p.mergedInto, `${p.key}: merged without target`);
    const target = byKey.get(p.mergedInto);
    assert.ok(target, `${p.key}: target ${p.mergedInto} missing`);
    assert.notEqual(target.key, p.key, `${p.key}: merged into itself`);
    assert.equal(target.occasion, p.occasion, `${p.key}: target ${target.key} has another occasion`);
    assert.notEqual(target.status, "merged", `${p.key}: target ${target.key} is merged itself`);
  }
});
