/**
 * The CI workflow, read with the `yaml` package: what it runs on, and that its
 * jobs install with npm ci, run the tests under CI=true, build each pull
 * request under its own path prefix and upload it, and deploy main to Pages.
 * The preview's prefix expression is evaluated and normalised as the build would.
 *
 * Then the rules of SECURITY.md, over every workflow file: no
 * `pull_request_target` (nor `workflow_run`), read-only top-level permissions,
 * write access only in jobs limited to pushes to main, actions pinned to full
 * commit SHAs, checkouts without persisted credentials, a timeout on every job,
 * no secrets where a pull request runs, no expression expanded inside a script.
 */
import path from "node:path";
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
  /** A reusable workflow, instead of steps. */
  uses?: string;
  needs?: string | string[];
  "runs-on": string;
  container?: string;
  "timeout-minutes"?: number;
  permissions?: Record<string, string> | string;
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, { branches?: string[] } | null>;
  permissions: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const FILE = ".github/workflows/preview.yml";
const workflow = parse(fs.readFileSync(FILE, "utf8"), { uniqueKeys: true }) as Workflow;

/** Every workflow of the repository, with its text (comments are not in the parsed YAML). */
const DIR = ".github/workflows";
const workflows = fs
  .readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => {
    const file = path.posix.join(DIR, name);
    const text = fs.readFileSync(file, "utf8");
    return { file, text, workflow: parse(text, { uniqueKeys: true }) as Workflow };
  });

/** The events a workflow runs on, whatever the form of its `on:` (a name, a list or a mapping). */
function events(on: unknown): string[] {
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys((on ?? {}) as object);
}

/** A job's `if:` that only a push to main satisfies: both conditions, no `||` and no negation around them. */
const onlyPushToMain = (job: Job) =>
  /github\.event_name == 'push'/.test(job.if ?? "") && /github\.ref == 'refs\/heads\/main'/.test(job.if ?? "") && !/\|\||!/.test(job.if ?? "");

/** The permissions a job's GITHUB_TOKEN gets: its own, else the workflow's. */
const permissionsOf = (wf: Workflow, job: Job) => job.permissions ?? wf.permissions;

/** The scopes a token may write to; without any `permissions:`, the repository's default, which may be write. */
const writes = (permissions: Record<string, string> | string | undefined): string[] =>
  permissions === undefined
    ? ["(repository default)"]
    : typeof permissions === "string"
      ? permissions === "read-all" ? [] : [permissions]
      : Object.entries(permissions).filter(([, level]) => level === "write").map(([scope]) => scope);

const FULL_SHA = /^[\w.-]+\/[\w.\/-]+@[0-9a-f]{40}$/;

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

  it("deploys only from main: the deploy job repeats the condition and is the only one that may write", () => {
    const deploy = workflow.jobs["pages-deploy"]!;
    expect(onlyPushToMain(deploy)).toBe(true);
    expect(deploy.steps.every((s) => s.uses?.split("@")[0] !== "actions/checkout" && s.run === undefined)).toBe(true);
    expect(workflow.jobs["pages-build"]!.permissions).toEqual({ contents: "read", pages: "read" });
  });
});

describe.each(workflows)("$file follows SECURITY.md", ({ file, text, workflow: wf }) => {
  const jobs = Object.entries(wf.jobs ?? {});
  const steps = jobs.flatMap(([, job]) => job.steps ?? []);

  it("never runs pull requests with the base repository's privileges (no pull_request_target, no workflow_run)", () => {
    expect(events(wf.on)).not.toContain("pull_request_target");
    expect(events(wf.on)).not.toContain("workflow_run");
  });

  it("sets read-only permissions at the top level", () => {
    expect(wf.permissions, `${file}: top-level permissions are missing`).toBeDefined();
    // A mapping of scopes, each `read` or `none`: not `read-all` (every scope) nor `write-all`.
    expect(typeof wf.permissions, `${file}: top-level permissions must list their scopes`).toBe("object");
    expect(Object.entries(wf.permissions).filter(([, level]) => level !== "read" && level !== "none")).toEqual([]);
  });

  it("grants write access only to jobs that run for pushes to main", () => {
    const offending = jobs.filter(([, job]) => writes(permissionsOf(wf, job)).length > 0 && !onlyPushToMain(job)).map(([name]) => name);
    expect(offending).toEqual([]);
  });

  it("pins every action to a full commit SHA, with its version in a comment", () => {
    const actions = [...jobs.map(([, job]) => job), ...steps].flatMap((s) => (s.uses && !s.uses.startsWith("./") ? [s.uses] : []));
    expect(actions.filter((a) => !FULL_SHA.test(a))).toEqual([]);
    // The text: each `uses: owner/repo@<sha>` line ends with `# v<version>`.
    const lines = text.split("\n").filter((line) => /^\s*(-\s+)?uses:\s*[^.\s]/.test(line));
    expect(lines.length).toBe(actions.length);
    expect(lines.filter((line) => !/@[0-9a-f]{40} # v\d+(\.\d+)*\s*$/.test(line))).toEqual([]);
  });

  it("checks out without persisting credentials", () => {
    const checkouts = steps.filter((s) => s.uses?.split("@")[0] === "actions/checkout");
    expect(checkouts.filter((s) => s.with?.["persist-credentials"] !== false)).toEqual([]);
  });

  it("gives every job a timeout", () => {
    const missing = jobs.filter(([, job]) => !(typeof job["timeout-minutes"] === "number" && job["timeout-minutes"] > 0 && job["timeout-minutes"] <= 120));
    expect(missing.map(([name]) => name)).toEqual([]);
  });

  it("uses no secret in a job a pull request runs", () => {
    const offending = jobs.filter(([, job]) => !onlyPushToMain(job) && /\bsecrets\./.test(JSON.stringify(job))).map(([name]) => name);
    expect(offending).toEqual([]);
  });

  it("expands no expression inside a run: script (values go through env:)", () => {
    expect(steps.filter((s) => s.run?.includes("${{")).map((s) => s.name ?? s.run)).toEqual([]);
  });
});
