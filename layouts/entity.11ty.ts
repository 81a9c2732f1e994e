/**
 * One page per entity: what the sources say of it, and every event that names it,
 * in order; past ENTITY_PAGE_SIZE events the list continues on numbered pages.
 */
import { html, isolateText, raw, type SafeHtml } from "../src/render/html.ts";
import { renderNotedBody } from "../src/render/bodies.ts";
import { fillText } from "../src/i18n/fill.ts";
import { ENTITY_PAGE_SIZE, entityPagePath } from "../src/model/entities.ts";
import type { EntityPage, SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { eventItem, filled, notesSection } from "./_lib/parts.ts";

export const data = {
  pagination: { data: "frise.entityPages", size: 1, alias: "entityPage" },
  permalink: ({ entityPage }: { entityPage: EntityPage }) => `${entityPage.path}index.html`,
};

function pageLinks(site: SiteModel, { entity, page, pages }: EntityPage): SafeHtml | "" {
  if (pages === 1) return "";
  return html`<nav class="pages" aria-label="${site.t.entity.listPages}"><ul class="inline-list">${Array.from({ length: pages }, (_, i) =>
    i + 1 === page ? html`<li><a href="#${site.t.ids.events}" aria-current="page">${i + 1}</a></li>` : html`<li><a href="${site.href(entityPagePath(entity.path, i + 1))}">${i + 1}</a></li>`,
  )}</ul></nav>`;
}

export function render({ frise: site, entityPage }: { frise: SiteModel; entityPage: EntityPage }): string {
  const { entity, page: number, eventIds } = entityPage;
  const first = number === 1;
  const { t } = site;
  const kind = t.kinds[entity.kind];
  const description = first ? renderNotedBody(entity).trim() : "";
  const from = (number - 1) * ENTITY_PAGE_SIZE + 1;
  const main = html`<article class="entity">
<header>
<p class="kicker">${kind.singular}</p>
<h1 dir="auto">${entity.name}</h1>
${entity.aliases.length ? html`<p class="aliases">${filled(t.entity.alsoWritten, { names: entity.aliases.map((a, i) => html`${i > 0 ? ", " : ""}${filled(t.quote, { text: html`<bdi>${a}</bdi>` })}`) })}</p>` : ""}
</header>
${description ? html`<section class="body" aria-labelledby="${t.ids.description}"><h2 id="${t.ids.description}">${t.entity.description}</h2>${raw(description)}</section>` : ""}
<section aria-labelledby="${t.ids.events}">
<h2 id="${t.ids.events}">${t.entity.events(entity.eventIds.length)}${entityPage.pages > 1 ? t.entity.range(from, from + eventIds.length - 1) : ""}</h2>
${eventIds.length ? html`<ol class="events" start="${from}">${eventIds.map((id) => eventItem(site, id))}</ol>` : html`<p>${t.entity.noEvents}</p>`}
${pageLinks(site, entityPage)}
</section>
${first ? notesSection(site, entity.notes) : ""}
</article>`;
  return page({
    site,
    path: entityPage.path,
    title: first ? entity.name : fillText(t.entity.pageTitle, { name: isolateText(entity.name), page: number }),
    description: fillText(t.entity.pageDescription, { kind: kind.singular, name: isolateText(entity.name), events: t.counts.events(entity.eventIds.length) }),
    main,
    breadcrumbs: [{ label: kind.plural, path: site.paths.kindIndex(entity.kind) }],
  });
}
