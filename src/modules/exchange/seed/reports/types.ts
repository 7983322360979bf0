export type Visibility = "public" | "network" | "cohort" | "municipality";

/** An invented practice report for the demo; shown on the site with the mark "Beispiel". */
export interface ReportSeed {
  /** Stable kebab-case key, unique across all demo reports; the search evaluation refers to it. */
  key: string;
  /** The author municipality's AGS. */
  ags: string;
  title: string;
  problem: string;
  context: string;
  approach: string;
  worked: string;
  /** "" when nothing is reported; failures are welcome. */
  notWorked: string;
  transfer: string;
  /** 1–3 topic slugs of src/modules/municipalities/seed/topics.ts */
  topics: string[];
  visibility: Visibility;
  contactName: string;
  /** ISO date between 2024-01-01 and 2026-11-15. */
  publishedOn: string;
  /** True only for reports by a Fellow municipality about its change project. */
  linkedToProject: boolean;
}
