/**
 * The benchmark at a small size, so that it cannot rot: `npm run bench` with
 * two tiny corpora runs every tool (frise build and check, plain Eleventy, the
 * floor script, npm run dev), and writes a report with every table filled in
 * with measurements, a verdict for every target, and the profile findings.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/site.ts";

const SIZES = [10, 20];
const TOOLS = ["frise build", "frise check", "plain Eleventy", "floor"];
/** CPU time comes from /usr/bin/time, which .ci/run installs; elsewhere the bench says "n/a" without it. */
const CPU = fs.existsSync("/usr/bin/time") || process.env.CI ? /^\d+(\.\d+)? s$/ : /^(\d+(\.\d+)? s|n\/a)$/;

describe("npm run bench at a small size", () => {
  let report: string;
  let work: string;
  let output: string;

  beforeAll(() => {
    const dir = tempDir("bench");
    work = path.join(dir, "work");
    const out = path.join(dir, "BENCHMARKS.md");
    const run = spawnSync("npm", ["run", "-s", "bench", "--", "--sizes", SIZES.join(","), "--runs", "1", "--out", out, "--workdir", work], {
      encoding: "utf8",
      timeout: 240_000,
    });
    output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    report = fs.readFileSync(out, "utf8");
  }, 300_000);

  /** The cells of the Markdown table rows that start with `first`. */
  const rows = (first: string) =>
    report
      .split("\n")
      .filter((line) => line.startsWith(`| ${first} |`))
      .map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim()));

  it("measures every tool at every size: wall, CPU and peak memory", () => {
    for (const n of SIZES) {
      const measured = rows(String(n));
      expect(measured.map((cells) => cells[2])).toEqual(expect.arrayContaining(TOOLS));
      for (const cells of measured.filter((c) => TOOLS.includes(c[2]!))) {
        const [wall, cpu, rss] = [cells[3]!, cells[4]!, cells[5]!];
        expect(wall, cells.join(" | ")).toMatch(/^\d+(\.\d+)? s$/);
        expect(cpu).toMatch(CPU);
        expect(rss).toMatch(/^[1-9]\d* MB$/);
      }
    }
  });

  it("gives every target a verdict", () => {
    const section = report.split("## Targets")[1]!.split("\n## ")[0]!;
    const verdicts = section.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| target") && !l.startsWith("|---"));
    expect(verdicts.length).toBeGreaterThanOrEqual(10);
    for (const line of verdicts) {
      // The linear-cost target compares 1,000 with 10,000 events: at other sizes it says so.
      if (line.startsWith("| linear cost")) expect(line).toContain("| needs sizes 1000 and 10000 | — |");
      else expect(line).toMatch(/\| (pass|\*\*FAIL\*\*) \|/);
    }
  });

  it("times npm run dev showing an edit, at every size", () => {
    const section = report.split("## `npm run dev`")[1]!.split("\n## ")[0]!;
    for (const n of SIZES) {
      const line = section.split("\n").find((l) => l.startsWith(`| ${n} |`));
      expect(line, section).toMatch(new RegExp(`^\\| ${n} \\| \\d+(\\.\\d+)? s \\| \\d+(\\.\\d+)? s \\| \\d+(\\.\\d+)? s \\| \\d+ MB \\|$`));
    }
  });

  it("weighs the pages, records the machine, appends the findings, and cleans its work folder", () => {
    expect(rows("Cores")[0]?.[1]).toMatch(/^\d+$/);
    const weights = report.split("## Page weight")[1]!;
    for (const n of SIZES) expect(weights).toMatch(new RegExp(`\\| ${n} \\| \\d+ \\| \\d+\\.\\d KB \\(evenements/`));
    expect(report).toContain(fs.readFileSync("bench/findings.md", "utf8").trim());
    expect(fs.existsSync(work) ? fs.readdirSync(work) : []).toEqual([]);
    expect(output).toMatch(/wrote .*BENCHMARKS\.md/);
  });
});
