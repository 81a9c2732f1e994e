/**
 * The CI workflow, read with the `yaml` package: what it runs on, and that its
 * jobs install with npm ci, run the tests under CI=true, build each pull
 * request under its own path prefix and upload it, and deploy main to Pages.
 * The preview's prefix expression is evaluated and normalised as the build would.
 */
import fs from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { normalizePathPrefix } from "../../src/config.ts";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  id?: string;
}
interface Job {
  if?: string;
  needs?: string | string[];
  "runs-on": string;
  container?: string;
  permissions?: Record<string, string>;
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, { branches?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const FILE = ".github/workflows/preview.yml";
const workflow = parse(fs.readFileSync(FILE, "utf8"), { uniqueKeys: true }) as Workflow;

const runs = (job: Job, command: RegExp) => job.steps.findIndex((s) => s.run !== undefined && command.test(s.run));
const uses = (job: Job, action: string) => job.steps.findIndex((s) => s.uses?.split("@")[0] === action);
const needs = (job: Job) => [job.needs ?? []].flat();

/** Replaces the GitHub expressions the preview prefix uses with sample values. */
function evaluate(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    if (!(expr in values)) throw new Error(`unexpected expression ${expr}`);
    return values[expr]!;
  });
}

describe(FILE, () => {
  it("runs on every pull request and on pushes to main", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["pull_request", "push"]));
    expect(workflow.on.pull_request?.branches).toBeUndefined(); // every pull request, whatever its base
    expect(workflow.on.push?.branches).toEqual(["main"]);
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  it("tests every change: npm ci, then the type check and npm test with CI=true, with Chromium and Java installed", () => {
    const test = workflow.jobs.test!;
    expect(test.if).toBeUndefined();
    const install = runs(test, /^npm ci\b/m);
    const browsers = runs(test, /apt-get install\b.*\bchromium\b.*\bdefault-jre-headless\b/);
    const typecheck = runs(test, /^npm run typecheck$/m);
    const tests = runs(test, /^npm test$/m);
    expect(uses(test, "actions/checkout")).toBe(0);
    expect([browsers, install, typecheck, tests].every((i) => i > 0)).toBe(true);
    expect(install).toBeLessThan(typecheck);
    expect(typecheck).toBeLessThan(tests);
    expect(test.steps[tests]!.env?.CI).toBe("true");
    // Debian, where `chromium` is a real package (not Ubuntu's snap), on Node 20 like the project.
    expect(test.container).toMatch(/^node:20-(bookworm|trixie)/);
  });

  it("builds each pull request under its own path prefix and uploads it as an artifact", () => {
    const preview = workflow.jobs.preview!;
    expect(preview.if).toMatch(/github\.event_name == 'pull_request'/);
    expect(needs(preview)).toContain("test");
    const install = runs(preview, /^npm ci\b/m);
    const build = runs(preview, /^npm run build$/m);
    const upload = uses(preview, "actions/upload-artifact");
    expect(install).toBeGreaterThan(0);
    expect(build).toBeGreaterThan(install);
    expect(upload).toBeGreaterThan(build);

    const env = preview.steps[build]!.env!;
    const values = { "github.event.repository.name": "frise", "github.event.pull_request.number": "42" };
    expect(normalizePathPrefix(evaluate(env.FRISE_PATH_PREFIX!, values))).toBe("/frise/pr-42/");
    const artifact = preview.steps[upload]!.with!;
    expect(artifact.path).toBe(env.FRISE_OUTPUT);
    expect(evaluate(String(artifact.name), values)).toBe("site-preview-pr-42");
    expect(artifact["if-no-files-found"]).toBe("error");
  });

  it("deploys main to GitHub Pages under the Pages base URL and path", () => {
    const build = workflow.jobs["pages-build"]!;
    const deploy = workflow.jobs["pages-deploy"]!;
    expect(build.if).toMatch(/github\.ref == 'refs\/heads\/main'/);
    expect(build.if).toMatch(/github\.event_name == 'push'/);
    expect(needs(build)).toContain("test");
    const configure = uses(build, "actions/configure-pages");
    const buildStep = runs(build, /^npm run build$/m);
    const upload = uses(build, "actions/upload-pages-artifact");
    expect(configure).toBeGreaterThan(0);
    expect(buildStep).toBeGreaterThan(configure);
    expect(upload).toBeGreaterThan(buildStep);
    const id = build.steps[configure]!.id!;
    const env = build.steps[buildStep]!.env!;
    expect(env.FRISE_BASE_URL).toContain(`steps.${id}.outputs.base_url`);
    expect(env.FRISE_PATH_PREFIX).toContain(`steps.${id}.outputs.base_path`);
    expect(build.steps[upload]!.with!.path).toBe(env.FRISE_OUTPUT);

    expect(needs(deploy)).toEqual(["pages-build"]);
    expect(uses(deploy, "actions/deploy-pages")).toBeGreaterThanOrEqual(0);
    expect(deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(deploy.environment?.name).toBe("github-pages");
  });

  it("pins every action to a major version", () => {
    const actions = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(actions.length).toBeGreaterThanOrEqual(6);
    expect(actions.filter((a) => !/^[\w-]+\/[\w-]+@v\d+$/.test(a))).toEqual([]);
  });
});
