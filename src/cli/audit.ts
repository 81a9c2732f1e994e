/**
 * `npm run audit`: builds the site into a temporary folder, serves it on
 * 127.0.0.1 and runs Lighthouse 12 (Chromium via chrome-launcher, headless,
 * offline) on the home page, an event page and a source page. Prints the four
 * category scores as a table and keeps the HTML reports in
 * test-results/lighthouse/. Exits non-zero when it cannot run or a category
 * has no score. Slow (about 15 s a page), so it is not part of `npm test`.
 *
 *   FRISE_CHROMIUM / CHROME_PATH   the Chromium to use (default /usr/bin/chromium)
 *   FRISE_AUDIT_MIN                optional: fail when a score is below it (0–100)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, findChromium } from "./chromium.ts";
import { serve } from "./static-server.ts";
import { buildSite } from "./build.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
function chromePath(): string {
  const found = findChromium();
  if (!found) throw new Error("Chromium not found: set FRISE_CHROMIUM or CHROME_PATH, or install it (apt-get install -y chromium)");
  return found;
}

function pagesToAudit(outputDir: string): Record<string, string> {
  const first = (folder: string) => {
    const dir = path.join(outputDir, folder);
    const id = fs.existsSync(dir) ? fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, "index.html"))).sort()[0] : undefined;
    if (!id) throw new Error(`no page in ${folder}/ to audit`);
    return `/${folder}/${id}/`;
  };
  return { accueil: "/", "événement": first("evenements"), source: first("sources") };
}

async function main(): Promise<number> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "frise-audit-"));
  const env = { ...process.env, FRISE_OUTPUT: path.join(work, "_site") };
  const reports = path.resolve("test-results", "lighthouse");
  fs.mkdirSync(reports, { recursive: true });
  const executable = chromePath();

  const { outputDir } = await buildSite(env);
  const prefix = (process.env.FRISE_PATH_PREFIX ?? "/").replace(/^\/*/, "/").replace(/\/*$/, "/");
  const server = await serve(outputDir, prefix);
  const chrome = await chromeLauncher.launch({ chromePath: executable, chromeFlags: CHROMIUM_FLAGS, logLevel: "silent" });
  const rows: { page: string; path: string; scores: (number | null)[] }[] = [];
  const problems: string[] = [];
  try {
    for (const [name, sitePath] of Object.entries(pagesToAudit(outputDir))) {
      const started = Date.now();
      const result = await lighthouse(server.url(sitePath), {
        port: chrome.port,
        output: "html",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${sitePath}`);
      const { lhr } = result;
      if (lhr.runtimeError) problems.push(`${sitePath}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      const scores = CATEGORIES.map((c) => {
        const score = lhr.categories[c]?.score;
        return typeof score === "number" ? Math.round(score * 100) : null;
      });
      scores.forEach((s, i) => s === null && problems.push(`${sitePath}: no ${CATEGORIES[i]} score`));
      fs.writeFileSync(path.join(reports, `${name}.html`), String(result.report));
      rows.push({ page: name, path: sitePath, scores });
      console.error(`frise audit: ${sitePath} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    chrome.kill();
    await server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }

  const header = ["page", ...CATEGORIES];
  const table = [header, ...rows.map((r) => [`${r.page} (${r.path})`, ...r.scores.map((s) => (s === null ? "—" : String(s)))])];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  console.log([line(header), `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...table.slice(1).map(line)].join("\n"));
  console.log(`Reports: ${path.relative(process.cwd(), reports)}/`);

  const min = process.env.FRISE_AUDIT_MIN ? Number(process.env.FRISE_AUDIT_MIN) : undefined;
  if (min !== undefined) {
    for (const r of rows) r.scores.forEach((s, i) => s !== null && s < min && problems.push(`${r.path}: ${CATEGORIES[i]} ${s} < ${min}`));
  }
  for (const p of problems) console.error(`frise audit: ${p}`);
  return problems.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`frise audit: cannot run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
