/**
 * Hostile `site.yml` and environment: every value that once reached a page, a
 * header file or a calendar unchecked. Each is now an error at its
 * `path:line:column`, and the writers refuse or escape it even if it got through.
 */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/content/diagnostics.ts";
import { checkLanguage, ENVIRONMENT } from "../../src/content/site.ts";
import { icsText } from "../../src/outputs/ics.ts";
import { headersFile } from "../../src/outputs/csp.ts";
import { contentFolder, failWith, findError, loadFail, loadOk } from "../helpers/content.ts";

const site = (yaml: string) => failWith({ "site.yml": yaml });

describe("site.yml: language", () => {
  it("refuses a 40-character tag (it made Pagefind panic) at its line and column", () => {
    const failure = site(`title: Frise\nlanguage: ${"abcdefgh-".repeat(4)}abcd\n`);
    const error = findError(failure, { file: "site.yml", line: 2, field: "language", message: /is not a language tag: expected a BCP 47 tag/ });
    expect(error.column).toBe(11);
  });

  it.each([["fr\\r\\nATTACH:http://evil.example/x"], ["fr FR"], ["français"], ["f"], ["en-GB-oxendict-x-private"], ["12"]])("refuses %s", (value) => {
    findError(site(`language: "${value}"\n`), { file: "site.yml", line: 1, field: "language", message: /is not a language tag/ });
  });

  it.each([
    ["fr", "fr"],
    ["en-gb", "en-GB"],
    ["fr-ca", "fr-CA"],
  ])("accepts %s as %s", (value, canonical) => {
    expect(loadOk(contentFolder({ "site.yml": `language: ${value}\n` })).timeline.site.language).toBe(canonical);
  });

  it.each([
    ["sr-latn-rs", "sr-Latn-RS"],
    ["es-419", "es-419"],
  ])("reads %s as the BCP 47 tag %s", (value, canonical) => {
    expect(checkLanguage(value)).toEqual({ ok: true, value: canonical });
  });

  it("refuses a well-formed tag of a language frise has no interface for, at its line", () => {
    findError(site("title: Frise\nlanguage: de\n"), { file: "site.yml", line: 2, field: "language", message: /"de" has no interface catalogue: expected a tag of fr or en/ });
  });
});

describe("site.yml: pathPrefix", () => {
  it.each([
    ["\\\\evil.example", "a backslash (browsers read it as //evil.example)"],
    ["/a b/", "a space"],
    ["/x\\n/*\\n  Content-Security-Policy: default-src *", "a line break (it wrote rules into _headers)"],
    ["/../up/", "a dot-dot segment"],
    ["/%2e%2e/", "percent-encoding"],
    ["https://evil.example/", "a whole URL"],
    ["/a?b", "a query"],
  ])("refuses %s (%s)", (value) => {
    findError(site(`pathPrefix: "${value}"\n`), { file: "site.yml", line: 1, field: "pathPrefix", message: /is not a URL path/ });
  });

  it.each([
    ["preview/pr-1", "/preview/pr-1/"],
    ["/frise/", "/frise/"],
    ["/", "/"],
    ["/a.b_c~d/", "/a.b_c~d/"],
    // Slashes collapse: the prefix can never become protocol-relative (//host/).
    ["//evil.example/x", "/evil.example/x/"],
  ])("accepts %s as %s", (value, normalised) => {
    expect(loadOk(contentFolder({ "site.yml": `pathPrefix: "${value}"\n` })).timeline.site.pathPrefix).toBe(normalised);
  });
});

describe("site.yml: baseUrl", () => {
  it.each([
    ["ftp://example.org/", /is not an absolute http\(s\) URL/],
    ["https://user:secret@example.org/", /holds a user name or password/],
    ["https://example.org/?utm=x", /has a query or fragment/],
    ["https://example.org/#top", /has a query or fragment/],
    ["https:\\\\\\\\evil.example", /backslashes/],
    ["https://example.org/a b", /spaces/],
    ["/relative/", /is not an absolute http\(s\) URL/],
    ["javascript:alert(1)", /is not an absolute http\(s\) URL/],
  ])("refuses %s", (value, message) => {
    findError(site(`baseUrl: "${value}"\n`), { file: "site.yml", line: 1, field: "baseUrl", message });
  });
});

describe("site.yml: title and description", () => {
  it.each([["title"], ["description"]])("refuses a control character in %s, naming it", (field) => {
    const failure = site(`language: fr\n${field}: "Frise\\r\\nATTACH:x"\n`);
    findError(failure, { file: "site.yml", line: 2, field, message: /contains the character U\+000D .*expected one line of plain text/ });
  });

  it("refuses a lone surrogate and a non-character", () => {
    findError(site('title: "A\\uD800B"\n'), { file: "site.yml", line: 1, field: "title", message: /U\+D800/ });
    findError(site('description: "A\\uFFFEB"\n'), { file: "site.yml", line: 1, field: "description", message: /U\+FFFE/ });
  });

  it("keeps a title as written: 007 stays 007", () => {
    expect(loadOk(contentFolder({ "site.yml": "title: 007\ndescription: 12.50\n" })).timeline.site).toMatchObject({ title: "007", description: "12.50" });
  });

  it("reports an alias bomb as a YAML error of site.yml", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`), "title: *g"].join("\n");
    findError(site(bomb), { file: "site.yml", line: 1, message: /aliases .* repeat into too many values/ });
  });
});

describe("FRISE_PATH_PREFIX and FRISE_BASE_URL follow the same rules", () => {
  const dir = contentFolder();

  it("refuses a hostile FRISE_PATH_PREFIX, naming the variable", () => {
    const failure = loadFail(dir, { FRISE_PATH_PREFIX: "\\evil.example" });
    const error = failure.errors.find((d) => d.field === "FRISE_PATH_PREFIX");
    expect(error && formatDiagnostic(error)).toMatch(/^environment:1:1: error: FRISE_PATH_PREFIX: "\\evil\.example" is not a URL path/);
    expect(error?.file).toBe(ENVIRONMENT);
  });

  it("refuses a FRISE_BASE_URL with credentials", () => {
    const failure = loadFail(dir, { FRISE_BASE_URL: "https://token:x@example.org/" });
    expect(failure.lines.join("\n")).toMatch(/^environment:1:1: error: FRISE_BASE_URL: .* holds a user name or password/m);
  });

  it("accepts and normalises good values", () => {
    const { timeline } = loadOk(dir, { FRISE_PATH_PREFIX: "preview/pr-7", FRISE_BASE_URL: "https://example.net/x" });
    expect(timeline.site).toMatchObject({ pathPrefix: "/preview/pr-7/", baseUrl: "https://example.net/x/" });
  });
});

describe("the writers are a last line of defence", () => {
  it("_headers refuses a path prefix that would write another rule", () => {
    expect(() => headersFile("/x\n/*\n  Content-Security-Policy: default-src *\n")).toThrow(/refusing path prefix/);
    expect(headersFile("/preview/pr-1/")).toMatch(/^\/preview\/pr-1\/\*\n {2}Content-Security-Policy: /);
  });

  it("a calendar TEXT value cannot start a new property", () => {
    expect(icsText("FR\r\nATTACH:http://evil.example/")).toBe("FR\\nATTACH:http://evil.example/");
  });
});
