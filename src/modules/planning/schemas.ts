import { agsOf, profileParams } from "../municipalities/index.ts";

/** A workbench address names its municipality as the profile does: the AGS, optionally followed by the name. */
export const slugParams = profileParams;
export { agsOf };
