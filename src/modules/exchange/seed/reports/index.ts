import { fellowReportsA } from "./fellows-a.ts";
import { fellowReportsB } from "./fellows-b.ts";
import { otherReportsC } from "./others-c.ts";
import { otherReportsD } from "./others-d.ts";
import type { ReportSeed } from "./types.ts";

export type { ReportSeed, Visibility } from "./types.ts";

/** All invented practice reports of the demo, by Fellow municipalities and others. */
export const reportSeeds: ReportSeed[] = [...fellowReportsA, ...fellowReportsB, ...otherReportsC, ...otherReportsD];
