// Search vectors of the generated reports. The texts repeat each demo sentence about a thousand times, and analysing
// 100,000 whole bodies (indexText, ≈ 3 ms each) would take five minutes per run; so every distinct title and sentence
// is analysed once and the indexer's expressions are built from the analysed terms. Words never span sentences, so
// the terms are the same. The first batch of every run goes through the indexer's own vectorsOf() and is compared
// column by column with the shortcut; if the indexer has changed, the rest goes through vectorsOf() too (slow, right).
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../src/db/client.ts";
import { selectRows } from "../src/db/rows.ts";
import { indexText } from "../src/platform/search/german.ts";
import { vectorsOf } from "../src/platform/search/indexer.ts";
import { sections, type Section } from "./exchange-corpus.ts";

const analysed = new Map<string, string>();
const analysedText = (text: string) => analysed.get(text) ?? analysed.set(text, indexText(text)).get(text)!;

/** vectorsOf's expressions, from the terms of the title and of title and body together. */
const fromTerms: Record<string, (titleTerms: SQL, allTerms: SQL) => SQL> = {
  vector: (_title, all) => sql`strip(to_tsvector('simple', ${all}))`,
  title: (title) => sql`strip(to_tsvector('simple', ${title}))`,
};

export interface Vectors {
  title: string;
  sentences: Record<Section, string[]>;
}

const termsOf = (vectors: Vectors) => {
  const title = analysedText(vectors.title);
  const body = sections
    .flatMap((s) => vectors.sentences[s].map(analysedText))
    .filter(Boolean)
    .join(" ");
  return { title, all: `${title} ${body}` };
};

export class ReportVectors {
  /** False once the shortcut gave other vectors than vectorsOf. */
  shortcut = Object.keys(vectorsOf("", "")).every((column) => column in fromTerms);
  private checked = false;

  /** The vector columns of one report, to be spread into the insert. */
  columns(vectors: Vectors): ReturnType<typeof vectorsOf> {
    if (!this.shortcut || !this.checked) return vectorsOf(vectors.title, sections.map((s) => vectors.sentences[s].join(" ")).join("\n"));
    const { title, all } = termsOf(vectors);
    return Object.fromEntries(Object.entries(fromTerms).map(([column, build]) => [column, build(sql`${title}`, sql`${all}`)])) as ReturnType<typeof vectorsOf>;
  }

  /** After the first batch (inserted through vectorsOf): do the shortcut's vectors equal the stored ones? */
  async check(db: Db, kind: string, rows: { id: number; vectors: Vectors }[]): Promise<void> {
    if (this.checked) return;
    this.checked = true;
    if (!this.shortcut) {
      console.log("  ⚠ vectorsOf liefert andere Spalten als bench/exchange-vectors.ts kennt – alle Berichte gehen durch vectorsOf (langsam).");
      return;
    }
    const terms = rows.map((r) => termsOf(r.vectors));
    const differs = Object.entries(fromTerms).map(
      ([column, build]) => sql`d.${sql.identifier(column)} is distinct from ${build(sql`v.title`, sql`v.all_terms`)}`,
    );
    const [{ n: count }] = await selectRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from search_documents d
          join unnest(${sql.param(rows.map((r) => r.id))}::int[], ${sql.param(terms.map((t) => t.title))}::text[], ${sql.param(terms.map((t) => t.all))}::text[]) as v(id, title, all_terms)
            on d.kind = ${kind} and d.id = v.id
          where ${sql.join(differs, sql` or `)}`,
    );
    if (Number(count) > 0) {
      this.shortcut = false;
      console.log(
        `  ⚠ Satzweise Analyse weicht bei ${count} von ${rows.length} Berichten von vectorsOf ab – alle Berichte gehen durch vectorsOf (langsam); bench/exchange-vectors.ts anpassen.`,
      );
    }
  }
}
