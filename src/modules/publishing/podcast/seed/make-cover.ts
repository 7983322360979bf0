// Draws the podcast's cover (1400 × 1400 px PNG, as podcast directories ask) with the platform's own
// font in the local Chromium. Run once after changing the design, then commit cover.png:
//   npx tsx src/modules/publishing/podcast/seed/make-cover.ts
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium } from "playwright-core";
import { show } from "../texts.ts";

const require = createRequire(import.meta.url);
const fonts = path.join(path.dirname(require.resolve("@kern-ux/native/package.json")), "dist", "fonts", "fira-sans");
const face = async (file: string, weight: number) =>
  `@font-face { font-family: "Fira Sans"; font-weight: ${weight}; src: url(data:font/woff2;base64,${(await readFile(path.join(fonts, file))).toString("base64")}) format("woff2"); }`;

const drawer = (y: number, open: boolean) =>
  open
    ? `<rect x="300" y="${y}" width="520" height="150" rx="10" fill="#f2b134"/><rect x="500" y="${y + 55}" width="120" height="26" rx="13" fill="#10214f"/>
       <path d="M330 ${y} l40 -120 l60 20 l-20 100 z M450 ${y} l70 -170 l60 25 l-40 145 z M600 ${y} l90 -110 l45 40 l-60 70 z" fill="#ffffff"/>`
    : `<rect x="240" y="${y}" width="520" height="150" rx="10" fill="#3d5a9e"/><rect x="440" y="${y + 55}" width="120" height="26" rx="13" fill="#10214f"/>`;

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
${await face("FiraSans-Bold.woff2", 700)}
${await face("FiraSans-Regular.woff2", 400)}
html, body { margin: 0; width: 1400px; height: 1400px; background: #10214f; color: #fff; font-family: "Fira Sans"; }
.title { position: absolute; left: 110px; right: 110px; top: 860px; font-size: 132px; font-weight: 700; line-height: 1.02; letter-spacing: -2px; }
.by { position: absolute; left: 110px; bottom: 90px; font-size: 46px; color: #f2b134; }
svg { position: absolute; left: 200px; top: 90px; }
</style></head><body>
<svg width="1000" height="700" viewBox="0 0 1000 700" aria-hidden="true">
  <rect x="220" y="120" width="560" height="580" rx="18" fill="#25407f"/>
  ${drawer(160, false)}${drawer(350, true)}${drawer(540, false)}
</svg>
<div class="title">Rebellion im Aktenschrank</div>
<div class="by">Podcast · ${show.author}</div>
</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
await page.setContent(html);
await page.evaluate(() => document.fonts.ready);
await writeFile(new URL("./cover.png", import.meta.url), await page.screenshot({ type: "png" }));
await browser.close();
