import type { stateLabels } from "../texts.ts";

export type ApplicationState = keyof typeof stateLabels;

interface Seat {
  confirmedAt: Date | null;
  agreedAt: Date | null;
}

/** Where an application stands for its tandem: a draft, waiting for the partner or the second agreement, or handed in. */
export function applicationState(application: { status: string }, tandem: Seat[], open: boolean): ApplicationState {
  if (application.status === "submitted") return "submitted";
  if (!open) return "unsubmitted";
  if (tandem.some((seat) => seat.confirmedAt === null)) return "awaitingPartner";
  if (tandem.some((seat) => seat.agreedAt !== null)) return "awaitingAgreement";
  return "draft";
}
