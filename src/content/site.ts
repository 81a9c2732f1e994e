/**
 * The site settings, in one place: `content/site.yml` (optional; every field
 * has a default), then environment overrides for the path prefix and base URL.
 */
import type { Diagnostics } from "./diagnostics.ts";
import { parseDocument, LineCounter } from "yaml";
import { normalizePathPrefix } from "../config.ts";

export interface SiteSettings {
  title: string;
  description: string;
  /** Language of the site's pages (BCP 47). */
  language: string;
  /** Absolute origin and path where the site is published, ending in `/`, e.g. https://example.org/frise/. */
  baseUrl: string;
  /** URL path under which pages are served, starting and ending with `/`. */
  pathPrefix: string;
}

export const SITE_FIELDS = ["title", "description", "language", "baseUrl", "pathPrefix"] as const;

const DEFAULTS: SiteSettings = {
  title: "frise",
  description: "Une chronologie sourcée.",
  language: "fr",
  baseUrl: "https://example.org/",
  pathPrefix: "/",
};

export function readSiteSettings(file: string, raw: string | undefined, env: NodeJS.ProcessEnv, diags: Diagnostics): SiteSettings {
  const settings: SiteSettings = { ...DEFAULTS };
  if (raw !== undefined) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(raw, { schema: "core", lineCounter, prettyErrors: false, uniqueKeys: true });
    for (const e of doc.errors) {
      const pos = lineCounter.linePos(e.pos[0]);
      diags.error({ file, line: pos.line, column: pos.col, message: `invalid YAML: ${e.message.split("\n")[0]}` });
    }
    const data: unknown = doc.errors.length ? {} : (doc.toJS() ?? {});
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      diags.error({ file, line: 1, message: "expected a mapping of `field: value` lines" });
    } else {
      for (const [key, value] of Object.entries(data)) {
        const node = doc.get(key, true) as { range?: [number, number, number] } | undefined;
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
        if (!(SITE_FIELDS as readonly string[]).includes(key)) {
          diags.error({ file, line, field: key, message: `unknown field: expected one of ${SITE_FIELDS.join(", ")}` });
        } else if (typeof value !== "string" || value.trim() === "") {
          diags.error({ file, line, field: key, message: "expected a non-empty text" });
        } else {
          settings[key as keyof SiteSettings] = value.trim();
        }
      }
    }
  }
  if (env.FRISE_PATH_PREFIX) settings.pathPrefix = env.FRISE_PATH_PREFIX;
  if (env.FRISE_BASE_URL) settings.baseUrl = env.FRISE_BASE_URL;
  settings.pathPrefix = normalizePathPrefix(settings.pathPrefix);
  try {
    const url = new URL(settings.baseUrl);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("not http");
    settings.baseUrl = url.href.endsWith("/") ? url.href : `${url.href}/`;
  } catch {
    diags.error({ file, field: "baseUrl", message: `"${settings.baseUrl}" is not an absolute http(s) URL: expected e.g. https://example.org/` });
  }
  return settings;
}
