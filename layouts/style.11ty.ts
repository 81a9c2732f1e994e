/**
 * The one stylesheet, minified at build time (esbuild, already in the toolchain
 * through tsx): pages must stay light at any size of the story, and every page
 * shares this file from the browser's cache.
 */
import fs from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";

export const data = { permalink: "/assets/style.css" };

const SOURCE = path.join(import.meta.dirname, "styles", "style.css");

export function render(): string {
  return transformSync(fs.readFileSync(SOURCE, "utf8"), { loader: "css", minify: true, target: ["chrome100", "firefox100", "safari15"] }).code;
}
