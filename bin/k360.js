#!/usr/bin/env node
// Runs the TypeScript entry through tsx, so `npx k360 …` works from a checkout. tsx is registered in
// this process (as `node --import tsx` does) rather than through its CLI, which starts two more processes.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
await import("tsx");
await import(pathToFileURL(path.join(root, "src", "main.ts")).href);
