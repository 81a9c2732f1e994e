/**
 * The real browser for tests: Debian's Chromium driven by playwright-core (no
 * browser download). `describeBrowser` skips loudly when Chromium is missing on
 * a developer machine, and fails when it is missing in CI, so a CI run never
 * passes without having looked at the pages. `PageWatch` records everything a
 * page does that it should not: console messages, script errors, failed or
 * off-site requests, dialogs, Content-Security-Policy violations.
 */
import { CHROMIUM_FLAGS, findChromium } from "../../src/cli/chromium.ts";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { serve, type Served } from "./serve.ts";
import { buildInto, listFiles } from "./site.ts";

export { CHROMIUM_FLAGS, findChromium };

/** A site built, served over HTTP with its `_headers`, and Chromium, for one test file. */
export interface BuiltSite {
  dir: string;
  /** Every HTML page, relative to `dir`. */
  pages: string[];
  server: Served;
  browser: Browser;
}

/**
 * Sets up a `BuiltSite` before the file's tests (filled in by then) and closes it
 * after them; with `prefix`, the site is built and served under that path prefix;
 * with `content`, from that content folder (the English fixture) instead of content/.
 */
export function builtSiteInBrowser(prefix = "/", content?: string): BuiltSite {
  const built = {} as BuiltSite;
  beforeAll(async () => {
    built.dir = await buildInto({ ...(prefix === "/" ? {} : { FRISE_PATH_PREFIX: prefix }), ...(content ? { FRISE_CONTENT: content } : {}) });
    built.pages = listFiles(built.dir).filter((f) => f.endsWith(".html"));
    built.server = await serve(built.dir, prefix);
    built.browser = await launchBrowser();
  });
  afterAll(async () => {
    await built.browser?.close();
    await built.server?.close();
  });
  return built;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("Chromium not found: set FRISE_CHROMIUM or install it (apt-get install -y chromium)");
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}

/**
 * `describe` for tests that need Chromium. Without it: a loud skip on a
 * developer machine, a failing test when CI=true.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (findChromium()) {
    describe(name, body);
    return;
  }
  const why = "Chromium not found (FRISE_CHROMIUM, /usr/bin/chromium or `chromium` on PATH)";
  if (process.env.CI === "true") {
    describe(name, () => {
      it("needs Chromium in CI", () => {
        throw new Error(`${why}: browser tests cannot be skipped in CI`);
      });
    });
    return;
  }
  console.warn(
    [
      "",
      "!".repeat(78),
      `!! SKIPPED browser tests "${name}": ${why}.`,
      "!! Install it (apt-get install -y chromium) or set FRISE_CHROMIUM to run them.",
      "!".repeat(78),
      "",
    ].join("\n"),
  );
  describe.skip(name, body);
}

/** Reports CSP violations the page sees (runs before any page script; CDP init scripts are not subject to the CSP). */
function recordCspViolations(): void {
  const seen: string[] = [];
  Object.defineProperty(window, "__friseCsp", { value: seen });
  document.addEventListener(
    "securitypolicyviolation",
    (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    true,
  );
}

/** A context whose pages report CSP violations. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  if (options.javaScriptEnabled !== false) await context.addInitScript(recordCspViolations);
  return context;
}

export interface Visit {
  status: number;
  /** Everything that went wrong during this visit, one line each. */
  problems: string[];
  /** Every console message, whatever its level. */
  messages: string[];
  dialogs: string[];
}

/**
 * Watches one page across visits. Requests to any host but the test server are
 * aborted (nothing leaves the machine) and reported.
 */
export class PageWatch {
  private problems: string[] = [];
  private messages: string[] = [];
  private dialogs: string[] = [];
  private readonly host: string;
  /** Own requests not yet finished: a visit waits for them, so a late favicon is checked too. */
  private readonly pending = new Set<unknown>();
  /** Which visit started each request: leaving a page aborts its late requests (a favicon), which is no fault. */
  private readonly startedIn = new WeakMap<object, number>();
  private visits = 0;
  private navigating = false;

  private constructor(
    readonly page: Page,
    origin: string,
  ) {
    this.host = new URL(origin).host;
    page.on("console", (m) => {
      const where = m.location().url ? ` (${m.location().url}:${m.location().lineNumber})` : "";
      this.messages.push(`console.${m.type()}: ${m.text()}${where}`);
      // Chromium logs the 404 of the page itself; that one is expected when visiting a missing page.
      const expected = m.location().url === this.expectedFailure && /status of 404/.test(m.text());
      if ((m.type() === "error" || m.type() === "warning") && !expected) this.problems.push(`console.${m.type()}: ${m.text()}${where}`);
    });
    page.on("request", (r) => {
      this.startedIn.set(r, this.visits);
      if (this.isOwn(r.url())) this.pending.add(r);
    });
    page.on("requestfinished", (r) => this.pending.delete(r));
    page.on("pageerror", (e) => this.problems.push(`script error: ${e.message}`));
    page.on("dialog", (d) => {
      this.dialogs.push(`${d.type()}: ${d.message()}`);
      this.problems.push(`dialog ${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    page.on("requestfailed", (r) => {
      this.pending.delete(r);
      const leftBehind = r.failure()?.errorText === "net::ERR_ABORTED" && (this.navigating || (this.startedIn.get(r) ?? this.visits) < this.visits);
      if (this.isOwn(r.url()) && !leftBehind) this.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? "?"})`);
    });
    page.on("response", (r) => {
      if (r.status() >= 400 && r.request().frame() === page.mainFrame() && r.url() !== this.expectedFailure) {
        this.problems.push(`HTTP ${r.status()}: ${r.url()}`);
      }
    });
  }

  private expectedFailure: string | undefined;

  private isOwn(url: string): boolean {
    try {
      const u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") && u.host === this.host;
    } catch {
      return false;
    }
  }

  static async open(context: BrowserContext, origin: string): Promise<PageWatch> {
    const page = await context.newPage();
    const watch = new PageWatch(page, origin);
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (watch.isOwn(url)) return route.continue();
      watch.problems.push(`request to another host: ${url}`);
      return route.abort("blockedbyclient");
    });
    return watch;
  }

  /** Loads a page and returns what went wrong. `expectStatus` other than 200 is for the 404 page. */
  async visit(url: string, expectStatus = 200): Promise<Visit> {
    this.problems = [];
    this.messages = [];
    this.dialogs = [];
    this.pending.clear();
    this.visits++;
    this.expectedFailure = expectStatus === 200 ? undefined : url;
    this.navigating = true;
    const response = await this.page.goto(url, { waitUntil: "load" }).finally(() => (this.navigating = false));
    const status = response?.status() ?? 0;
    if (status !== expectStatus) this.problems.push(`status ${status}, expected ${expectStatus}: ${url}`);
    return { status, ...(await this.collected()) };
  }

  /**
   * What went wrong since the last visit started, once own requests are done:
   * call again after making the page do something (a search, a click).
   */
  async collected(): Promise<Omit<Visit, "status">> {
    for (let waited = 0; this.pending.size > 0 && waited < 5_000; waited += 25) await new Promise((r) => setTimeout(r, 25));
    const problems = [...this.problems];
    if (this.pending.size > 0) problems.push(`requests still pending 5 s after load: ${this.pending.size}`);
    const csp = await this.page
      .evaluate(() => (window as unknown as { __friseCsp?: string[] }).__friseCsp ?? [])
      .catch(() => [] as string[]);
    for (const violation of csp) problems.push(`CSP violation: ${violation}`);
    return { problems, messages: [...this.messages], dialogs: [...this.dialogs] };
  }
}
