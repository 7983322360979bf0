import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile, access } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";

const require = createRequire(import.meta.url);
const kernDist = path.join(path.dirname(require.resolve("@kern-ux/native/package.json")), "dist");
const kernVersion: string = require("@kern-ux/native/package.json").version;
const ownCss = path.join(path.dirname(fileURLToPath(import.meta.url)), "app.css");
const buildRoot = path.resolve(".cache", "assets");

export interface Assets {
  /** URL of the one stylesheet every page links: KERN, its Fira Sans faces and our own rules. */
  stylesheet: string;
}

/** Where the stylesheet and the fonts are served: files, never pages. */
export const assetsPath = "/assets/";
const fontsUrl = `${assetsPath}fonts/${kernVersion}/`;
const yearSeconds = 365 * 24 * 60 * 60;

/** Concatenates the stylesheet, names it by its content hash and writes gzip and brotli copies beside it. */
async function buildStylesheet(): Promise<{ hash: string; dir: string }> {
  const fonts = (await readFile(path.join(kernDist, "fonts", "fira-sans.css"), "utf8")).replaceAll("./fira-sans/", fontsUrl);
  const css = [fonts, await readFile(path.join(kernDist, "kern.min.css"), "utf8"), await readFile(ownCss, "utf8")].join("\n");
  const hash = createHash("sha256").update(css).digest("hex").slice(0, 12);
  const dir = path.join(buildRoot, hash);
  const file = path.join(dir, "k360.css");
  const ready = await access(`${file}.br`).then(
    () => true,
    () => false,
  );
  if (!ready) {
    await mkdir(dir, { recursive: true });
    const body = Buffer.from(css);
    await writeFile(file, body);
    await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
    await writeFile(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return { hash, dir };
}

export async function registerAssets(app: FastifyInstance): Promise<Assets> {
  const { hash, dir } = await buildStylesheet();
  const immutable = (res: { setHeader(name: string, value: string): void }) => res.setHeader("cache-control", `public, max-age=${yearSeconds}, immutable`);
  await app.register(fastifyStatic, {
    root: dir,
    prefix: `${assetsPath}${hash}/`,
    preCompressed: true,
    cacheControl: false,
    setHeaders: immutable,
  });
  await app.register(fastifyStatic, {
    root: path.join(kernDist, "fonts", "fira-sans"),
    prefix: fontsUrl,
    decorateReply: false,
    cacheControl: false,
    setHeaders: immutable,
  });
  return { stylesheet: `${assetsPath}${hash}/k360.css` };
}
