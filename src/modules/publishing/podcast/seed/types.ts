/** An invented example episode; chapters are written as an editor types them. */
export interface DemoEpisode {
  number: number;
  slug: string;
  title: string;
  description: string;
  guests: { name: string; role: string; ags: string | null }[];
  chapters: string;
  transcript: string;
  topics: string[];
  /** German calendar day of publication; null keeps it a draft. */
  publishedOn: string | null;
  /** Length of the silent example audio, a multiple of 3 seconds so that whole frames fill it. */
  seconds: number;
}

export interface DemoSeason {
  number: number;
  slug: string;
  title: string;
  description: string;
  episodes: DemoEpisode[];
}
