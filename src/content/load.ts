/**
 * Reads the content folder: `site.yml`, `sources/**\/*.md`, `events/**\/*.md`,
 * `entities/**\/*.md`.
 * Any other file is reported, never silently skipped: a misplaced event must
 * not vanish from the site without a word.
 */
import fs from "node:fs";
import path from "node:path";
import { Diagnostics } from "./diagnostics.ts";
import { parseContentFile } from "./frontmatter.ts";
import { readEntity, readEvent, readSource, type EntityRecord, type EventRecord, type SourceRecord } from "./schema.ts";
import { readSiteSettings, type SiteSettings } from "./site.ts";

export interface LoadedContent {
  site: SiteSettings;
  sources: SourceRecord[];
  events: EventRecord[];
  entities: EntityRecord[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN = "site.yml, sources/<id>.md, events/<id>.md and entities/<id>.md";
const FOLDERS = { sources: "source", events: "event", entities: "entity" } as const;

/** Every file below `dir`, as sorted paths relative to it with `/` separators. */
function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else files.push(child);
    }
  };
  walk("");
  return files.sort();
}

/** How a file is shown in diagnostics: relative to the working directory when inside it. */
function displayPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel.startsWith("..") || path.isAbsolute(rel) ? absolute : rel.split(path.sep).join("/");
}

export function loadContent(dir: string, diags: Diagnostics, env: NodeJS.ProcessEnv = process.env): LoadedContent {
  const sources: SourceRecord[] = [];
  const events: EventRecord[] = [];
  const entities: EntityRecord[] = [];
  const siteFile = path.join(dir, "site.yml");
  let siteRaw: string | undefined;

  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    diags.error({ file: displayPath(dir), message: "content folder not found: set FRISE_CONTENT or create content/ with sources/ and events/" });
    return { site: readSiteSettings(displayPath(siteFile), undefined, env, diags), sources, events, entities };
  }

  const seen = new Map<string, string>();
  for (const rel of listFiles(dir)) {
    const absolute = path.join(dir, rel);
    const file = displayPath(absolute);
    const name = path.posix.basename(rel);
    if (rel === "site.yml") {
      siteRaw = fs.readFileSync(absolute, "utf8");
      continue;
    }
    const folder = rel.split("/")[0]!;
    const kind = rel.includes("/") && Object.hasOwn(FOLDERS, folder) ? FOLDERS[folder as keyof typeof FOLDERS] : undefined;
    if (name.startsWith(".")) {
      diags.warning({ file, message: `hidden file ignored (frise reads ${KNOWN})` });
      continue;
    }
    if (!kind || !name.endsWith(".md")) {
      diags.error({ file, message: `unknown file: frise reads ${KNOWN}; move or remove this file` });
      continue;
    }
    const id = name.slice(0, -3);
    if (!ID.test(id)) {
      diags.error({ file, message: `"${id}" is not a valid id: file names must be lowercase letters, digits and single hyphens (e.g. 2025-04-01-annonce.md)` });
      continue;
    }
    const key = `${kind}:${id}`;
    const first = seen.get(key);
    if (first) {
      diags.error({ file, message: `duplicate ${kind} id "${id}": ${first} has the same file name; ids must be unique` });
      continue;
    }
    seen.set(key, file);

    const parsed = parseContentFile(file, fs.readFileSync(absolute, "utf8"), diags);
    if (!parsed) continue;
    if (kind === "source") {
      const record = readSource(id, file, parsed, diags);
      if (record) sources.push(record);
    } else if (kind === "event") {
      const record = readEvent(id, file, parsed, diags);
      if (record) events.push(record);
    } else {
      const record = readEntity(id, file, parsed, diags);
      if (record) entities.push(record);
    }
  }

  const site = readSiteSettings(displayPath(siteFile), siteRaw, env, diags);
  return { site, sources, events, entities };
}
