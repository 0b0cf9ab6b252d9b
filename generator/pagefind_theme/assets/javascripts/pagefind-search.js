// Pagefind behind Material's search box (see generator/pagefind_plugin.py).
//
// pagefind.js and its WebAssembly load once, when the page is idle (or when a
// reader opens the search first), and each query fetches only the index chunks
// for its words and the fragments of the results shown. Like Material's lunr
// pipeline (stopWordFilter), the query drops English stop words: their index
// chunks list nearly every page, so they would cost most of a search's bytes
// while narrowing nothing down. Results are drawn in Material's result
// markup, so they look like the built-in search. Page text reaches the DOM
// only as text nodes (and <mark> around the hits).
//
// Once a query is typed, the sort and filter bar (pagefind-filters.js) appears
// above the results; a filter alone, with no words, lists every briefing it
// matches. Each result says its outlet and date (Pagefind metadata). On the
// 404 page, typing into the search field there opens this box with the words.
(() => {
  if (window.__briefingsSearch) return;
  window.__briefingsSearch = true;

  const FIRST = 3;
  const SHOWN = 10;
  // lunr's English stop words, which Material's search drops from queries too.
  const STOP_WORDS = new Set((
    "a able about across after all almost also am among an and any are as at be because " +
    "been but by can cannot could dear did do does either else ever every for from get got " +
    "had has have he her hers him his how however i if in into is it its just least let like " +
    "likely may me might most must my neither no nor not of off often on only or other our " +
    "own rather said say says she should since so some than that the their them then there " +
    "these they this tis to too twas us wants was we were what when where which while who " +
    "whom why will with would yet you your"
  ).split(" "));
  const config = JSON.parse(document.getElementById("__config")?.textContent || "{}");
  const base = new URL(config.base || ".", location.href);
  const words = config.translations || {};
  let engine = null;
  let latest = 0;
  // The sort and filter bar (pagefind-filters.js, loaded just before this script).
  const bar = window.briefingsSearchFilters(load, () => box());

  const toggle = () => document.getElementById("__search");
  const box = () => document.querySelector("[data-briefings-search]");
  const input = () => box()?.querySelector("input[name=query]");

  function load() {
    engine ??= import(new URL("pagefind/pagefind.js", base).href).then(async (pagefind) => {
      const settings = { baseUrl: base.pathname, excerptLength: 24 };
      await pagefind.options(settings);
      await pagefind.init();
      // Under `mkdocs serve`: also the pages written since the last full index.
      const changes = window.briefingsSearchChanges;
      return changes ? changes(pagefind, base, settings) : pagefind;
    }).catch((error) => {
      engine = null; // offline or opened from disk: try again on the next query
      throw error;
    });
    return engine;
  }

  function count(n) {
    const key = n === 0 ? "search.result.none" : n === 1 ? "search.result.one" : "search.result.other";
    const fallback = n === 0 ? "No matching documents" : "# matching documents";
    return (words[key] || fallback).replace("#", n.toLocaleString());
  }

  // Pagefind's excerpt is HTML with <mark> around hits; keep only text and marks.
  function excerpt(html) {
    const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body;
    const out = document.createElement("p");
    for (const node of parsed.firstChild?.childNodes || []) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.append(mark);
      } else {
        out.append(document.createTextNode(node.textContent));
      }
    }
    return out;
  }

  function item(data) {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = data.url;
    link.tabIndex = -1;
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    const title = document.createElement("h1");
    title.textContent = data.meta?.title || data.url;
    article.append(title);
    const about = [data.meta?.outlet, data.meta?.date].filter(Boolean).join(" · ");
    if (about) {
      const line = document.createElement("p");
      line.className = "briefings-search-meta";
      line.textContent = about;
      article.append(line);
    }
    article.append(excerpt(data.excerpt || ""));
    link.append(article);
    li.append(link);
    return li;
  }

  function meaningful(query) {
    const words = query.split(/\s+/).filter(Boolean);
    const bare = (word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    const kept = words.filter((word) => !STOP_WORDS.has(bare(word)));
    return (kept.length ? kept : words).join(" ");
  }

  // The results region says it is busy until a query's results are drawn, and which
  // query they answer (assistive technology waits for it; so do the browser tests).
  function busy(region, query, yes) {
    region.setAttribute("aria-busy", String(yes));
    region.dataset.query = query;
  }

  async function search(query) {
    const id = ++latest;
    const region = box().querySelector(".md-search-result");
    const meta = region.querySelector(".md-search-result__meta");
    const list = region.querySelector(".md-search-result__list");
    busy(region, query, true);
    try {
      await answer(id, query, meta, list);
    } finally {
      if (id === latest) busy(region, query, false);
    }
  }

  async function answer(id, query, meta, list) {
    const { filters, sort } = bar.chosen();
    const filtered = Object.keys(filters).length > 0;
    if (!query.trim() && !filtered) {
      meta.textContent = words["search.result.placeholder"] || "Type to start searching";
      list.replaceChildren();
      if (!bar.contains(document.activeElement)) await bar.show(false);
      return;
    }
    const pagefind = await load();
    await bar.show(true);
    const options = { filters };
    if (sort) options.sort = sort;
    const found = await pagefind.search(query.trim() ? meaningful(query) : null, options);
    if (id !== latest || !found) return;
    meta.textContent = count(found.results.length);
    list.replaceChildren();
    // The first few as soon as their fragments arrive, then the rest of the page.
    for (const [start, end] of [[0, FIRST], [FIRST, SHOWN]]) {
      const batch = await Promise.all(found.results.slice(start, end).map((r) => r.data()));
      if (id !== latest) return;
      list.append(...batch.map(item));
    }
  }

  function open() {
    const t = toggle();
    if (t && !t.checked) {
      t.checked = true;
      t.dispatchEvent(new Event("change", { bubbles: true }));
    }
    load();
    if (document.activeElement !== input()) input()?.focus();
  }

  function close() {
    const t = toggle();
    if (t?.checked) {
      t.checked = false;
      t.dispatchEvent(new Event("change", { bubbles: true }));
    }
    if (box()?.contains(document.activeElement)) document.activeElement.blur();
  }

  document.addEventListener("change", (event) => {
    if (event.target === toggle() && event.target.checked) {
      load();
      // After the click that checked it; unless the box was closed meanwhile (a
      // key is handled before a timer, so Tab or Escape may come first).
      setTimeout(() => toggle()?.checked && input()?.focus(), 0);
    }
  });
  document.addEventListener("focusin", (event) => {
    if (event.target === input()) open();
  });
  document.addEventListener("input", (event) => {
    if (event.target === input()) search(event.target.value).catch(console.error);
    const proxy = event.target.closest?.("[data-briefings-search-proxy]");
    if (proxy && event.target.value) {
      // The 404 page's field: carry the words into the box and continue there.
      const words = event.target.value;
      event.target.value = "";
      open();
      input().value = words;
      search(words).catch(console.error);
    }
  });
  document.addEventListener("change", (event) => {
    if (bar.contains(event.target)) search(input()?.value || "").catch(console.error);
  });
  document.addEventListener("reset", (event) => {
    if (event.target.closest?.("[data-briefings-search]")) setTimeout(() => search(""), 0);
  });
  document.addEventListener("submit", (event) => {
    if (event.target.closest?.("[data-briefings-search-proxy]")) {
      event.preventDefault();
      open();
      return;
    }
    if (!event.target.closest?.("[data-briefings-search]")) return;
    event.preventDefault();
    box().querySelector(".md-search-result__link")?.click();
  });
  document.addEventListener("click", (event) => {
    if (event.target.closest?.(".md-search-result__link")) close();
  });
  // As in Material's search: the arrow keys move between the box and the results
  // (the result links are out of the Tab order, tabindex -1, as in Material's).
  function step(by) {
    const stops = [input(), ...box().querySelectorAll(".md-search-result__link")];
    const at = Math.max(0, stops.indexOf(document.activeElement));
    stops[(at + by + stops.length) % stops.length]?.focus();
  }

  // Tab moves from the box through the sort and filter bar; leaving the bar (or the
  // box, when there is no bar) closes the search.
  function tabStop(event) {
    const menus = bar.menus();
    const stops = [input(), ...menus];
    const at = stops.indexOf(document.activeElement);
    const next = at + (event.shiftKey ? -1 : 1);
    return menus.length && at >= 0 && next >= 0 && next < stops.length ? stops[next] : null;
  }

  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest?.("input, textarea, select, [contenteditable]");
    const inMenu = event.target.closest?.("select");
    const stop = event.key === "Tab" && toggle()?.checked ? tabStop(event) : null;
    if (stop) {
      event.preventDefault(); // straight to the next select, past the scrolling area
      stop.focus();
    } else if ((event.key === "Escape" || event.key === "Tab") && toggle()?.checked) {
      // As in Material's search: Tab leaves the open box and closes it, so the
      // focus never moves on to the page hidden behind it.
      close();
    } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && toggle()?.checked
               && !inMenu) {
      event.preventDefault();
      step(event.key === "ArrowDown" ? 1 : -1);
    } else if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey
               && (event.key === "/" || event.key === "s" || event.key === "f")) {
      event.preventDefault();
      open();
    }
  });

  // Warm the engine once the page is idle: pagefind.js, its worker and
  // WebAssembly and the page list (about 0.2 MB at 1,000 briefings, cached
  // after the first page), so that the first query only fetches its index
  // chunks and fragments. Material's own search fetched its whole index on
  // every first page view; readers who ask to save data get nothing early.
  if (!navigator.connection?.saveData) {
    const warm = () => load().catch(() => {});
    if ("requestIdleCallback" in window) requestIdleCallback(warm, { timeout: 3000 });
    else setTimeout(warm, 1000);
  }
})();
