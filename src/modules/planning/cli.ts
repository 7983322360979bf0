import type { CliCommand } from "../manifest.ts";
import type { Database } from "../../db/client.ts";
import type { Progress } from "../../platform/progress.ts";
import { importAreasFromTerminal } from "./areas/cli.ts";
import { importValuesCommand } from "./values/cli.ts";
import { exportAnalysis } from "./analysis/cli.ts";

type Subcommand = (database: Database, args: string[], progress: Progress) => Promise<number>;

/** The subcommands of `k360 planning`, for data offices that automate the round trip. */
const subcommands: Record<string, Subcommand> = {
  "import-areas": importAreasFromTerminal,
  "import-values": importValuesCommand,
  export: exportAnalysis,
};

const usage = `  planning import-areas --municipality <AGS> [--key <eigenschaft>] [--name <eigenschaft>] [--crs EPSG:25832] <datei>
                            Planungsräume einlesen (GeoJSON oder gezipptes Shapefile)
  planning import-values --municipality <AGS> [--mapping <name>] [--period <zeitraum>] <datei>
                            Indikatorwerte einlesen (CSV, XLSX, GENESIS-Flatfile)
  planning export --municipality <AGS> --indicators <schlüssel,…> [--weights 1,2,…] [--period 2024] [--compare 2020]
                            [--standardisation z|minmax|rank] [--classes quantile|equal|sd|jenks] [--class-count 3..7]
                            [--min-population 300] --format csv|xlsx|geojson [--out <datei>]
                            Sozialraumanalyse ausgeben
`;

export const planningCli: CliCommand = {
  name: "planning",
  usage,
  async run(database, args, progress) {
    const [name, ...rest] = args;
    const subcommand = name ? subcommands[name] : undefined;
    if (!subcommand) {
      console.error(`Aufruf:\n${usage}`);
      return 1;
    }
    return subcommand(database, rest, progress);
  },
};
