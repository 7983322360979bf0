import type { Db } from "../../db/client.ts";
import type { Progress } from "../../platform/progress.ts";

/** The starter catalogue of indicators, which every installation has. */
export async function seedPlanningReference(_db: Db, _progress: Progress): Promise<void> {}

/** The fictional town of Schlotterbrück in the workbench of the demo Fellow municipality. */
export async function seedPlanningDemo(_db: Db, _progress: Progress): Promise<void> {}
