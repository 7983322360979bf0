import { Type } from "@fastify/type-provider-typebox";
import { List, Param } from "../../../platform/http/schemas.ts";
import { slugParams } from "../schemas.ts";

export { slugParams };

/**
 * The analysis form's query (a GET form): the ticked indicators, a weight field `gewicht_<key>` per
 * indicator (any further field is one of them), the period, the comparison period, standardisation,
 * classification, number of classes and the minimum population; `format=csv` on the receipt.
 * rules/settings.ts reads the values and gives the German messages.
 */
export const analysisQuery = Type.Object(
  {
    indikator: List(Param(60), 100),
    zeitraum: Type.Optional(Param(20)),
    vergleich: Type.Optional(Param(20)),
    standardisierung: Type.Optional(Param(20)),
    klassifizierung: Type.Optional(Param(20)),
    klassen: Type.Optional(Param(2)),
    mindestbevoelkerung: Type.Optional(Param(9)),
    format: Type.Optional(Param(10)),
  },
  { additionalProperties: Param(20) },
);
