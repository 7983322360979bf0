import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { indexText } from "./german.ts";
import { searchDocuments, searchTerms } from "./tables.ts";
import { selectRows } from "../../db/rows.ts";

/** What a module hands to the search index for one of its things. */
export interface SearchDocument {
  kind: string;
  id: number;
  audience: string;
  title: string;
  body: string;
  municipalityId?: number | null;
  stateCode?: string | null;
  municipalityKind?: string | null;
  population?: number | null;
  topics?: string[];
  hasFailures?: boolean;
  /** The date the document is listed by when browsing without words (newest first); now if not given. */
  date?: Date;
}

/** The term the vocabulary uses to count all documents (real terms are never empty). */
export const corpusTerm = "";

/** The two tsvectors of a document: all its terms, and its title's terms; both without positions. */
export function vectorsOf(title: string, body: string) {
  const titleTerms = indexText(title);
  return {
    vector: sql`strip(to_tsvector('simple', ${`${titleTerms} ${indexText(body)}`}))`,
    title: sql`strip(to_tsvector('simple', ${titleTerms}))`,
  };
}

async function termsOf(db: Db, kind: string, id: number): Promise<string[] | null> {
  const rows = await selectRows<{ terms: string[] }>(
    db,
    sql`select tsvector_to_array(vector) as terms from search_documents where kind = ${kind} and id = ${id}`,
  );
  return rows[0]?.terms ?? null;
}

async function countTerms(db: Db, terms: string[], delta: 1 | -1) {
  if (terms.length === 0) return;
  if (delta === 1) {
    await db.execute(
      sql`insert into search_terms (term, documents) select t, 1 from unnest(${sql.param(terms)}::text[]) as t on conflict (term) do update set documents = search_terms.documents + 1`,
    );
  } else {
    await db.execute(sql`update search_terms set documents = documents - 1 where term = any(${sql.param(terms)}::text[])`);
    await db.execute(sql`delete from search_terms where documents <= 0`);
  }
}

/** Adds or replaces one document and keeps the vocabulary's counts true, in one transaction. */
export async function indexDocument(db: Db, doc: SearchDocument): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await termsOf(tx, doc.kind, doc.id);
    const values = {
      audience: doc.audience,
      ...vectorsOf(doc.title, doc.body),
      municipalityId: doc.municipalityId ?? null,
      stateCode: doc.stateCode ?? null,
      municipalityKind: doc.municipalityKind ?? null,
      population: doc.population ?? null,
      topics: doc.topics ?? [],
      hasFailures: doc.hasFailures ?? false,
      updatedAt: doc.date ?? new Date(),
    };
    await tx
      .insert(searchDocuments)
      .values({ kind: doc.kind, id: doc.id, ...values })
      .onConflictDoUpdate({ target: [searchDocuments.kind, searchDocuments.id], set: values });
    const after = (await termsOf(tx, doc.kind, doc.id)) ?? [];
    const old = new Set(before ?? []);
    const now = new Set(after);
    await countTerms(tx, after.filter((t) => !old.has(t)).concat(before === null ? [corpusTerm] : []), 1);
    await countTerms(
      tx,
      [...old].filter((t) => !now.has(t)),
      -1,
    );
  });
}

/** Takes a document out of the index (unpublished, deleted, made private). */
export async function removeDocument(db: Db, kind: string, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await termsOf(tx, kind, id);
    if (before === null) return;
    await tx.delete(searchDocuments).where(and(eq(searchDocuments.kind, kind), eq(searchDocuments.id, id)));
    await countTerms(tx, before.concat(corpusTerm), -1);
  });
}

/** Recounts the whole vocabulary from the documents, after a bulk load. */
export async function recountTerms(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(searchTerms);
    await tx.execute(sql`insert into search_terms (term, documents) select word, ndoc from ts_stat('select vector from search_documents')`);
    await tx.execute(sql`insert into search_terms (term, documents) select ${corpusTerm}, count(*) from search_documents`);
  });
}
