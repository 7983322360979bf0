import { Type } from "@fastify/type-provider-typebox";
import { Choice, Id, Param, Text } from "../../../platform/http/schemas.ts";
import { classifications, type Classification } from "../reference.ts";
import { slugParams } from "../schemas.ts";
import type { AnalysisSettings } from "../analysis/queries.ts";

/** The map's choices as the GET form sends them; anything unknown falls back to the first choice. */
export const mapQuery = Type.Object({
  indikator: Type.Optional(Param(80)),
  zeitraum: Type.Optional(Param(40)),
  klassen: Type.Optional(Param(20)),
  anzahl: Type.Optional(Param(4)),
});

export const areaParams = Type.Object({ slug: slugParams.properties.slug, key: Param(80, 1) });
export const profileQuery = Type.Object({ zeitraum: Type.Optional(Param(40)) });
export const compareQuery = Type.Object({ a: Type.Optional(Param(80)), b: Type.Optional(Param(80)), zeitraum: Type.Optional(Param(40)) });
export const publicationParams = Type.Object({ slug: slugParams.properties.slug, id: Id() });
export const publicationsQuery = Type.Object({ indikator: Type.Optional(Param(80)), zeitraum: Type.Optional(Param(40)), stand: Type.Optional(Param(20)) });

export const classCounts = ["3", "4", "5", "6", "7"] as const;

export const publishBody = Type.Object({
  title: Text({ max: 160, min: 1, message: "Bitte geben Sie der Karte einen Titel." }),
  description: Text({ max: 2000, lines: true }),
  indicatorKey: Param(80, 1),
  period: Param(40, 1),
  classification: Choice(classifications),
  classCount: Choice(classCounts),
});

/** Publishing the index of an analysis: its settings travel as the analysis page's query string. */
export const publishIndexBody = Type.Object({
  title: Text({ max: 160, min: 1, message: "Bitte geben Sie der Karte einen Titel." }),
  description: Text({ max: 2000, lines: true }),
  analysis: Param(4000, 1),
});

/** What a published map shows, as a tagged union: the map of one indicator, or the index of an analysis. */
export type PublicationSettings =
  | { kind: "indicator"; indicatorKey: string; period: string; classification: Classification; classCount: number }
  | { kind: "index"; analysis: AnalysisSettings };

/** The map's choices from the address, with the defaults for what is missing or unknown. */
export function mapChoice(query: { klassen?: string; anzahl?: string }): { classification: Classification; classCount: number } {
  const classification = Object.hasOwn(classifications, query.klassen ?? "") ? (query.klassen as Classification) : "quantile";
  const count = (classCounts as readonly string[]).includes(query.anzahl ?? "") ? Number(query.anzahl) : 5;
  return { classification, classCount: count };
}
