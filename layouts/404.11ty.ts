/** The page static hosts serve for a missing URL. */
import { html } from "../src/render/html.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { filled } from "./_lib/parts.ts";

export const data = { permalink: "/404.html" };

export function render({ frise: site }: { frise: SiteModel }): string {
  const { notFound } = site.t;
  const main = html`<h1>${notFound.title}</h1>
<p>${notFound.text}</p>
<p>${filled(notFound.links, { home: html`<a href="${site.href("/")}">${notFound.home}</a>`, sources: html`<a href="${site.href(site.paths.sources)}">${notFound.sources}</a>` })}</p>`;
  return page({ site, path: "/404.html", title: notFound.title, description: notFound.description, main });
}
