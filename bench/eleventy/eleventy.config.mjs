/**
 * The plain-Eleventy reference of the benchmark (see BENCHMARKS.md): Eleventy 3
 * with its defaults, the content folder's Markdown files as templates, one
 * trivial Nunjucks layout. Run with the corpus as input:
 *
 *   npx @11ty/eleventy --config=bench/eleventy/eleventy.config.mjs --input=CONTENT_DIR --output=OUT
 *
 * The only glue: frise dates (EDTF, or claims from several sources) are not
 * dates Eleventy knows, so each page's date is read from its first YYYY[-MM[-DD]].
 */
const LAYOUT = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>{{ title or name }}</title><link rel="stylesheet" href="/style.css"></head>
<body><main>
{{ content | safe }}
</main></body></html>
`;

function firstDate(value) {
  if (value instanceof Date) return value;
  const text = typeof value === "object" && value !== null ? JSON.stringify(value) : String(value ?? "");
  const m = /(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1))) : new Date(0);
}

export default function (eleventyConfig) {
  eleventyConfig.addTemplate("_includes/layout.njk", LAYOUT);
  eleventyConfig.addGlobalData("layout", "layout.njk");
  eleventyConfig.addDateParsing((value) => firstDate(value));
  return { templateFormats: ["md"] };
}
