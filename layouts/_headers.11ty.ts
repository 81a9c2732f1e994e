/** `_headers` for static hosts: the CSP and other security headers (see src/outputs/csp.ts). */
import { headersFile } from "../src/outputs/csp.ts";
import type { SiteModel } from "../src/site-model.ts";

export const data = { permalink: "/_headers", eleventyExcludeFromCollections: true };

export function render({ frise: site }: { frise: SiteModel }): string {
  return headersFile(site.settings.pathPrefix);
}
