/**
 * The floor of the benchmark (see BENCHMARKS.md): the least work a static
 * generator can do with a content folder. Parse each Markdown file's front
 * matter (gray-matter), render its body (markdown-it), wrap it in a trivial
 * page and write one file per input. No model, no links, no validation.
 *
 *   node bench/floor.mjs CONTENT_DIR OUTPUT_DIR
 */
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import MarkdownIt from "markdown-it";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node bench/floor.mjs CONTENT_DIR OUTPUT_DIR");
  process.exit(2);
}

const md = new MarkdownIt();
const escape = (text) => String(text ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
let pages = 0;
for (const entry of fs.readdirSync(input, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
  const file = path.join(entry.parentPath, entry.name);
  const { data, content } = matter(fs.readFileSync(file, "utf8"));
  const rel = path.relative(input, file).replace(/\.md$/, "");
  const page = `<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><title>${escape(data.title ?? data.name)}</title><link rel="stylesheet" href="/style.css"></head>\n<body><main>\n${md.render(content)}</main></body></html>\n`;
  fs.mkdirSync(path.join(output, rel), { recursive: true });
  fs.writeFileSync(path.join(output, rel, "index.html"), page);
  pages++;
}
console.log(`floor: wrote ${pages} pages`);
