/**
 * The search page: a plain GET form, enhanced by assets/search.js (Pagefind).
 * Filters are built here from the model, so the page reads the same with or
 * without JavaScript, and always offers the archives and indexes.
 */
import { html } from "../src/render/html.ts";
import { KINDS, kindIndexPath } from "../src/model/entities.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";

export const data = { permalink: "/recherche/index.html" };

export const SEARCH_PATH = "/recherche/";

export function render({ frise: site }: { frise: SiteModel }): string {
  const types = ["Événement", "Source", ...site.kinds.map((k) => KINDS[k].singular)];
  const topics = site.entitiesOf("topic");
  const main = html`<h1>Recherche</h1>
<form class="search" role="search" action="${site.href(SEARCH_PATH)}" method="get" data-search>
<p><label for="q">Mots à rechercher</label> <input id="q" name="q" type="search" required></p>
<p><label for="type">Type</label> <select id="type" name="type"><option value="">Tous</option>${types.map((t) => html`<option>${t}</option>`)}</select>
${topics.length ? html`<label for="theme">Thème</label> <select id="theme" name="theme"><option value="">Tous</option>${topics.map((t) => html`<option dir="auto">${t.name}</option>`)}</select>` : ""}</p>
<p><button type="submit">Rechercher</button></p>
</form>
<p id="statut-recherche" role="status"></p>
<div id="resultats"></div>
<section aria-labelledby="parcourir">
<h2 id="parcourir">Parcourir sans rechercher</h2>
<p>La recherche s’exécute dans le navigateur (JavaScript). Tout le contenu reste accessible par la <a href="${site.href("/")}">chronologie</a> et ses archives, les <a href="${site.href("/sources/")}">sources</a> et les index :</p>
<ul>${site.kinds.map((k) => html`<li><a href="${site.href(kindIndexPath(k))}">${KINDS[k].plural}</a></li>`)}</ul>
</section>
<script type="module" src="${site.href("/assets/search.js")}"></script>`;
  return page({ site, path: SEARCH_PATH, title: "Recherche", description: "Rechercher dans les événements, les sources et les fiches de la chronologie.", main, breadcrumbs: [{ label: "Chronologie", path: "/" }] });
}
