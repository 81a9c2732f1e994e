/** One index page per kind of entity: every entity with its number of events. */
import { html } from "../src/render/html.ts";
import type { EntityKind } from "../src/content/schema.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { fillText } from "../src/i18n/fill.ts";

export const data = {
  pagination: { data: "frise.kinds", size: 1, alias: "kind" },
  permalink: ({ kind, frise }: { kind: EntityKind; frise: SiteModel }) => `${frise.paths.kindIndex(kind)}index.html`,
};

export function render({ frise: site, kind }: { frise: SiteModel; kind: EntityKind }): string {
  const { t } = site;
  const info = t.kinds[kind];
  const entities = site.entitiesOf(kind);
  const main = html`<h1>${info.plural}</h1>
<ul class="entity-index">
${entities.map((e) => html`<li><a href="${site.href(e.path)}" dir="auto">${e.name}</a> <span class="count">(${t.counts.events(e.eventIds.length)})</span></li>`)}
</ul>`;
  return page({
    site,
    path: site.paths.kindIndex(kind),
    title: info.plural,
    description: fillText(t.entity.indexDescription, { kinds: info.plural }),
    main,
    breadcrumbs: [{ label: t.shell.timeline, path: "/" }],
  });
}
