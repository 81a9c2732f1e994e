/**
 * Full-text search: Pagefind indexes the rendered pages after the build
 * (offline, French stemming from `<html lang="fr">`) and writes its index and
 * client next to them. Only the parts marked `data-pagefind-body` (events,
 * sources, entities) are indexed; filters come from `data-pagefind-filter`.
 */
import path from "node:path";
import * as pagefind from "pagefind";

export const SEARCH_FOLDER = "pagefind";

export async function writeSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`search index: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`search index: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, SEARCH_FOLDER) });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
