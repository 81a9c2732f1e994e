// Search page enhancement: runs the query in the URL (?q=, &type=, and the
// topic's field) against the Pagefind index and lists the results. The form is
// plain HTML (GET), so results have shareable URLs; without JavaScript the page
// still links to the archives and indexes, which reach everything.
//
// No word of the interface is written here: the form's `data-` attributes give
// the messages in the site's language (layouts/search.11ty.ts), each filter's
// name (`data-filter` on its <select>), and the languages of sources indexed
// apart from the site's own (`data-languages`: Pagefind keeps one index per
// language; each is merged into the search from its own folder).
const base = new URL("../", import.meta.url);
const form = document.querySelector("form[data-search]");
const output = document.querySelector("[data-search-results]");
const status = document.querySelector("[data-search-status]");
const messages = form.dataset;
const plurals = new Intl.PluralRules(document.documentElement.lang);

/** A message with its {placeholders} filled in. */
function message(template, values = {}) {
  return (template ?? "").replace(/\{([A-Za-z]+)\}/g, (_, name) => String(values[name] ?? ""));
}

function say(text) {
  status.textContent = text;
}

/** The message for n results, in the plural category the language gives n. */
function resultsMessage(n, values) {
  const category = plurals.select(n);
  const key = "results" + category[0].toUpperCase() + category.slice(1);
  return message(messages[key] ?? messages.resultsOther, values);
}

/** Pagefind excerpts are HTML with <mark>: keep only text and <mark>, nothing else. */
function excerptNodes(excerpt) {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html");
  const out = [];
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent));
    else if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else out.push(document.createTextNode(node.textContent ?? ""));
  }
  return out;
}

function resultItem(data, typeFilter) {
  const item = document.createElement("li");
  const heading = document.createElement("h3");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  // A source's title and excerpt in its own language (a French article on an English site).
  if (data.meta.lang) link.lang = data.meta.lang;
  heading.append(link);
  item.append(heading);
  const meta = [data.filters?.[typeFilter]?.[0], data.meta.date].filter(Boolean).join(" · ");
  if (meta) {
    const p = document.createElement("p");
    p.className = "entry-meta";
    p.textContent = meta;
    item.append(p);
  }
  const excerpt = document.createElement("p");
  if (data.meta.lang) excerpt.lang = data.meta.lang;
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

async function run() {
  const params = new URLSearchParams(location.search);
  const query = (params.get("q") ?? "").trim();
  for (const field of form.elements) if (field.name && params.has(field.name)) field.value = params.get(field.name);
  if (!query) return;
  say(message(messages.searching));
  const pagefind = await import(new URL("pagefind/pagefind.js", base).href);
  await pagefind.options({ baseUrl: base.pathname });
  for (const language of (messages.languages ?? "").split(" ").filter(Boolean)) {
    await pagefind.mergeIndex(new URL(`pagefind-${language}/`, base).pathname, { language, baseUrl: base.pathname });
  }
  const filters = {};
  for (const select of form.querySelectorAll("select[data-filter]")) {
    const value = params.get(select.name);
    if (value) filters[select.dataset.filter] = value;
  }
  const typeFilter = form.elements.namedItem("type")?.dataset.filter;
  const search = await pagefind.search(query, { filters });
  const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  const list = document.createElement("ol");
  list.className = "search-results";
  list.append(...results.map((data) => resultItem(data, typeFilter)));
  output.replaceChildren(list);
  const n = search.results.length;
  const more = n > 30 ? message(messages.truncated, { shown: 30 }) : "";
  say(n === 0 ? message(messages.noResults, { query }) : resultsMessage(n, { count: n, query, more }));
}

run().catch((error) => {
  say(message(messages.failed));
  console.warn(error);
});
