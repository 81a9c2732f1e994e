/**
 * `npm run dev`: Eleventy's dev server with live reload. Content is validated
 * first; then every edit under content/ (or layouts/) rebuilds. An edit that
 * makes content invalid prints its diagnostics (`path:line:column: …`) and
 * stops that rebuild before anything is written, so the last good site stays
 * served (Eleventy's client also logs the error in the browser's console).
 * When only event files were edited, their pages are shown at once (see
 * dev-preview.ts), before the full rebuild ends.
 *
 * The preview listens on 127.0.0.1 only, unless told otherwise, and no request
 * can stop it or reach a file outside the output folder: see dev-server.ts.
 *
 *   FRISE_PORT or --port    port (default 8080; the next free one if taken)
 *   FRISE_HOST or --host    address to listen on (default 127.0.0.1: this machine only;
 *                           0.0.0.0 or :: lets other machines of the network in)
 *   FRISE_OUTPUT            output folder (default _site.dev, so `npm run build`'s _site is left alone)
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildPaths } from "../config.ts";
import { ContentError } from "../content/diagnostics.ts";
import { loadTimeline } from "../index.ts";
import type { Timeline } from "../model/timeline.ts";
import { writeSearchIndex } from "../outputs/search-index.ts";
import { forgetSiteModel, siteModelFor } from "../site-model.ts";
import { writePreviews } from "./dev-preview.ts";
import { guard, listenOn, listensAsAsked, oneLine, urlHost, type DevServer } from "./dev-server.ts";
import { countLabel, printDiagnostics, runCli } from "./report.ts";

const USAGE = "usage: npm run dev [-- --port 8080] [--host 127.0.0.1]";

function options(env: NodeJS.ProcessEnv): { port: number; host: string; outputDir: string; contentDir: string } {
  let values: { port?: string | undefined; host?: string | undefined };
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { port: { type: "string" }, host: { type: "string" } } }));
  } catch (error) {
    console.error(`frise: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const text = values.port ?? (env.FRISE_PORT || "8080");
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    console.error(`frise: "${text}" is not a port: expected a number from 1 to 65535\n${USAGE}`);
    process.exit(2);
  }
  // An address, not a name to resolve: what is listened on is then exactly what was asked for.
  const host = values.host ?? (env.FRISE_HOST || "127.0.0.1");
  if (net.isIP(host) === 0 && host !== "localhost") {
    console.error(`frise: "${oneLine(host, 100)}" is not an address to listen on: expected an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost\n${USAGE}`);
    process.exit(2);
  }
  const { contentDir } = buildPaths(env);
  const outputDir = path.resolve(env.FRISE_OUTPUT || "_site.dev");
  return { port, host, outputDir, contentDir };
}

/** Where a folder is, as short as possible. */
const display = (dir: string) => {
  const rel = path.relative(process.cwd(), dir);
  return rel === "" ? "." : rel.startsWith("..") ? dir : rel;
};

/**
 * Loads and validates content; undefined when there are errors. Errors are
 * always printed; warnings only with `warnings` (at start), so each save prints
 * what changed, not the same warnings again.
 */
function load(env: NodeJS.ProcessEnv, contentDir: string, warnings: boolean): Timeline | undefined {
  try {
    const { timeline, diagnostics } = loadTimeline(env, contentDir);
    if (warnings) printDiagnostics(diagnostics);
    return timeline;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    printDiagnostics(error.diagnostics);
    console.error(`frise: ${countLabel(error.diagnostics).replace(/^(\d+ errors?)/, "$1 in content")}`);
    return undefined;
  }
}

runCli(async () => {
  const env = process.env;
  const { port, host, outputDir, contentDir } = options(env);
  // The same key as .eleventy.ts and build.ts: Eleventy's config then finds the model loaded here.
  const modelKey = [contentDir, env.FRISE_PATH_PREFIX ?? "", env.FRISE_BASE_URL ?? ""].join("\n");

  const first = load(env, contentDir, true);
  if (!first) {
    console.error("frise: fix the content, then run npm run dev again.");
    process.exit(1);
  }
  let good: Timeline = first;
  let initial = true;
  let url = `http://${urlHost(host)}:${port}/`;

  // The same object at every configuration reload: Eleventy compares server options
  // between reloads and restarts the server when they differ.
  const serverOptions = {
    middleware: [guard(outputDir)],
    // The dev server's own line names localhost whatever it listens on; `ready` prints the real address.
    messageOnStart: () => false,
    ready: (server: DevServer) => {
      const address = server.server.address();
      if (address === null || typeof address === "string" || !listensAsAsked(host, address.address)) {
        console.error(`frise: the dev server listens on ${JSON.stringify(address)}, not on ${host} as asked; stopping`);
        process.exit(1);
      }
      url = server.getServerUrl(urlHost(host));
      console.log(`frise: serving ${url} from ${display(outputDir)}; editing ${display(contentDir)}/ rebuilds (Ctrl+C stops)`);
      if (address.address === "0.0.0.0" || address.address === "::") {
        console.error(`frise: listening on every network interface (--host ${host}): other machines can open this preview`);
      }
    },
  };
  const { Eleventy } = await import("@11ty/eleventy");
  siteModelFor(modelKey, () => good);
  const eleventy = new Eleventy("layouts", outputDir, {
    quietMode: true,
    configPath: ".eleventy.ts",
    runMode: "serve",
    source: "script",
    config(eleventyConfig: UserConfig) {
      // Edited events first: their pages against the last good timeline, and the browser reloaded.
      eleventyConfig.on("eleventy.beforeWatch", async (changed: string[]) => {
        try {
          const shown = writePreviews(siteModelFor(modelKey, () => good), contentDir, outputDir, changed);
          if (shown.length === 0) return;
          console.error(`frise: showing ${shown.join(", ")} at once; rebuilding the rest`);
          await (eleventy as unknown as { eleventyServe?: { reload(event: object): Promise<void> } }).eleventyServe?.reload({ files: changed, build: { templates: [] } });
        } catch (error) {
          console.error(`frise: no quick preview (${oneLine(String((error as Error).message).split("\n")[0]!)}); rebuilding`);
        }
      });
      // Before each build, after .eleventy.ts's beforeWatch has dropped the cached model.
      eleventyConfig.on("eleventy.before", () => {
        if (!initial) {
          const timeline = load(env, contentDir, false);
          if (!timeline) {
            console.error(`frise: nothing rebuilt; the last good site is still served at ${url}`);
            throw Object.assign(new Error("content has errors (listed in the terminal): the last good site is still served"), { skipOriginalStack: true });
          }
          good = timeline;
          console.error(`frise: content is valid: ${timeline.events.length} events, rebuilding`);
        }
        initial = false;
        forgetSiteModel();
        siteModelFor(modelKey, () => good);
      });
      // As in `npm run build`, so the search page works in the preview too.
      eleventyConfig.on("eleventy.after", async () => {
        try {
          await writeSearchIndex(siteModelFor(modelKey, () => good), outputDir);
        } catch (error) {
          console.error(`frise: search index not updated: ${oneLine(String((error as Error).message).split("\n")[0]!)}`);
        }
      });
      eleventyConfig.setServerOptions(serverOptions);
    },
  });
  await eleventy.init();
  await eleventy.watch();
  // Create the dev server now (Eleventy would at `serve`), to tell it where to listen first.
  const eleventyServe = (eleventy as unknown as { eleventyServe: { init(): Promise<void>; initServerInstance(): Promise<void>; server: DevServer } }).eleventyServe;
  await eleventyServe.init();
  await eleventyServe.initServerInstance();
  listenOn(eleventyServe.server, host);
  await eleventy.serve(port);
});
