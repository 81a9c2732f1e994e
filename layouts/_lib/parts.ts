/** Small pieces of markup shared by several templates. */
import { formatEventDate } from "../../src/render/format-date.ts";
import { html, type SafeHtml } from "../../src/render/html.ts";
import type { EventDate } from "../../src/model/dates.ts";
import type { TimelineSource } from "../../src/model/timeline.ts";
import type { SiteModel } from "../../src/site-model.ts";

/** A date label with each real date in `<time datetime>`. */
export function dateHtml(date: EventDate): SafeHtml {
  return html`${formatEventDate(date).parts.map((part) =>
    part.datetime ? html`<time datetime="${part.datetime}">${part.text}</time>` : part.text,
  )}`;
}

const languageNames = new Intl.DisplayNames(["fr"], { type: "language" });

export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Titre, Média, avril 2025" with the title linked to the source page. */
export function sourceLine(site: SiteModel, source: TimelineSource, fragment = ""): SafeHtml {
  return html`<a href="${site.href(source.path)}${fragment}">${source.title}</a>, <span class="outlet">${source.outlet ?? "média non identifié"}</span>, ${dateHtml({ kind: "point", point: source.published })}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
