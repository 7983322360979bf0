/** A meeting of the working group as the topic suggestion reads it: its words, its date, whether it has taken place. */
export interface Meeting {
  id: number;
  title: string;
  /** Title, description and the titles of the proposals it was made from. */
  text: string;
  date: string | null;
  held: boolean;
}

/** Stems so common in this field that sharing them says nothing about the topic. */
const commonStems = new Set(["jugend", "kinder", "kommun", "planun", "jugendh", "gemein", "arbeit"]);
const stemLength = 6;

/** The stems of a text's longer words, lowercased: "Priorisierung knapper Ressourcen" → prior…, knappe, ressou. */
function stems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 5)
    .map((word) => word.slice(0, stemLength))
    .filter((stem) => !commonStems.has(stem));
}

/**
 * The meetings that already took up one of a group's topics: a topic counts as covered when a
 * meeting's text has a word beginning like one of the topic's longer words ("Politische
 * Kommunikation" – "Politik und Verwaltung im Gespräch").
 */
export function coveringMeetings(topics: string[], meetings: Meeting[]): Meeting[] {
  const wanted = new Set(topics.flatMap(stems));
  return meetings.filter((meeting) =>
    meeting.text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((word) => [...wanted].some((stem) => word.startsWith(stem))),
  );
}
