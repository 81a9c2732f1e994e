/**
 * What templates receive: the timeline plus the few helpers every page needs
 * (links under the path prefix, absolute URLs, lookups by id). A class, not a
 * plain object, so Eleventy passes it by reference instead of merging it into
 * every page's data.
 */
import type { Timeline, TimelineEvent, TimelineSource } from "./model/timeline.ts";

export class SiteModel {
  constructor(readonly timeline: Timeline) {}

  get settings() {
    return this.timeline.site;
  }

  get events(): TimelineEvent[] {
    return this.timeline.events;
  }

  get sources(): TimelineSource[] {
    return this.timeline.sources;
  }

  /** A site path (`/evenements/x/`) as a link under the path prefix. */
  href(path: string): string {
    return this.settings.pathPrefix + path.replace(/^\//, "");
  }

  /** A site path as an absolute URL under the configured base URL. */
  absoluteUrl(path: string): string {
    return new URL(path.replace(/^\//, ""), this.settings.baseUrl).href;
  }

  event(id: string): TimelineEvent {
    const event = this.timeline.eventById.get(id);
    if (!event) throw new Error(`no event "${id}" in the model`);
    return event;
  }

  source(id: string): TimelineSource {
    const source = this.timeline.sourceById.get(id);
    if (!source) throw new Error(`no source "${id}" in the model`);
    return source;
  }
}

let cached: { key: string; model: SiteModel } | undefined;

/**
 * The model for a build, loaded once per content folder and environment. The CLI
 * loads it first (to report content errors before Eleventy starts) and Eleventy's
 * config then receives the same instance; `forgetSiteModel` makes the next build reload.
 */
export function siteModelFor(key: string, load: () => Timeline): SiteModel {
  if (cached?.key !== key) cached = { key, model: new SiteModel(load()) };
  return cached.model;
}

export function forgetSiteModel(): void {
  cached = undefined;
}
