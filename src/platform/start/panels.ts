import type { Db } from "../../db/client.ts";
import type { CurrentUser } from "../auth/current-user.ts";

/** One line of a panel: a link, with a short detail and optionally a button that posts a form (register for a date). */
export interface StartItem {
  label: string;
  href: string;
  detail?: string;
  action?: { url: string; label: string };
}

/** What a panel shows now: its heading, its lines (or the text for none), and a link to the whole list. */
export interface StartPanelContent {
  heading: string;
  items: StartItem[];
  empty: string;
  more?: { label: string; href: string };
}

/**
 * A part of "Mein K360" a module declares in its manifest (ADR 0010): shown to the users `shownTo`
 * says yes to, loaded for each of them. `load` may answer null when the panel has nothing to say to
 * this person at all (a member whose municipality is not in the cohort).
 */
export interface StartPanel {
  key: string;
  /** Position on the page, lowest first. */
  order: number;
  shownTo(user: CurrentUser): boolean;
  load(db: Db, user: CurrentUser): Promise<StartPanelContent | null>;
}
