import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fellows, topics } from "../../municipalities/testing.ts";
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
  for (const reportSeed of reportSeeds) assert.match(reportSeed.key, /^[a-z0-9]+(-[a-z0-9]+)*$/, reportSeed.key);
});

test("there are at least 60 demo reports", () => {
  assert.ok(reportSeeds.length >= 60, `only ${reportSeeds.length} reports`);
});

test("every report's topics exist, 1–3 of them, without repetition", () => {
  for (const reportSeed of reportSeeds) {
    assert.ok(reportSeed.topics.length >= 1 && reportSeed.topics.length <= 3, `${reportSeed.key}: ${reportSeed.topics.length} topics`);
    assert.deepEqual(duplicates(reportSeed.topics), [], reportSeed.key);
    for (const slug of reportSeed.topics) assert.ok(topicSlugs.has(slug), `${reportSeed.key}: unknown topic ${slug}`);
  }
});

test("every topic has at least three reports", () => {
  for (const slug of topicSlugs) {
    const count = reportSeeds.filter((r) => r.topics.includes(slug)).length;
    assert.ok(count >= 3, `topic ${slug}: only ${count} reports`);
  }
});

test("every report's AGS is a Fellow, a district or Herford", () => {
  for (const reportSeed of reportSeeds) assert.ok(knownAgs.has(reportSeed.ags), `${reportSeed.key}: unknown AGS ${reportSeed.ags}`);
});

test("only Fellow municipalities share with the cohort or link their change project", () => {
  for (const reportSeed of reportSeeds) {
    if (reportSeed.visibility === "cohort") assert.ok(fellowAgs.has(reportSeed.ags), `${reportSeed.key}: cohort visibility for non-Fellow ${reportSeed.ags}`);
    if (reportSeed.linkedToProject) assert.ok(fellowAgs.has(reportSeed.ags), `${reportSeed.key}: project link for non-Fellow ${reportSeed.ags}`);
  }
});

test("reports are complete and dated within the demo period", () => {
  for (const reportSeed of reportSeeds) {
    for (const field of ["title", "problem", "context", "approach", "worked", "transfer", "contactName"] as const) {
      assert.ok(reportSeed[field].trim().length > 0, `${reportSeed.key}: empty ${field}`);
    }
    assert.match(reportSeed.publishedOn, /^\d{4}-\d{2}-\d{2}$/, reportSeed.key);
    assert.ok(reportSeed.publishedOn >= "2024-01-01" && reportSeed.publishedOn <= "2026-11-15", `${reportSeed.key}: published ${reportSeed.publishedOn}`);
  }
});

test("at least 20 reports tell what did not work", () => {
  const count = reportSeeds.filter((r) => r.notWorked.trim().length > 0).length;
  assert.ok(count >= 20, `only ${count} reports with notWorked`);
});

test("there are at least 40 evaluation queries, each with a note and without repetition", () => {
  assert.ok(evalQueries.length >= 40, `only ${evalQueries.length} queries`);
  assert.deepEqual(duplicates(evalQueries.map((q) => q.query.toLowerCase())), []);
  for (const evalQuery of evalQueries) {
    assert.ok(evalQuery.query.trim().length > 0, "empty query");
    assert.ok(evalQuery.note.trim().length > 0, `${evalQuery.query}: no note`);
  }
});

test("every evaluation query lists 1–4 existing public reports", () => {
  for (const evalQuery of evalQueries) {
    assert.ok(evalQuery.relevant.length >= 1 && evalQuery.relevant.length <= 4, `${evalQuery.query}: ${evalQuery.relevant.length} relevant reports`);
    assert.deepEqual(duplicates(evalQuery.relevant), [], evalQuery.query);
    for (const key of evalQuery.relevant) {
      const report = reportsByKey.get(key);
      assert.ok(report, `${evalQuery.query}: unknown report ${key}`);
      assert.equal(report.visibility, "public", `${evalQuery.query}: ${key} is not public`);
    }
  }
});

test("personas belong to Fellow municipalities, one each, and are filled in", () => {
  assert.ok(personaSeeds.length > 0);
  assert.deepEqual(duplicates(personaSeeds.map((p) => p.ags)), []);
  for (const personaSeed of personaSeeds) {
    assert.ok(fellowAgs.has(personaSeed.ags), `persona ${personaSeed.name}: ${personaSeed.ags} is not a Fellow`);
    for (const field of ["name", "role", "drives", "stumblingBlocks", "whatWorks", "nextSteps"] as const) {
      assert.ok(personaSeed[field].trim().length > 0, `persona ${personaSeed.name}: empty ${field}`);
    }
  }
});

test("proposals have unique keys and come from Fellows or the team", () => {
  assert.deepEqual(duplicates(proposalSeeds.map((p) => p.key)), []);
  for (const proposalSeed of proposalSeeds) {
    assert.ok(proposalSeed.ags === "" || fellowAgs.has(proposalSeed.ags), `${proposalSeed.key}: proposer ${proposalSeed.ags} is not a Fellow`);
    for (const ags of proposalSeed.supporters) assert.ok(fellowAgs.has(ags), `${proposalSeed.key}: supporter ${ags} is not a Fellow`);
    for (const comment of proposalSeed.comments) {
      assert.ok(fellowAgs.has(comment.ags), `${proposalSeed.key}: comment by non-Fellow ${comment.ags}`);
      assert.ok(comment.body.trim().length > 0, `${proposalSeed.key}: empty comment`);
    }
  }
});

test("decided proposals give a reason, open ones none", () => {
  for (const proposalSeed of proposalSeeds) {
    if (proposalSeed.status === "accepted" || proposalSeed.status === "declined")
      assert.ok(proposalSeed.decisionReason.trim().length > 0, `${proposalSeed.key}: no reason`);
    if (proposalSeed.status === "open") assert.equal(proposalSeed.decisionReason, "", `${proposalSeed.key}: open with a reason`);
  }
});

test("merged proposals point to an existing proposal of the same occasion", () => {
  const byKey = new Map(proposalSeeds.map((p) => [p.key, p]));
  for (const proposalSeed of proposalSeeds) {
    if (proposalSeed.status !== "merged") {
      assert.equal(proposalSeed.mergedInto, undefined, `${proposalSeed.key}: mergedInto without status merged`);
      continue;
    }
    assert.ok(proposalSeed.mergedInto, `${proposalSeed.key}: merged without target`);
    const target = byKey.get(proposalSeed.mergedInto);
    assert.ok(target, `${proposalSeed.key}: target ${proposalSeed.mergedInto} missing`);
    assert.notEqual(target.key, proposalSeed.key, `${proposalSeed.key}: merged into itself`);
    assert.equal(target.occasion, proposalSeed.occasion, `${proposalSeed.key}: target ${target.key} has another occasion`);
    assert.notEqual(target.status, "merged", `${proposalSeed.key}: target ${target.key} is merged itself`);
  }
});
