// Search page enhancement: runs the query in the URL (?q=, &type=, &theme=)
// against the Pagefind index and lists the results. The form is plain HTML
// (GET), so results have shareable URLs; without JavaScript the page still
// links to the archives and indexes, which reach everything.
const base = new URL("../", import.meta.url);
const form = document.querySelector("form[data-search]");
const output = document.getElementById("resultats");
const status = document.getElementById("statut-recherche");

function say(text) {
  status.textContent = text;
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

function resultItem(data) {
  const item = document.createElement("li");
  const heading = document.createElement("h3");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  const meta = [data.filters?.Type?.[0], data.meta.date].filter(Boolean).join(" · ");
  if (meta) {
    const p = document.createElement("p");
    p.className = "entry-meta";
    p.textContent = meta;
    item.append(p);
  }
  const excerpt = document.createElement("p");
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

async function run() {
  const params = new URLSearchParams(location.search);
  const query = (params.get("q") ?? "").trim();
  for (const field of form.elements) if (field.name && params.has(field.name)) field.value = params.get(field.name);
  if (!query) return;
  say("Recherche en cours…");
  const pagefind = await import(new URL("pagefind/pagefind.js", base).href);
  await pagefind.options({ baseUrl: base.pathname });
  const filters = {};
  const type = params.get("type");
  const theme = params.get("theme");
  if (type) filters.Type = type;
  if (theme) filters["Thème"] = theme;
  const search = await pagefind.search(query, { filters });
  const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  const list = document.createElement("ol");
  list.className = "search-results";
  list.append(...results.map(resultItem));
  output.replaceChildren(list);
  const n = search.results.length;
  say(n === 0 ? `Aucun résultat pour « ${query} ».` : `${n} résultat${n > 1 ? "s" : ""} pour « ${query} »${n > 30 ? " (30 premiers affichés)" : ""}.`);
}

run().catch((error) => {
  say("La recherche n’a pas pu être effectuée. Les archives et les index restent disponibles ci-dessous.");
  console.warn(error);
});
