/**
 * Content is untrusted. Raw HTML in Markdown is shown as text, links with a
 * dangerous scheme are not links (however the scheme is disguised), images are
 * off, and front matter values are escaped wherever templates print them.
 * Rendered HTML is read back with parse5, the parser browsers use.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { escapeHtml, html, jsonForScript, raw } from "../../src/render/html.ts";
import { isSafeLink, parseMarkdown, renderTokens } from "../../src/render/markdown.ts";
import { SiteModel } from "../../src/site-model.ts";
import { render as renderEntity } from "../../layouts/entity.11ty.ts";
import { render as renderEvent } from "../../layouts/event.11ty.ts";
import { render as renderHome } from "../../layouts/index.11ty.ts";
import { render as renderSource } from "../../layouts/source.11ty.ts";
import { EVENT_FILE, contentFolder, loadOk, md } from "../helpers/content.ts";
import { attr, parsePage, textOf, type ParsedPage } from "../helpers/site.ts";

const markdown = (source: string) => renderTokens(parseMarkdown(source, {}));

/** What a browser would make of a URL's scheme: controls and spaces dropped, case folded. */
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ""))?.[1]?.toLowerCase();

/** Every way a page could run code or load something: scripts, handlers, dangerous links, embeds. */
function injections(page: ParsedPage): string[] {
  const found: string[] = [];
  for (const el of page.elements) {
    if (el.tagName === "script" && attr(el, "type") !== "application/ld+json") found.push(`<script> ${textOf(el).slice(0, 40)}`);
    if (["iframe", "object", "embed", "img", "svg", "style", "base", "form"].includes(el.tagName) && !(el.tagName === "svg" && attr(el, "role") === "group")) {
      found.push(`<${el.tagName}>`);
    }
    for (const a of el.attrs) {
      if (/^on/i.test(a.name)) found.push(`${el.tagName}[${a.name}]`);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(a.name) && !["http", "https", "mailto", undefined].includes(schemeOf(a.value))) {
        found.push(`${el.tagName}[${a.name}=${a.value}]`);
      }
    }
  }
  return found;
}

describe("escapeHtml and html``", () => {
  it("escapes the five characters that matter in text and quoted attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  });

  const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

  test.prop([fc.string({ unit: "binary" })])("never outputs markup or forbidden control characters, and round-trips the rest", (text) => {
    const out = escapeHtml(text);
    expect(out).not.toMatch(/[<>"']/);
    expect(out).not.toMatch(FORBIDDEN);
    const unescaped = out.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[name]!);
    expect(unescaped).toBe(text.replace(FORBIDDEN, "\uFFFD"));
  });

  it("escapes every interpolation unless it is SafeHtml, flattening arrays and dropping null, undefined and booleans", () => {
    const title = `"><script>alert(1)</script>`;
    const out = html`<a title="${title}">${[title, raw("<b>sûr</b>"), html`<i>${title}</i>`]}${null}${undefined}${false}${true}${0}</a>`;
    expect(out.value).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;<b>sûr</b><i>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</i>0</a>',
    );
  });

  test.prop([fc.jsonValue()])("jsonForScript cannot end its <script> and parses back to the same value", (value) => {
    const out = jsonForScript(value).value;
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it("jsonForScript neutralises </script>, <!-- and line separators", () => {
    const out = jsonForScript({ t: "</script><!-- \u2028 & >" }).value;
    expect(out).toBe('{"t":"\\u003c/script\\u003e\\u003c!-- \\u2028 \\u0026 \\u003e"}');
  });
});

describe("isSafeLink", () => {
  it.each(["https://example.org/", "http://example.org/a?b=c#d", "mailto:redaction@example.org", "/evenements/x/", "../sources/", "#note-1", "page.html", "?q=1", "HTTPS://EXAMPLE.ORG/"])(
    "accepts %j",
    (url) => expect(isSafeLink(url)).toBe(true),
  );

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    " javascript:alert(1)",
    "\u0001javascript:alert(1)",
    "javascript\u0000:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/",
    " //evil.example/",
  ])("refuses %j", (url) => expect(isSafeLink(url)).toBe(false));

  /** "javascript:" with random casing and random controls or spaces slipped between its letters. */
  const disguised = fc
    .array(fc.tuple(fc.boolean(), fc.constantFrom("", "", "\t", "\n", "\r", " ", "\u0000", "\u001f", "\u007f")), { minLength: 11, maxLength: 11 })
    .map((parts) => [..."javascript:"].map((ch, i) => (parts[i]![0] ? ch.toUpperCase() : ch) + parts[i]![1]).join(""));

  test.prop([disguised, fc.string()])("refuses javascript: however it is cased or split", (scheme, rest) => {
    expect(isSafeLink(scheme + rest)).toBe(false);
  });
});

describe("Markdown bodies", () => {
  it("shows raw HTML as text, block and inline", () => {
    const out = markdown('<script>alert("bloc")</script>\n\nUn <img src=x onerror=alert(1)> et <b onclick="x()">gras</b> <!-- commentaire -->');
    const page = parsePage("body", out);
    expect(injections(page)).toEqual([]);
    expect(page.elements.some((el) => el.tagName === "b")).toBe(false);
    expect(page.text).toContain('<script>alert("bloc")</script>');
    expect(page.text).toContain("<img src=x onerror=alert(1)>");
    expect(page.text).toContain("<!-- commentaire -->");
  });

  it.each([
    ["javascript:", "[clic](javascript:alert(1))"],
    ["mixed case", "[clic](JaVaScRiPt:alert(1))"],
    ["an entity for a letter", "[clic](&#106;avascript:alert(1))"],
    ["an entity for the colon", "[clic](javascript&colon;alert(1))"],
    ["a percent-encoded scheme", "[clic](%6Aavascript:alert(1))"],
    ["a tab in the scheme", "[clic](<java\tscript:alert(1)>)"],
    ["a data: URL", "[clic](data:text/html,<script>alert(1)</script>)"],
    ["a data: URL in angle brackets", "[clic](<data:text/html;base64,PHNjcmlwdD4=>)"],
    ["vbscript:", "[clic](vbscript:msgbox(1))"],
    ["an autolink", "<javascript:alert(1)>"],
    ["a reference definition", "[clic][piège]\n\n[piège]: javascript:alert(1)"],
    ["a protocol-relative URL", "[clic](//evil.example/)"],
  ])("does not make a link of %s", (_, source) => {
    const page = parsePage("body", markdown(source));
    expect(injections(page)).toEqual([]);
  });

  it("keeps real links, escaping what they carry", () => {
    const page = parsePage("body", markdown('[exemple](https://example.org/?q="><script>alert(1)</script>) et [note](#note-1) et <https://example.org/auto>'));
    expect(injections(page)).toEqual([]);
    expect(page.links.map((l) => l.value)).toEqual(["https://example.org/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", "#note-1", "https://example.org/auto"]);
  });

  it("loads no images, not even from https (an image becomes a plain link)", () => {
    const page = parsePage("body", markdown("![pixel](https://tracker.example/p.gif) ![local](/x.png)"));
    expect(page.elements.some((el) => el.tagName === "img")).toBe(false);
    expect(page.links.map((l) => `${l.tag} ${l.attr}`)).toEqual(["a href", "a href"]);
  });

  it("does not turn bare addresses into links, nor straighten quotes", () => {
    const out = markdown('javascript:alert(1) www.example.org "guillemets" -- ...');
    expect(out).toBe('<p>javascript:alert(1) www.example.org &quot;guillemets&quot; -- ...</p>\n');
  });
});

describe("front matter values on rendered pages", () => {
  const X = `"'><script>alert("x")</script><img src=x onerror=alert(1)>`;
  const q = (text: string) => JSON.stringify(text);
  const body = 'Un fait [@source-a "se rendront à Moscou"] [@source-b "du 1er au 5 avril 2025"].';
  const dir = contentFolder({
    [EVENT_FILE]: null,
    "site.yml": `title: ${q(`Frise ${X}`)}\ndescription: ${q(`Desc ${X}`)}\n`,
    "sources/source-a.md": md(
      [`title: ${q(`Article ${X}`)}`, `outlet: ${q(`Journal ${X}`)}`, `author: ${q(`Auteur ${X}`)}`, "published: 2025-04-02", "language: fr", `url: ${q(`https://example.org/?q=${X}`)}`],
      "Les ministres des Affaires étrangères se rendront à Moscou les 3 et 4 avril 2025.",
    ),
    "entities/lieu.md": md(["kind: place", `name: ${q(`Lieu ${X}`)}`], 'Une ville [@source-a "se rendront à Moscou"].'),
    "entities/aes.md": md(["kind: organisation", `name: ${q(`AES ${X}`)}`, `aliases: [AES]`]),
    "events/x.md": md(
      [
        `title: ${q(`Titre ${X}`)}`,
        "date: 2025-04-03",
        `place: ${q(`Lieu ${X}`)}`,
        "about: [AES]",
        "sources: [source-a, source-b]",
        `summary: ${q(`Résumé ${X}`)}`,
        "names:",
        `  - term: ${q(`Terme ${X}`)}`,
        "    claims:",
        `      - { value: ${q(`Nom ${X}`)}, cite: [{ source: source-a, quote: se rendront à Moscou }] }`,
        `      - { value: ${q("Autre nom")}, cite: [{ source: source-b, quote: du 1er au 5 avril 2025 }] }`,
      ],
      body,
    ),
  });
  const { timeline } = loadOk(dir);
  const site = new SiteModel(timeline);
  const pages: [string, string][] = [
    ["event", renderEvent({ frise: site, event: site.event("x") })],
    ["source", renderSource({ frise: site, source: site.source("source-a") })],
    ["entity", renderEntity({ frise: site, entityPage: site.entityPages.find((p) => p.entity.id === "lieu")! })],
    ["home", renderHome({ frise: site })],
  ];

  it.each(pages)("the %s page runs nothing and loads nothing", (name, text) => {
    expect(injections(parsePage(name, text))).toEqual([]);
  });

  it.each(pages)("the %s page shows the values as text", (name, text) => {
    const page = parsePage(name, text);
    const h1 = textOf(page.elements.find((el) => el.tagName === "h1")!);
    const expected = { event: `Titre ${X}`, source: `Article ${X}`, entity: `Lieu ${X}`, home: `Frise ${X}` }[name]!;
    expect(h1).toContain(expected);
    const title = textOf(page.elements.find((el) => el.tagName === "title")!);
    expect(title).toContain(`Frise ${X}`);
  });

  it("keeps the event's names, place, summary and sources as text", () => {
    const page = parsePage("event", pages[0]![1]);
    for (const value of [`Lieu ${X}`, `Terme ${X}`, `Nom ${X}`, `Article ${X}`, `AES ${X}`]) expect(page.text).toContain(value);
    const description = page.elements.find((el) => el.tagName === "meta" && attr(el, "name") === "description");
    expect(attr(description!, "content")).toBe(`Résumé ${X}`);
  });

  it("keeps the source's outlet, author and address as text, and its address as a plain https link", () => {
    const page = parsePage("source", pages[1]![1]);
    for (const value of [`Journal ${X}`, `Auteur ${X}`, `https://example.org/?q=${X}`]) expect(page.text).toContain(value);
    // The href is the URL percent-encoded (valid HTML), the same address as typed.
    expect(page.links.some((l) => l.tag === "a" && l.value === new URL(`https://example.org/?q=${X}`).href)).toBe(true);
  });

  it("writes JSON-LD that parses and carries the values intact", () => {
    const page = parsePage("event", pages[0]![1]);
    const scripts = page.elements.filter((el) => el.tagName === "script" && attr(el, "type") === "application/ld+json");
    expect(scripts.length).toBeGreaterThan(0);
    const json = scripts.map((s) => JSON.stringify(JSON.parse(textOf(s)))).join("\n");
    expect(json).toContain(JSON.stringify(`Titre ${X}`).slice(1, -1));
  });
});
