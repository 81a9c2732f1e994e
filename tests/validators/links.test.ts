/**
 * A crawler over HTTP, as a reader would browse: from the home page, follow
 * every internal link; every link and every `#fragment` must resolve, and every
 * generated page must be reachable in at most three clicks. Done for the site at
 * the root and for a preview build served under /preview/pr-1/, for the real
 * site (French) and the English fixture.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, type Served } from "../helpers/serve.ts";
import { buildInto, listFiles, parsePage, SITES, tempDir, type ParsedPage } from "../helpers/site.ts";

const MAX_CLICKS = 3;

interface Crawl {
  /** Clicks from the home page, by URL path (pages only). */
  depth: Map<string, number>;
  broken: string[];
}

/** Breadth-first over `<a href>` (clicks); other `href`/`src` (styles, icons) are only checked. */
async function crawl(server: Served): Promise<Crawl> {
  const start = server.url("/");
  const depth = new Map<string, number>([[new URL(start).pathname, 0]]);
  const pages = new Map<string, ParsedPage | null>();
  const broken: string[] = [];
  const fetched = new Map<string, Promise<{ status: number; type: string; body: string }>>();
  const get = (url: string) => {
    let p = fetched.get(url);
    if (!p) {
      p = fetch(url, { redirect: "manual" }).then(async (r) => ({ status: r.status, type: r.headers.get("content-type") ?? "", body: await r.text() }));
      fetched.set(url, p);
    }
    return p;
  };

  let frontier = [new URL(start).pathname];
  for (let level = 0; frontier.length > 0; level++) {
    const next: string[] = [];
    for (const pathname of frontier) {
      const response = await get(server.origin + pathname);
      const page = response.type.startsWith("text/html") ? parsePage(pathname, response.body) : null;
      pages.set(pathname, page);
      if (!page) continue;
      for (const link of page.links) {
        const url = new URL(link.value, server.origin + pathname);
        if (url.origin !== server.origin) continue; // canonical URLs and outside links: not ours to crawl
        const where = `${pathname}: <${link.tag} ${link.attr}="${link.value}">`;
        if (!url.pathname.startsWith(server.prefix)) {
          broken.push(`${where}: leaves the site's prefix ${server.prefix}`);
          continue;
        }
        const target = await get(url.origin + url.pathname);
        if (target.status !== 200) {
          broken.push(`${where}: HTTP ${target.status}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment) {
          const ids = target.type.startsWith("text/html") ? parsePage(url.pathname, target.body).ids : new Set<string>();
          if (!ids.has(fragment)) broken.push(`${where}: no id "${fragment}" in ${url.pathname}`);
        }
        if (link.tag === "a" && target.type.startsWith("text/html") && !depth.has(url.pathname)) {
          depth.set(url.pathname, level + 1);
          next.push(url.pathname);
        }
      }
    }
    frontier = next;
  }
  return { depth, broken };
}

for (const tested of SITES) for (const prefix of ["/", "/preview/pr-1/"]) {
  describe(`links of the ${tested.name} served under ${prefix}`, () => {
    let site: string;
    let server: Served;
    let result: Crawl;

    beforeAll(async () => {
      site = await buildInto({ FRISE_CONTENT: tested.content, ...(prefix === "/" ? {} : { FRISE_PATH_PREFIX: prefix }) });
      server = await serve(site, prefix);
      result = await crawl(server);
    });

    afterAll(() => server?.close());

    it("has no broken link or missing #fragment", () => {
      expect(result.depth.size).toBeGreaterThan(1);
      expect(result.broken).toEqual([]);
    });

    it(`reaches every generated page from the home page in at most ${MAX_CLICKS} clicks`, () => {
      const report: string[] = [];
      const unreachable: string[] = [];
      const tooDeep: string[] = [];
      for (const file of listFiles(site).filter((f) => f.endsWith(".html") && f !== "404.html")) {
        const pathname = new URL(server.urlOfFile(file)).pathname;
        const clicks = result.depth.get(pathname);
        report.push(`${clicks ?? "∞"}  ${pathname}`);
        if (clicks === undefined) unreachable.push(pathname);
        else if (clicks > MAX_CLICKS) tooDeep.push(`${pathname}: ${clicks} clicks`);
      }
      console.info(`Clicks from the home page (${tested.name}, ${prefix}):\n${report.sort().join("\n")}`);
      expect({ unreachable, tooDeep }).toEqual({ unreachable: [], tooDeep: [] });
    });

    it("declares a CSP header in _headers for every page, the same policy as the page's <meta> plus header-only directives", async () => {
      const wrong: string[] = [];
      for (const file of listFiles(site).filter((f) => f.endsWith(".html"))) {
        const response = await fetch(server.urlOfFile(file));
        const header = response.headers.get("content-security-policy");
        const meta = parsePage(file, await response.text()).elements.find((el) => el.attrs.some((a) => a.name === "http-equiv" && /^content-security-policy$/i.test(a.value)));
        const metaPolicy = meta?.attrs.find((a) => a.name === "content")?.value;
        const directives = (policy: string) => policy.split(";").map((d) => d.trim()).filter(Boolean);
        if (!header || !metaPolicy) wrong.push(`${file}: header ${header ? "present" : "missing"}, <meta> ${metaPolicy ? "present" : "missing"}`);
        else if (directives(metaPolicy).some((d) => !directives(header).includes(d))) wrong.push(`${file}: the header does not enforce the <meta> policy`);
        if (response.headers.get("x-content-type-options") !== "nosniff") wrong.push(`${file}: no X-Content-Type-Options: nosniff`);
      }
      expect(wrong).toEqual([]);
    });

    it("answers a missing page with the site's 404 page", async () => {
      const response = await fetch(server.url("/nulle-part/"));
      expect(response.status).toBe(404);
      expect(await response.text()).toContain(`href="${prefix}assets/style.css"`);
    });
  });
}

describe("the crawler", () => {
  it("is really checking: finds a broken link and a missing fragment, and counts clicks", async () => {
    const dir = tempDir("crawl");
    const page = (body: string) => `<!doctype html><html lang="fr"><title>t</title><body>${body}</body></html>`;
    fs.mkdirSync(path.join(dir, "a", "b", "c", "d"), { recursive: true });
    fs.writeFileSync(path.join(dir, "index.html"), page('<a href="a/">a</a> <a href="/nope/">x</a> <a href="a/#absent">y</a>'));
    fs.writeFileSync(path.join(dir, "a/index.html"), page('<a href="b/">b</a>'));
    fs.writeFileSync(path.join(dir, "a/b/index.html"), page('<a href="c/">c</a>'));
    fs.writeFileSync(path.join(dir, "a/b/c/index.html"), page('<a href="d/">d</a>'));
    fs.writeFileSync(path.join(dir, "a/b/c/d/index.html"), page("deep"));
    const server = await serve(dir);
    try {
      const { depth, broken } = await crawl(server);
      expect(broken).toEqual(['/: <a href="/nope/">: HTTP 404', '/: <a href="a/#absent">: no id "absent" in /a/']);
      expect(depth.get("/a/b/c/d/")).toBe(4);
    } finally {
      await server.close();
    }
  });
});
