/** Progress of long work (seeding, imports, backups) for the command line. */
export interface Progress {
  start(label: string, total: number): void;
  tick(n?: number): void;
  done(): void;
}

export const silentProgress: Progress = { start() {}, tick() {}, done() {} };

/** A bar on a terminal; on a pipe (CI logs) one line per 25 %. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let label = "";
  let total = 0;
  let current = 0;
  let lastQuarter = -1;
  const draw = () => {
    const share = total === 0 ? 1 : current / total;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${current}/${total}`);
    } else {
      const quarter = Math.floor(share * 4);
      if (quarter !== lastQuarter) {
        lastQuarter = quarter;
        stream.write(`${label}: ${current}/${total} (${Math.round(share * 100)} %)\n`);
      }
    }
  };
  return {
    start(name, count) {
      label = name;
      total = count;
      current = 0;
      lastQuarter = -1;
      draw();
    },
    tick(count = 1) {
      current = Math.min(total, current + count);
      draw();
    },
    done() {
      current = total;
      draw();
      if (stream.isTTY) stream.write("\n");
    },
  };
}
