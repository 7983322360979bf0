import { readerAudiences } from "../policies.ts";

/** Anyone may use the problem finder; it finds what the reader's audiences may read (the team everything). */
export const policies = {
  audiencesOf: readerAudiences,
};
