/** Every source, by publication date, with how many events cite it. */
import { html } from "../src/render/html.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { sourceLine } from "./_lib/parts.ts";

export const data = { permalink: ({ frise }: { frise: SiteModel }) => `${frise.paths.sources}index.html` };

export function render({ frise: site }: { frise: SiteModel }): string {
  const { t } = site;
  const main = html`<h1>${t.shell.sources}</h1>
<p class="lede">${t.source.indexLede}</p>
<ul class="sources">
${site.sources.map((source) => html`<li>${sourceLine(site, source)} — ${t.counts.citingEvents(source.citedBy.length)}</li>`)}
</ul>`;
  return page({ site, path: site.paths.sources, title: t.shell.sources, description: t.source.indexDescription, main, breadcrumbs: [{ label: t.shell.timeline, path: "/" }] });
}
