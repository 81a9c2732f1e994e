/**
 * The site settings, in one place: `content/site.yml` (optional; every field
 * has a default), then environment overrides for the path prefix and base URL.
 *
 * `site.yml` arrives in pull requests like the rest of the content, and its
 * values are written into every page, header file and calendar: each field is
 * validated to its exact form (a language tag, a URL path, an http(s) URL,
 * one line of text) and reported at `path:line:column` like any other field.
 */
import { LineCounter, parseDocument } from "yaml";
import { hasCatalogue, unsupportedLanguageMessage } from "../i18n/index.ts";
import type { Diagnostics } from "./diagnostics.ts";
import { MAX_ALIAS_COUNT, YAML_OPTIONS, yamlErrors } from "./frontmatter.ts";

export interface SiteSettings {
  title: string;
  description: string;
  /** Language of the site's pages: a BCP 47 tag (language, optional script and region). */
  language: string;
  /** Absolute origin and path where the site is published, ending in `/`, e.g. https://example.org/frise/. */
  baseUrl: string;
  /** URL path under which pages are served, starting and ending with `/`. */
  pathPrefix: string;
}

export const SITE_FIELDS = ["title", "description", "language", "baseUrl", "pathPrefix"] as const;
type Field = (typeof SITE_FIELDS)[number];

const DEFAULTS: SiteSettings = {
  title: "frise",
  description: "Une chronologie sourcée.",
  language: "fr",
  baseUrl: "https://example.org/",
  pathPrefix: "/",
};

/** Where a problem with an environment variable is reported. */
export const ENVIRONMENT = "environment";

/**
 * The BCP 47 tags a site may declare: a language (2–3 letters), then an
 * optional script (4 letters) and region (2 letters or 3 digits), e.g. `fr`,
 * `en-GB`, `sr-Latn-RS`. Variants, extensions and private use are left out:
 * no newsroom needs them for a page language, and tools downstream (search
 * stemming, calendars) choke on long tags.
 */
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-(?:[a-zA-Z]{2}|\d{3}))?$/;

/** A URL path of plain segments: RFC 3986 unreserved characters only, slashes between. */
const PATH_PREFIX = /^\/*(?:[A-Za-z0-9._~-]+\/+)*[A-Za-z0-9._~-]*$/;

/** Control characters (line breaks and tabs among them), bidi controls, U+FFFD, lone surrogates and non-characters (every plane's U+xFFFE/U+xFFFF). */
const NOT_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\uFDD0-\uFDEF\uFFFD-\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

type Check = (value: string) => { ok: true; value: string } | { ok: false; message: string };

export const oneLine: Check = (value) => {
  const bad = NOT_ONE_LINE.exec(value);
  return bad
    ? { ok: false, message: `contains the character ${codePoint(bad[0])} (a control, bidi or non-character): expected one line of plain text` }
    : { ok: true, value };
};

export const checkLanguage: Check = (value) => {
  if (!LANGUAGE_TAG.test(value)) {
    return { ok: false, message: `"${value}" is not a language tag: expected a BCP 47 tag such as fr, en or pt-BR (language, then optionally script and region)` };
  }
  return { ok: true, value: Intl.getCanonicalLocales(value)[0]! };
};

/** A language tag frise has an interface for (`fr`, `en-GB`): the site's pages are written in it. */
export const checkSiteLanguage: Check = (value) => {
  const result = checkLanguage(value);
  if (result.ok && !hasCatalogue(result.value)) return { ok: false, message: unsupportedLanguageMessage(result.value) };
  return result;
};

export const checkPathPrefix: Check = (value) => {
  const segments = value.split("/").filter((s) => s !== "");
  if (!PATH_PREFIX.test(value) || segments.some((s) => s === "." || s === "..")) {
    return {
      ok: false,
      message: `"${value}" is not a URL path: expected segments of letters, digits, "-", ".", "_" or "~" between slashes, such as /frise/ or /preview/pr-1/`,
    };
  }
  return { ok: true, value: segments.length ? `/${segments.join("/")}/` : "/" };
};

export const checkBaseUrl: Check = (value) => {
  const expected = "expected an absolute http:// or https:// address such as https://example.org/";
  // The URL parser would quietly turn `\` into `/` and drop whitespace: refuse them instead.
  if (/[\s\\]/.test(value) || NOT_ONE_LINE.test(value)) return { ok: false, message: `"${value}" has spaces, backslashes or control characters: ${expected}` };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: `"${value}" is not an absolute http(s) URL: ${expected}` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, message: `"${value}" is not an absolute http(s) URL: ${expected}` };
  if (url.username || url.password) return { ok: false, message: `"${value}" holds a user name or password: ${expected}, without credentials` };
  if (url.search || url.hash || value.includes("?") || value.includes("#")) {
    return { ok: false, message: `"${value}" has a query or fragment: ${expected}, ending with the site's path` };
  }
  return { ok: true, value: url.href.endsWith("/") ? url.href : `${url.href}/` };
};

const CHECKS: Record<Field, Check> = { title: oneLine, description: oneLine, language: checkSiteLanguage, baseUrl: checkBaseUrl, pathPrefix: checkPathPrefix };

/** Environment variables that override a setting, and how. */
const OVERRIDES = [
  ["FRISE_PATH_PREFIX", "pathPrefix"],
  ["FRISE_BASE_URL", "baseUrl"],
] as const;

export function readSiteSettings(file: string, raw: string | undefined, env: NodeJS.ProcessEnv, diags: Diagnostics): SiteSettings {
  const settings: SiteSettings = { ...DEFAULTS };
  if (raw !== undefined) readFile(file, raw, settings, diags);
  for (const [variable, field] of OVERRIDES) {
    const value = env[variable];
    if (!value) continue;
    const result = CHECKS[field](value);
    if (result.ok) settings[field] = result.value;
    else diags.error({ file: ENVIRONMENT, field: variable, message: result.message });
  }
  return settings;
}

function readFile(file: string, raw: string, settings: SiteSettings, diags: Diagnostics): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw.replace(/^\uFEFF/, ""), { ...YAML_OPTIONS, lineCounter });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length) {
    for (const e of yamlErrors(doc, lineCounter)) diags.error({ file, ...e });
    return;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch {
    diags.error({ file, line: 1, message: "invalid YAML: its aliases (*name) repeat into too many values: write the values out instead" });
    return;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    diags.error({ file, line: 1, message: "expected a mapping of `field: value` lines" });
    return;
  }
  for (const [key, value] of Object.entries(data)) {
    const node = doc.get(key, true) as { range?: [number, number, number] } | undefined;
    const keyNode = (doc.contents as { items?: { key: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items?.find((p) => p.key?.value === key)?.key;
    const position = node?.range ? at(node.range[0]) : keyNode?.range ? at(keyNode.range[0]) : { line: 1, column: 1 };
    if (!(SITE_FIELDS as readonly string[]).includes(key)) {
      diags.error({ file, ...(keyNode?.range ? at(keyNode.range[0]) : position), field: key, message: `unknown field: expected one of ${SITE_FIELDS.join(", ")}` });
      continue;
    }
    if (typeof value !== "string" || value.trim() === "") {
      diags.error({ file, ...position, field: key, message: "expected a non-empty text" });
      continue;
    }
    const result = CHECKS[key as Field](value.trim());
    if (result.ok) settings[key as Field] = result.value;
    else diags.error({ file, ...position, field: key, message: result.message });
  }
}
