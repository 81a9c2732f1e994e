/** The page static hosts serve for a missing URL. */
import { html } from "../src/render/html.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";

export const data = { permalink: "/404.html" };

export function render({ frise: site }: { frise: SiteModel }): string {
  const main = html`<h1>Page introuvable</h1>
<p>Cette adresse ne correspond à aucune page de la chronologie. Elle a peut-être été déplacée.</p>
<p><a href="${site.href("/")}">Revenir à la chronologie</a> ou <a href="${site.href("/sources/")}">consulter les sources</a>.</p>`;
  return page({ site, path: "/404.html", title: "Page introuvable", description: "Page introuvable.", main });
}
