/** Every source, by publication date, with how many events cite it. */
import { html } from "../src/render/html.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { plural, sourceLine } from "./_lib/parts.ts";

export const data = { permalink: "/sources/index.html" };

export function render({ frise: site }: { frise: SiteModel }): string {
  const main = html`<h1>Sources</h1>
<p class="lede">Les articles sur lesquels repose la chronologie, tels qu’archivés.</p>
<ul class="sources">
${site.sources.map((source) => html`<li>${sourceLine(site, source)} — ${plural(source.citedBy.length, "événement la cite", "événements la citent")}</li>`)}
</ul>`;
  return page({ site, path: "/sources/", title: "Sources", description: "Les articles sur lesquels repose la chronologie.", main, breadcrumbs: [{ label: "Chronologie", path: "/" }] });
}
