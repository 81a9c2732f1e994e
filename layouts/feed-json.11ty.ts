/** `/feed.json`: the JSON Feed 1.1 of the latest events (see src/outputs/feeds.ts). */
import { JSON_FEED_PATH, jsonFeed } from "../src/outputs/feeds.ts";
import type { SiteModel } from "../src/site-model.ts";

export const data = { permalink: JSON_FEED_PATH, eleventyExcludeFromCollections: true };

export function render({ frise: site }: { frise: SiteModel }): Promise<string> {
  return jsonFeed(site);
}
