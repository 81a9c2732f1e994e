/** One page per entity: what the sources say of it, and every event that names it, in order. */
import { html, raw } from "../src/render/html.ts";
import { renderNotedBody } from "../src/render/bodies.ts";
import { KINDS, kindIndexPath } from "../src/model/entities.ts";
import type { TimelineEntity } from "../src/model/timeline.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { eventItem, notesSection, plural } from "./_lib/parts.ts";

export const data = {
  pagination: { data: "frise.entities", size: 1, alias: "entity" },
  permalink: ({ entity }: { entity: TimelineEntity }) => `${entity.path}index.html`,
};

export function render({ frise: site, entity }: { frise: SiteModel; entity: TimelineEntity }): string {
  const kind = KINDS[entity.kind];
  const description = renderNotedBody(entity).trim();
  const main = html`<article class="entity" data-pagefind-body data-pagefind-filter="${`Type:${kind.singular}`}">
<header>
<p class="kicker">${kind.singular}</p>
<h1>${entity.name}</h1>
${entity.aliases.length ? html`<p class="aliases">Aussi écrit : ${entity.aliases.map((a, i) => html`${i > 0 ? ", " : ""}« ${a} »`)}</p>` : ""}
</header>
${description ? html`<section class="body" aria-labelledby="presentation"><h2 id="presentation">Présentation</h2>${raw(description)}</section>` : ""}
<section aria-labelledby="evenements" data-pagefind-ignore>
<h2 id="evenements">Événements (${entity.eventIds.length})</h2>
${entity.eventIds.length ? html`<ol class="events">${entity.eventIds.map((id) => eventItem(site, id))}</ol>` : html`<p>Aucun événement ne le mentionne encore.</p>`}
</section>
${notesSection(site, entity.notes)}
</article>`;
  return page({
    site,
    path: entity.path,
    title: entity.name,
    description: `${kind.singular} : ${entity.name}. ${plural(entity.eventIds.length, "événement", "événements")} de la chronologie.`,
    main,
    breadcrumbs: [{ label: kind.plural, path: kindIndexPath(entity.kind) }],
  });
}
