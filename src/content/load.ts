/**
 * Reads the content folder: `site.yml`, `sources/**\/*.md`, `events/**\/*.md`,
 * `entities/**\/*.md`.
 * Any other file is reported, never silently skipped: a misplaced event must
 * not vanish from the site without a word.
 *
 * The folder comes from pull requests, so its shape is untrusted too: only
 * regular files and folders are read. A symbolic link (to a file or a folder,
 * inside the content folder or not, dangling or not) is an error naming the
 * link; its target is never opened, so nothing outside the folder can be
 * published or printed. Files are opened with O_NOFOLLOW, so a link swapped in
 * after the listing is refused too. File system errors become diagnostics.
 */
import fs from "node:fs";
import path from "node:path";
import { Diagnostics, fsReason } from "./diagnostics.ts";
import { parseContentFile } from "./frontmatter.ts";
import { readEntity, readEvent, readSource, type EntityRecord, type EventRecord, type SourceRecord } from "./schema.ts";
import { readSiteSettings, type SiteSettings } from "./site.ts";

export interface LoadedContent {
  site: SiteSettings;
  /**
   * Files that exist but could not be read (`source:<id>`, `event:<id>`,
   * `entity:<id>`): their own errors are reported, and references to them are
   * not reported again as unknown (one broken file, one error, no cascade).
   */
  unloaded: Set<string>;
  sources: SourceRecord[];
  events: EventRecord[];
  entities: EntityRecord[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN = "site.yml, sources/<id>.md, events/<id>.md and entities/<id>.md";
const FOLDERS = { sources: "source", events: "event", entities: "entity" } as const;

/** Larger files are refused before they are read: an archived article is a few hundred kilobytes. */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

/** How a file is shown in diagnostics: relative to the working directory when inside it. */
function displayPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel.startsWith("..") || path.isAbsolute(rel) ? absolute : rel.split(path.sep).join("/");
}

/**
 * Every regular file below `dir`, as sorted paths relative to it with `/`
 * separators. Links, devices, pipes and unreadable folders are reported.
 */
function listFiles(dir: string, diags: Diagnostics): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch (error) {
      diags.error({ file: displayPath(path.join(dir, rel)), message: `folder cannot be read: ${fsReason(error)}` });
      return;
    }
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      const file = displayPath(path.join(dir, child));
      if (entry.name.startsWith(".")) {
        // Editors' tools keep their state in hidden files and folders (.obsidian/, .DS_Store): never read, never published.
        diags.warning({ file, message: `hidden ${entry.isDirectory() ? "folder" : "file"} ignored (frise reads ${KNOWN})` });
      } else if (entry.isSymbolicLink()) {
        diags.error({ file, message: "is a symbolic link: links are refused in the content folder (their target is not read); put the file itself here" });
      } else if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.push(child);
      else diags.error({ file, message: "is not a regular file (a device, pipe or socket): remove it from the content folder" });
    }
  };
  walk("");
  return files.sort();
}

/** Reads a regular file without following a link, within the size limit; undefined (reported) otherwise. */
function readText(absolute: string, file: string, diags: Diagnostics): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(absolute, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) {
      diags.error({ file, message: "is not a regular file: remove it from the content folder" });
      return undefined;
    }
    if (stat.size > MAX_FILE_BYTES) {
      diags.error({ file, message: `is ${Math.round(stat.size / 1048576)} MiB: files over ${MAX_FILE_BYTES / 1048576} MiB are refused; keep only the article's text` });
      return undefined;
    }
    return fs.readFileSync(fd, "utf8");
  } catch (error) {
    diags.error({ file, message: `cannot be read: ${fsReason(error)}` });
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function loadContent(dir: string, diags: Diagnostics, env: NodeJS.ProcessEnv = process.env): LoadedContent {
  const sources: SourceRecord[] = [];
  const events: EventRecord[] = [];
  const entities: EntityRecord[] = [];
  const siteFile = path.join(dir, "site.yml");
  let siteRaw: string | undefined;

  const stat = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) {
    const message = stat?.isSymbolicLink()
      ? "the content folder is a symbolic link: frise reads a real folder (set FRISE_CONTENT to the folder itself)"
      : "content folder not found: set FRISE_CONTENT or create content/ with sources/ and events/";
    diags.error({ file: displayPath(dir), message });
    return { site: readSiteSettings(displayPath(siteFile), undefined, env, diags), unloaded: new Set(), sources, events, entities };
  }

  const seen = new Map<string, string>();
  const unloaded = new Set<string>();
  for (const rel of listFiles(dir, diags)) {
    const absolute = path.join(dir, rel);
    const file = displayPath(absolute);
    const name = path.posix.basename(rel);
    if (rel === "site.yml") {
      siteRaw = readText(absolute, file, diags);
      continue;
    }
    const folder = rel.split("/")[0]!;
    const kind = rel.includes("/") && Object.hasOwn(FOLDERS, folder) ? FOLDERS[folder as keyof typeof FOLDERS] : undefined;
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

    const raw = readText(absolute, file, diags);
    const parsed = raw === undefined ? undefined : parseContentFile(file, raw, diags);
    let loaded = false;
    if (parsed && kind === "source") {
      const record = readSource(id, file, parsed, diags);
      if ((loaded = record !== undefined)) sources.push(record!);
    } else if (parsed && kind === "event") {
      const record = readEvent(id, file, parsed, diags);
      if ((loaded = record !== undefined)) events.push(record!);
    } else if (parsed) {
      const record = readEntity(id, file, parsed, diags);
      if ((loaded = record !== undefined)) entities.push(record!);
    }
    if (!loaded) unloaded.add(key);
  }

  if (siteRaw === undefined && !fs.lstatSync(siteFile, { throwIfNoEntry: false })) {
    diags.warning({
      file: displayPath(siteFile),
      message: 'no site.yml: the site is built with the default title "frise" and address https://example.org/; create it with npm run new -- site "Titre du site"',
    });
  }
  const site = readSiteSettings(displayPath(siteFile), siteRaw, env, diags);
  return { site, unloaded, sources, events, entities };
}
