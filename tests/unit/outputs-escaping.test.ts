/**
 * The two escapers every machine-readable output leans on, tried on arbitrary
 * strings: `jsonForScript` (JSON-LD inside `<script>`), read back by the HTML
 * spec's parser (parse5) and JSON.parse; `escapeXml` (Atom, sitemap), which
 * must leave no markup and no character XML 1.0 forbids.
 */
import { fc, test } from "@fast-check/vitest";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { escapeXml } from "../../src/outputs/xml.ts";
import { html, jsonForScript } from "../../src/render/html.ts";
import { textOf } from "../helpers/site.ts";
import { HOSTILE } from "./outputs-fixture.ts";

type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];

function scripts(node: Node, out: Element[] = []): Element[] {
  if ("tagName" in node && node.tagName === "script") out.push(node as Element);
  for (const child of "childNodes" in node ? node.childNodes : []) scripts(child as Node, out);
  return out;
}

/** Embeds a value as a page would and reads it back as a browser would. */
function roundTrip(value: unknown): unknown[] {
  const page = html`<!doctype html><html><head><script type="application/ld+json">${jsonForScript(value)}</script></head><body><p>après</p></body></html>`;
  return scripts(parse(page.value) as unknown as Node).map((s) => JSON.parse(textOf(s as unknown as Node)));
}

// Strings biased towards what closes or confuses a script block.
const nasty = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.array(fc.constantFrom("</script>", "</SCRIPT ", "<!--", "-->", "<script>", "\u2028", "\u2029", "&", "<", ">", '"', "\\", "]]>", "\u0000", "é")).map((a) => a.join("")),
);

describe("jsonForScript", () => {
  it("keeps </script>, <!--, U+2028 and U+2029 from ending or altering the block", () => {
    const out = jsonForScript({ name: HOSTILE }).value;
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(roundTrip({ name: HOSTILE })).toEqual([{ name: HOSTILE }]);
  });

  test.prop([nasty, nasty])("round-trips any strings through an HTML page as exactly one script", (a, b) => {
    const value = { "@type": "Event", name: a, about: [{ name: b }] };
    expect(jsonForScript(value).value).not.toMatch(/[<>&\u2028\u2029]/);
    expect(roundTrip(value)).toEqual([value]);
  });
});

describe("escapeXml", () => {
  it("escapes markup and the CDATA end, and replaces characters XML forbids", () => {
    expect(escapeXml(`a <b> & "c" 'd' ]]> \u0001 \uFFFE \uD800x`)).toBe("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; ]]&gt; \uFFFD \uFFFD \uFFFDx");
    expect(escapeXml("emoji 😀 stays, tab\tand\nnewline too")).toBe("emoji 😀 stays, tab\tand\nnewline too");
  });

  test.prop([nasty])("never leaves markup or a forbidden character", (text) => {
    const out = escapeXml(text);
    expect(out).not.toMatch(/[<>"']|]]>/);
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    // Every & starts one of the five entities.
    expect(out.replace(/&(amp|lt|gt|quot|apos);/g, "")).not.toContain("&");
  });
});
