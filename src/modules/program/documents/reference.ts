import { acceptOf, fileKinds } from "../../../platform/files.ts";

/** The kinds of file an event's documents may be. */
export const eventKinds = Object.values(fileKinds);
export const acceptedTypes = acceptOf(eventKinds);
