/** `/feed.xml`: the Atom feed of the latest events (see src/outputs/feeds.ts). */
import { ATOM_PATH, atomFeed } from "../src/outputs/feeds.ts";
import type { SiteModel } from "../src/site-model.ts";

export const data = { permalink: ATOM_PATH, eleventyExcludeFromCollections: true };

export function render({ frise: site }: { frise: SiteModel }): Promise<string> {
  return atomFeed(site);
}
