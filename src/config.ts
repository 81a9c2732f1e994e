/**
 * Where things are and how the site is addressed. Defaults suit a checkout;
 * environment variables let tests, previews and benchmarks build other
 * content into other folders under another prefix.
 *
 *   FRISE_CONTENT      content folder         (default: content)
 *   FRISE_OUTPUT       output folder          (default: _site)
 *   FRISE_PATH_PREFIX  URL path of the site   (default: site.yml's pathPrefix, else /)
 *   FRISE_BASE_URL     absolute site origin   (default: site.yml's baseUrl)
 */
import path from "node:path";

export interface BuildPaths {
  contentDir: string;
  outputDir: string;
}

export function buildPaths(env: NodeJS.ProcessEnv = process.env): BuildPaths {
  return {
    contentDir: path.resolve(env.FRISE_CONTENT || "content"),
    outputDir: path.resolve(env.FRISE_OUTPUT || "_site"),
  };
}

/** `preview/pr-1` → `/preview/pr-1/`; empty → `/`. */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}
