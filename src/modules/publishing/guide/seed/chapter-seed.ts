/** A chapter of the example guide with its sections in order. */
export interface ChapterSeed {
  slug: string;
  title: string;
  intro: string;
  topics: string[];
  sections: { kind: "methode" | "modell" | "praxistipp" | "reflexionsfrage" | "text"; title: string; body: string }[];
}
