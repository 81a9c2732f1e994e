/**
 * `npm run bench [-- --large] [--sizes 1000,10000] [--runs 3] [--date 2026-01-31] [--out BENCHMARKS.md] [--no-dev] [--keep]`:
 * generates synthetic corpora, then times, on each, the full frise build, `npm run check`
 * and two references (plain Eleventy with a trivial layout, and the floor script), each
 * into a fresh folder, one after another; then the rebuild of `npm run dev` after an edit.
 * Prints a table and rewrites BENCHMARKS.md.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { writeCorpus } from "./corpus.ts";
import { freePort } from "./static-server.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCRIPTS: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts;

/** The command `npm run <name>` runs, without npm's own start-up (run with this Node). */
function npmScript(name: string): string[] {
  const [program, ...args] = SCRIPTS[name]!.split(/\s+/);
  if (program !== "node") throw new Error(`bench: the "${name}" script must start with node: ${SCRIPTS[name]}`);
  return [process.execPath, ...args];
}
const TIME = "/usr/bin/time";
const MB = 1024 * 1024;

interface Sample {
  wall: number;
  /** User + system seconds of the whole process tree (when /usr/bin/time is there). */
  cpu?: number;
  /** Peak of the summed resident memory of the process tree, in bytes. */
  rss: number;
}

type Tool = "frise build" | "frise check" | "plain Eleventy" | "floor";
const TOOLS: Tool[] = ["floor", "plain Eleventy", "frise check", "frise build"];

function command(tool: Tool, corpus: string, out: string): { args: string[]; env: Record<string, string> } {
  switch (tool) {
    case "frise build":
      return { args: npmScript("build"), env: { FRISE_CONTENT: corpus, FRISE_OUTPUT: out } };
    case "frise check":
      return { args: npmScript("check"), env: { FRISE_CONTENT: corpus } };
    case "plain Eleventy":
      return { args: [process.execPath, "node_modules/@11ty/eleventy/cmd.cjs", "--config=bench/eleventy/eleventy.config.mjs", `--input=${corpus}`, `--output=${out}`, "--quiet"], env: {} };
    case "floor":
      return { args: [process.execPath, "bench/floor.mjs", corpus, out], env: {} };
  }
}

/** Parent pid of a process, from /proc/<pid>/stat (the command name may hold spaces and parentheses). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return undefined;
  }
}

/**
 * Watches a process tree: every tick, finds new descendants and sums their resident
 * memory. The peak is the largest sum seen, and never less than the largest single
 * process's own high-water mark (which catches peaks between ticks).
 */
class TreeWatcher {
  private readonly tree = new Set<number>();
  private readonly foreign = new Set<number>();
  private peakSum = 0;
  private peakSingle = 0;

  constructor(private readonly root: number, private readonly skipRoot: boolean) {
    this.tree.add(root);
  }

  tick(): void {
    let pids: number[];
    try {
      pids = fs.readdirSync("/proc").filter((n) => /^\d+$/.test(n)).map(Number);
    } catch {
      return;
    }
    // Parents are older than their children: in pid order a child's parent is usually classified first.
    for (const pid of pids.sort((a, b) => a - b)) {
      if (this.tree.has(pid) || this.foreign.has(pid)) continue;
      const parent = parentOf(pid);
      if (parent !== undefined && this.tree.has(parent)) this.tree.add(pid);
      else this.foreign.add(pid);
    }
    let sum = 0;
    for (const pid of this.tree) {
      if (this.skipRoot && pid === this.root) continue;
      const m = memoryOf(pid);
      if (!m) continue;
      sum += m.rss;
      this.peakSingle = Math.max(this.peakSingle, m.hwm);
    }
    this.peakSum = Math.max(this.peakSum, sum);
  }

  get peak(): number {
    return Math.max(this.peakSum, this.peakSingle);
  }
}

async function measure(tool: Tool, corpus: string, out: string): Promise<Sample> {
  const { args, env } = command(tool, corpus, out);
  const useTime = fs.existsSync(TIME);
  const timeFile = path.join(os.tmpdir(), `frise-bench-time-${process.pid}.txt`);
  const argv = useTime ? [TIME, "-f", "%U %S %M", "-o", timeFile, ...args] : args;
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const watcher = new TreeWatcher(child.pid!, useTime);
  const timer = setInterval(() => watcher.tick(), 40);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  if (code !== 0) {
    fs.rmSync(timeFile, { force: true });
    throw new Error(`${tool} failed on ${corpus} (exit ${code}):\n${output.trim()}`);
  }
  let cpu: number | undefined;
  let rss = watcher.peak;
  if (useTime) {
    const [user, sys, maxKb] = fs.readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-3).map(Number);
    cpu = user! + sys!;
    rss = Math.max(rss, maxKb! * 1024);
    fs.rmSync(timeFile, { force: true });
  }
  return { wall, ...(cpu !== undefined ? { cpu } : {}), rss };
}

export interface DevSample {
  /** Seconds from saving an edited event to its page on disk showing the edit. */
  visible: number;
  /** Seconds from saving to the end of the full rebuild that follows. */
  rebuilt: number;
  /** Seconds of the first build, from start to serving. */
  startup: number;
  rss: number;
}

/**
 * `npm run dev` on the corpus: waits until it serves, appends a sentence to one
 * event, and times how long until the event's page in the dev output shows it.
 * The event file is put back and the server (its whole process group) stopped.
 */
async function measureDev(corpus: string, out: string, timeoutSeconds = 600): Promise<DevSample> {
  const eventFile = fs.readdirSync(path.join(corpus, "events")).sort()[0]!;
  const file = path.join(corpus, "events", eventFile);
  const page = path.join(out, "evenements", eventFile.replace(/\.md$/, ""), "index.html");
  const original = fs.readFileSync(file, "utf8");
  const port = await freePort();
  const started = performance.now();
  const [program, ...args] = npmScript("dev");
  const child = spawn(program!, [...args, "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, FRISE_CONTENT: corpus, FRISE_OUTPUT: out },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  let exited = false;
  child.on("close", () => (exited = true));
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log.slice(-4000);
  const watcher = new TreeWatcher(child.pid!, false);
  const timer = setInterval(() => watcher.tick(), 100);
  const waitFor = async (done: () => boolean, what: string) => {
    const deadline = performance.now() + timeoutSeconds * 1000;
    while (!done()) {
      if (exited) throw new Error(`npm run dev stopped while waiting for ${what}:\n${output().trim()}`);
      if (performance.now() > deadline) throw new Error(`npm run dev: no ${what} after ${timeoutSeconds} s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  try {
    await waitFor(() => /frise: serving/.test(log), "server");
    const startup = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 1500)); // let the file watcher settle
    const marker = `Phrase ajoutée pour mesurer la reconstruction ${process.pid}.`;
    const mark = log.length;
    fs.writeFileSync(file, `${original.trimEnd()}\n\n${marker}\n`);
    const saved = performance.now();
    await waitFor(() => fs.existsSync(page) && fs.readFileSync(page, "utf8").includes(marker), "rebuilt page");
    const visible = (performance.now() - saved) / 1000;
    // Eleventy's summary line ends every build, quiet mode or not.
    await waitFor(() => /^\[11ty\] (Copied|Wrote) /m.test(log.slice(mark)), "end of the full rebuild");
    return { visible, rebuilt: (performance.now() - saved) / 1000, startup, rss: watcher.peak };
  } finally {
    clearInterval(timer);
    fs.writeFileSync(file, original);
    if (!exited) {
      process.kill(-child.pid!, "SIGTERM");
      for (let i = 0; i < 100 && !exited; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      if (!exited) process.kill(-child.pid!, "SIGKILL");
    }
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

interface ToolResult {
  wall: number;
  cpu?: number;
  rss: number;
  runs: number[];
}

interface Weight {
  eventMax: number;
  /** The same page and its stylesheet, each gzipped, as a server would send them. */
  eventMaxGzip: number;
  homeGzip: number;
  eventMaxFile: string;
  eventMedian: number;
  home: number;
  css: number;
  stylesheets: number;
  inlineStyles: number;
  scriptsOnEventPages: number;
  pages: number;
}

/** Page weight of a built site: HTML plus the stylesheets each page links to. */
function pageWeight(site: string): Weight {
  const cssSize = new Map<string, number>();
  const linked = (html: string) => [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const cssBytes = (href: string) => {
    const file = path.join(site, href.replace(/^\/+/, "").split(/[?#]/)[0]!);
    if (!cssSize.has(file)) cssSize.set(file, fs.existsSync(file) ? fs.statSync(file).size : 0);
    return cssSize.get(file)!;
  };
  const weigh = (file: string) => {
    const html = fs.readFileSync(file, "utf8");
    return { bytes: Buffer.byteLength(html) + linked(html).reduce((n, href) => n + cssBytes(href), 0), html };
  };
  const gzipped = (file: string) => {
    const html = fs.readFileSync(file);
    const sheets = linked(html.toString()).map((href) => path.join(site, href.replace(/^\/+/, "").split(/[?#]/)[0]!)).filter((f) => fs.existsSync(f));
    return [html, ...sheets.map((f) => fs.readFileSync(f))].reduce((n, b) => n + gzipSync(b).length, 0);
  };
  const eventsDir = path.join(site, "evenements");
  const sizes: { file: string; bytes: number }[] = [];
  let inlineStyles = 0;
  let scripts = 0;
  let stylesheets = 0;
  for (const id of fs.readdirSync(eventsDir)) {
    const file = path.join(eventsDir, id, "index.html");
    if (!fs.existsSync(file)) continue;
    const { bytes, html } = weigh(file);
    sizes.push({ file: path.relative(site, file), bytes });
    inlineStyles += (html.match(/<style\b|\sstyle="/g) ?? []).length;
    // Scripts that run (JSON-LD and other data blocks do not).
    scripts += (html.match(/<script\b(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g) ?? []).length;
    stylesheets = Math.max(stylesheets, linked(html).length);
  }
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const home = weigh(path.join(site, "index.html"));
  const pages = (fs.readdirSync(site, { recursive: true }) as string[]).filter((f) => f.endsWith(".html")).length;
  return {
    eventMax: largest.bytes,
    eventMaxGzip: gzipped(path.join(site, largest.file)),
    homeGzip: gzipped(path.join(site, "index.html")),
    eventMaxFile: largest.file,
    eventMedian: median(sizes.map((s) => s.bytes)),
    home: home.bytes,
    css: [...cssSize.values()].reduce((a, b) => a + b, 0),
    stylesheets,
    inlineStyles,
    scriptsOnEventPages: scripts,
    pages,
  };
}

function machine(): Record<string, string> {
  const cpus = os.cpus();
  let commit = "unknown";
  try {
    const head = fs.readFileSync(path.join(ROOT, ".git/HEAD"), "utf8").trim();
    commit = head.startsWith("ref: ") ? fs.readFileSync(path.join(ROOT, ".git", head.slice(5)), "utf8").trim().slice(0, 7) : head.slice(0, 7);
  } catch {
    /* not a checkout */
  }
  return {
    CPU: `${cpus[0]?.model ?? "unknown"}`,
    Cores: String(os.availableParallelism()),
    RAM: `${Math.round(os.totalmem() / 1024 ** 3)} GB`,
    Node: process.version,
    OS: `${os.type()} ${os.release()}`,
    "Load average at start": os.loadavg().map((l) => l.toFixed(1)).join(", "),
    "frise commit": commit,
  };
}

const seconds = (s: number) => `${s.toFixed(1)} s`;
const megabytes = (b: number) => `${Math.round(b / MB)} MB`;
const kilobytes = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const thousands = (n: number) => n.toLocaleString("en-US");

interface Target {
  name: string;
  measured: string;
  /** Verdict on wall time (the target as written), or on the only measure there is. */
  pass: boolean | undefined;
  /** The same comparison on CPU time, which a loaded machine disturbs less. */
  cpuPass?: boolean | undefined;
}

function targets(results: Map<number, Map<Tool, ToolResult>>, weights: Map<number, Weight>, devs: Map<number, DevSample | string>, at: number): Target[] {
  const r = results.get(at)!;
  const get = (t: Tool) => r.get(t)!;
  const build = get("frise build");
  const eleventy = get("plain Eleventy");
  const floor = get("floor");
  const check = get("frise check");
  const small = results.get(1000)?.get("frise build");
  const linear = small !== undefined && at === 10000;
  const cpu = (t: ToolResult) => t.cpu ?? Number.NaN;
  const both = (a: ToolResult, b: ToolResult, factor = 1) => ({
    measured: `wall ${seconds(a.wall)} vs ${seconds(b.wall)} (${(a.wall / b.wall).toFixed(1)}×); CPU ${seconds(cpu(a))} vs ${seconds(cpu(b))} (${(cpu(a) / cpu(b)).toFixed(1)}×)`,
    pass: a.wall <= factor * b.wall,
    cpuPass: a.cpu === undefined || b.cpu === undefined ? undefined : a.cpu <= factor * b.cpu,
  });
  const all = [...weights.values()];
  return [
    { name: `full build no slower than plain Eleventy (${thousands(at)} events)`, ...both(build, eleventy) },
    { name: "full build within 3× the floor", ...both(build, floor, 3) },
    { name: "`npm run check` under 2 s", measured: `wall ${seconds(check.wall)}; CPU ${seconds(cpu(check))}`, pass: check.wall < 2, cpuPass: check.cpu === undefined ? undefined : check.cpu < 2 },
    { name: "peak RSS under 1 GB (build / check)", measured: `${megabytes(build.rss)} / ${megabytes(check.rss)}`, pass: build.rss < 1024 * MB && check.rss < 1024 * MB },
    linear
      ? { name: "linear cost: 10,000 events at most 11× 1,000 (build)", ...both(build, small, 11) }
      : { name: "linear cost: 10,000 events at most 11× 1,000 (build)", measured: "needs sizes 1000 and 10000", pass: undefined },
    devTarget(devs.get(at)),
    { name: "event page (HTML + CSS) under 20 KB, every size", measured: all.map((w) => `${kilobytes(w.eventMax)} (${thousands(w.eventMax)} bytes)`).join(" / "), pass: all.every((w) => w.eventMax < 20 * 1024) },
    { name: "home page (HTML + CSS) under 100 KB, every size", measured: all.map((w) => kilobytes(w.home)).join(" / "), pass: all.every((w) => w.home < 100 * 1024) },
    { name: "CSS in one shared file, no inline style", measured: all.map((w) => `${w.stylesheets} file, ${w.inlineStyles} inline`).join(" / "), pass: all.every((w) => w.stylesheets === 1 && w.inlineStyles === 0) },
    // No script at all proves it; a script may still be an optional enhancement, which only a browser test can tell.
    { name: "no JavaScript needed to read an event page", measured: all.map((w) => `${w.scriptsOnEventPages} script elements`).join(" / "), pass: all.every((w) => w.scriptsOnEventPages === 0) || undefined },
  ];
}

function devTarget(dev: DevSample | string | undefined): Target {
  const name = "`npm run dev`: edited event's page rebuilt in under 2 s";
  if (dev === undefined) return { name, measured: "not measured (--no-dev)", pass: undefined };
  if (typeof dev === "string") return { name, measured: `not measured: ${dev}`, pass: undefined };
  return { name, measured: `${seconds(dev.visible)} (full rebuild done after ${seconds(dev.rebuilt)}; first build ${seconds(dev.startup)})`, pass: dev.visible < 2 };
}

const verdict = (pass: boolean | undefined) => (pass === undefined ? "—" : pass ? "pass" : "**FAIL**");

interface Measured {
  results: Map<number, Map<Tool, ToolResult>>;
  weights: Map<number, Weight>;
  devs: Map<number, DevSample | string>;
  corpora: Map<number, string>;
}

function report(opts: { sizes: number[]; runs: number; date?: string; seed: number }, info: Record<string, string>, { results, weights, devs, corpora }: Measured): string {
  const at = opts.sizes.includes(10000) ? 10000 : Math.max(...opts.sizes);
  const lines = [
    "# Benchmarks",
    "",
    `Generated by \`npm run bench\`${opts.date ? ` on ${opts.date}` : ""}; do not edit by hand. Median of ${opts.runs} run${opts.runs === 1 ? "" : "s"} per cell.`,
    "",
    "## Machine",
    "",
    "| | |",
    "|---|---|",
    ...Object.entries(info).map(([k, v]) => `| ${k} | ${v} |`),
    "",
    "## Results",
    "",
    "Wall time, CPU time (user + system, whole process tree) and peak resident memory (whole process tree). Sizes are binary: 1 KB = 1,024 bytes, 1 MB = 1,024 KB, 1 GB = 1,024 MB.",
    "",
    "| events | corpus | what | wall | CPU | peak RSS | × floor (wall) |",
    "|---:|---|---|---:|---:|---:|---:|",
  ];
  for (const n of opts.sizes) {
    const r = results.get(n)!;
    const floor = r.get("floor")!.wall;
    for (const tool of ["frise build", "frise check", "plain Eleventy", "floor"] as Tool[]) {
      const t = r.get(tool)!;
      lines.push(`| ${thousands(n)} | ${corpora.get(n)} | ${tool} | ${seconds(t.wall)} | ${t.cpu === undefined ? "n/a" : seconds(t.cpu)} | ${megabytes(t.rss)} | ${(t.wall / floor).toFixed(1)} |`);
    }
  }
  lines.push("", `## Targets (at ${thousands(at)} events)`, "", "The verdict is on wall time, as the targets are written; the last column makes the same comparison on CPU time.", "", "| target | measured | verdict | on CPU time |", "|---|---|---|---|");
  for (const t of targets(results, weights, devs, at)) lines.push(`| ${t.name} | ${t.measured} | ${verdict(t.pass)} | ${"cpuPass" in t ? verdict(t.cpuPass) : ""} |`);
  if (devs.size) {
    lines.push("", "## `npm run dev`", "", "| events | first build, until serving | edit one event → its page shows the edit | → full rebuild done | peak RSS |", "|---:|---:|---:|---:|---:|");
    for (const [n, d] of devs) {
      lines.push(typeof d === "string" ? `| ${thousands(n)} | not measured: ${d.split("\n")[0]} | | | |` : `| ${thousands(n)} | ${seconds(d.startup)} | ${seconds(d.visible)} | ${seconds(d.rebuilt)} | ${megabytes(d.rss)} |`);
    }
  }
  lines.push("", "## Page weight (frise build)", "", "| events | pages | largest event page | its gzipped size | median event page | home page | home gzipped | CSS | scripts on event pages |", "|---:|---:|---|---:|---:|---:|---:|---:|---:|");
  for (const [n, w] of weights) {
    lines.push(`| ${thousands(n)} | ${thousands(w.pages)} | ${kilobytes(w.eventMax)} (${w.eventMaxFile}) | ${kilobytes(w.eventMaxGzip)} | ${kilobytes(w.eventMedian)} | ${kilobytes(w.home)} | ${kilobytes(w.homeGzip)} | ${kilobytes(w.css)} | ${w.scriptsOnEventPages} |`);
  }
  lines.push(
    "",
    "Page weights are HTML plus the stylesheets the page links to, uncompressed (the targets), and each file gzipped (what a server usually sends). Script elements count only scripts that run (not JSON-LD).",
    "",
    "## How it is measured",
    "",
    `- Corpus: \`npm run corpus -- --events N --seed ${opts.seed}\`: N events over many years (some months dense), N/5 sources, a few hundred entities; ranges, uncertain and open dates, disputed dates, places and names; every citation verified.`,
    `- **frise build**: \`${SCRIPTS.build}\` (what \`npm run build\` runs, without npm's own start-up): validation, every page and output, the search index.`,
    `- **frise check**: \`${SCRIPTS.check}\` (what \`npm run check\` runs).`,
    "- **plain Eleventy**: Eleventy 3 with its defaults on the same Markdown files, one trivial Nunjucks layout (`bench/eleventy/eleventy.config.mjs`).",
    "- **floor**: `bench/floor.mjs`: gray-matter, markdown-it, one file written per input, nothing else.",
    `- **\`npm run dev\`** (once per size, after the runs): \`${SCRIPTS.dev}\` on the corpus; once it serves, one sentence is appended to the first event file, and the time is taken until that event's page in the dev output contains it (the quick preview of \`src/cli/dev-preview.ts\`), then until the full rebuild that follows ends (Eleventy's summary line). The file is then put back.`,
    "- Each run builds into a fresh folder (rewriting a folder slows later runs on this disk); the tools run one after another, interleaved run by run.",
    "- Wall time is measured around the child process; CPU time and the largest single process come from `/usr/bin/time`; the tree's summed RSS is sampled from `/proc` every 40 ms, and the peak reported is the larger of the two.",
    "- On a shared machine wall times move with the load (see the load average above); CPU times move less.",
    "",
  );
  // Hand-written profile findings (bench/findings.md) follow the measured tables.
  const findings = path.join(ROOT, "bench", "findings.md");
  if (fs.existsSync(findings)) lines.push(fs.readFileSync(findings, "utf8").trimEnd(), "");
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string" },
      large: { type: "boolean" },
      runs: { type: "string" },
      seed: { type: "string" },
      date: { type: "string" },
      out: { type: "string" },
      workdir: { type: "string" },
      keep: { type: "boolean" },
      "no-dev": { type: "boolean" },
    },
  });
  const sizes = (values.sizes ?? "1000,10000").split(",").map((s) => Number(s.replace(/_/g, "")));
  if (values.large) sizes.push(50000);
  if (sizes.some((n) => !Number.isInteger(n) || n < 5)) throw new Error(`--sizes: expected a list of integers of at least 5, such as 1000,10000`);
  const runs = Number(values.runs ?? 3);
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a positive integer, got ${values.runs}`);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed: expected a non-negative integer, got ${values.seed}`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new Error(`--date: expected YYYY-MM-DD, got ${values.date}`);
  const work = values.workdir ? path.resolve(values.workdir) : fs.mkdtempSync(path.join(os.tmpdir(), "frise-bench-"));
  fs.mkdirSync(work, { recursive: true });
  const info = machine();
  console.log(`frise bench: sizes ${sizes.join(", ")}, ${runs} run(s), work folder ${work}`);

  const results = new Map<number, Map<Tool, ToolResult>>();
  const weights = new Map<number, Weight>();
  const corpora = new Map<number, string>();
  const devs = new Map<number, DevSample | string>();
  try {
    for (const n of sizes) {
      const corpus = path.join(work, `corpus-${n}`);
      fs.rmSync(corpus, { recursive: true, force: true });
      fs.mkdirSync(corpus, { recursive: true });
      const files = writeCorpus(corpus, n, seed);
      const count = (folder: string) => [...files.keys()].filter((f) => f.startsWith(`${folder}/`)).length;
      const bytes = [...files.values()].reduce((a, c) => a + Buffer.byteLength(c), 0);
      corpora.set(n, `${thousands(count("events"))} events, ${thousands(count("sources"))} sources, ${count("entities")} entities, ${Math.round(bytes / MB)} MB`);
      console.log(`\n${thousands(n)} events: ${corpora.get(n)}`);
      const samples = new Map<Tool, Sample[]>(TOOLS.map((t) => [t, []]));
      for (let run = 1; run <= runs; run++) {
        for (const tool of TOOLS) {
          const out = path.join(work, `out-${n}-${tool.replace(/\W+/g, "-")}-${run}`);
          const s = await measure(tool, corpus, out);
          samples.get(tool)!.push(s);
          console.log(`  run ${run}  ${tool.padEnd(15)} ${seconds(s.wall).padStart(8)}  cpu ${s.cpu === undefined ? "n/a" : seconds(s.cpu)}  rss ${megabytes(s.rss)}`);
        }
      }
      weights.set(n, pageWeight(path.join(work, `out-${n}-frise-build-${runs}`)));
      if (!values["no-dev"]) {
        try {
          const dev = await measureDev(corpus, path.join(work, `dev-${n}`));
          devs.set(n, dev);
          console.log(`  dev     first build ${seconds(dev.startup)}, edit → page ${seconds(dev.visible)}, full rebuild ${seconds(dev.rebuilt)}, rss ${megabytes(dev.rss)}`);
        } catch (error) {
          devs.set(n, (error as Error).message);
          console.log(`  dev     not measured: ${(error as Error).message.split("\n")[0]}`);
        }
      }
      results.set(n, new Map(TOOLS.map((t) => {
        const list = samples.get(t)!;
        const cpus = list.flatMap((s) => (s.cpu === undefined ? [] : [s.cpu]));
        return [t, { wall: median(list.map((s) => s.wall)), ...(cpus.length ? { cpu: median(cpus) } : {}), rss: Math.max(...list.map((s) => s.rss)), runs: list.map((s) => s.wall) }];
      })));
    }
  } finally {
    // Deleting between runs would slow the next ones (the disk discards freed blocks): clean up at the end.
    if (!values.keep) {
      if (values.workdir) for (const entry of fs.readdirSync(work)) fs.rmSync(path.join(work, entry), { recursive: true, force: true });
      else fs.rmSync(work, { recursive: true, force: true });
    }
  }

  info["Load average at end"] = os.loadavg().map((l) => l.toFixed(1)).join(", ");
  const markdown = report({ sizes, runs, seed, ...(values.date ? { date: values.date } : {}) }, info, { results, weights, devs, corpora });
  const outFile = path.resolve(ROOT, values.out ?? "BENCHMARKS.md");
  fs.writeFileSync(outFile, markdown);
  const at = sizes.includes(10000) ? 10000 : Math.max(...sizes);
  console.log(`\n${markdown.split("\n## Page weight")[0]!.split("## Results")[1]!.trim()}`);
  const failed = targets(results, weights, devs, at).filter((t) => t.pass === false);
  console.log(`\nfrise bench: wrote ${path.relative(process.cwd(), outFile)}; ${failed.length ? `${failed.length} target(s) missed` : "every measured target met"}`);
}

main().catch((error: unknown) => {
  console.error(`frise bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
