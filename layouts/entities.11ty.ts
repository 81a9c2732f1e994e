/** One index page per kind of entity: every entity with its number of events. */
import { html } from "../src/render/html.ts";
import { KINDS, kindIndexPath } from "../src/model/entities.ts";
import type { EntityKind } from "../src/content/schema.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { plural } from "./_lib/parts.ts";

export const data = {
  pagination: { data: "frise.kinds", size: 1, alias: "kind" },
  permalink: ({ kind }: { kind: EntityKind }) => `${kindIndexPath(kind)}index.html`,
};

export function render({ frise: site, kind }: { frise: SiteModel; kind: EntityKind }): string {
  const info = KINDS[kind];
  const entities = site.entitiesOf(kind);
  const main = html`<h1>${info.plural}</h1>
<ul class="entity-index">
${entities.map((e) => html`<li><a href="${site.href(e.path)}" dir="auto">${e.name}</a> <span class="count">(${plural(e.eventIds.length, "événement", "événements")})</span></li>`)}
</ul>`;
  return page({
    site,
    path: kindIndexPath(kind),
    title: info.plural,
    description: `${info.plural} de la chronologie, avec leurs événements.`,
    main,
    breadcrumbs: [{ label: "Chronologie", path: "/" }],
  });
}
