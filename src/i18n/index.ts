/**
 * The site's interface language: `site.yml`'s `language` (a BCP 47 tag, e.g.
 * `en-GB`) chooses the catalogue of its primary subtag (`en`). Everything the
 * site writes around the content comes from that catalogue: templates, dates,
 * URL segments, feeds, calendars, the search page. Adding a language is one
 * catalogue file beside fr.ts and en.ts, registered below (CONTRIBUTING.md,
 * "Adding a language").
 */
import type { Catalogue } from "./catalogue.ts";
import { en } from "./en.ts";
import { fr } from "./fr.ts";

export type { Catalogue, DateWords, Ids, KindNames, MonthNames, PathSegments, PluralForms } from "./catalogue.ts";

const CATALOGUES: Readonly<Record<string, Catalogue>> = { fr, en };

/** The language of a site whose site.yml names none (src/content/site.ts's default). */
export const DEFAULT_LANGUAGE = "fr";

/** The interface languages, as primary subtags. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.freeze(Object.keys(CATALOGUES));

/** The interface language of a language tag: its primary subtag, lower case (`en-GB` → `en`). */
export function interfaceLanguage(tag: string): string {
  return tag.split("-")[0]!.toLowerCase();
}

/** Whether a language tag (`fr`, `en-GB`) has an interface catalogue. */
export function hasCatalogue(tag: string): boolean {
  return Object.hasOwn(CATALOGUES, interfaceLanguage(tag));
}

/** The message for a site language without a catalogue (for site.yml's diagnostic, and the model's error). */
export function unsupportedLanguageMessage(tag: string): string {
  return `"${tag}" has no interface catalogue: expected a tag of ${SUPPORTED_LANGUAGES.join(" or ")}, with or without a region (en-GB); to add a language, see CONTRIBUTING.md ("Adding a language")`;
}

/** The catalogue of a site language; throws a clear error for a language frise has no catalogue for. */
export function catalogueFor(tag: string): Catalogue {
  if (!hasCatalogue(tag)) throw new Error(`site.yml: language: ${unsupportedLanguageMessage(tag)}`);
  return CATALOGUES[interfaceLanguage(tag)]!;
}
