/**
 * An event as a self-contained HTML fragment for feeds: its date and place,
 * its cited summary, then its notes (each quote with its source, in the
 * source's language: `lang` when it is not the site's). Every link is
 * absolute, since a feed reader shows the fragment far from the site.
 */
import { convertHtmlToAbsoluteUrls } from "@11ty/eleventy-plugin-rss";
import type { TimelineEvent } from "../model/timeline.ts";
import { renderNotedBody } from "../render/bodies.ts";
import { html } from "../render/html.ts";
import type { SiteModel } from "../site-model.ts";

export async function eventContentHtml(site: SiteModel, event: TimelineEvent): Promise<string> {
  const pageUrl = site.absoluteUrl(event.path);
  // The body's own links (calls to notes, relative links) resolve against the event page.
  const body = await convertHtmlToAbsoluteUrls(renderNotedBody(event), pageUrl);
  const { t } = site;
  const facts = html`<p><strong>${t.colon(t.event.date)}</strong> ${site.formatDate(event.date.value).text}${event.place ? html` · <strong>${t.colon(t.event.place)}</strong> ${event.place.text}` : ""}</p>`;
  const notes = event.notes.length
    ? html`<h2>${t.notes.heading}</h2>
<ol>
${event.notes.map((note) => {
  const source = site.source(note.sourceId);
  const lang = site.langOf(source.language);
  const langAttr = lang ? html` lang="${lang}"` : "";
  return html`<li><q${langAttr}>${note.quote}</q> — <a href="${site.absoluteUrl(source.path)}#${note.passageId}" dir="auto"${source.titleSupplied ? "" : langAttr}>${source.title}</a>${source.outlet ? html`, <bdi>${source.outlet}</bdi>` : ""}</li>`;
})}
</ol>`
    : "";
  return `${facts.value}\n${body}${notes.toString()}`;
}
