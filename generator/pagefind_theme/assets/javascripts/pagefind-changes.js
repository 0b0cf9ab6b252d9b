// The preview's search while Pagefind re-indexes the whole site (only `mkdocs serve`
// loads this file; see generator/engine/search_delta.py).
//
// Two indexes answer: the last full one (the base) and a small one of the pages
// written since it began (the delta). pagefind-changes.json names the base's
// entries that a newer page replaces or whose page is gone. Each search asks
// both; a dropped entry gives its place to the page's new entry when that still
// matches, and disappears otherwise, so a deleted briefing is never found. Pages
// new since the base go where their score, or their date under a sort, puts them.
// The filter counts are the base's until the next full index.
window.briefingsSearchChanges = async (pagefind, base, settings) => {
  let changes = null;
  try {
    const response = await fetch(new URL("pagefind-changes.json", base), { cache: "no-store" });
    if (response.ok) changes = await response.json();
  } catch {
    return pagefind; // no list yet: the base is the whole story
  }
  const stale = new Map(Object.entries(changes?.stale || {}));
  if (!changes?.index && !stale.size) return pagefind;
  let delta = null;
  // The small index rewritten under this page (a newer one is on its way): the pages
  // it held answer from the full index as they were; the pages that are gone stay dropped.
  function withoutDelta() {
    delta = null;
    const written = new Set(changes.pages || []);
    for (const [entry, page] of stale) if (written.has(page)) stale.delete(entry);
  }
  if (changes.index) {
    try {
      // On the page's own thread: in Pagefind 1.5's shared worker a second instance
      // read its chunks from the first one's folder. The delta is small.
      delta = pagefind.createInstance({
        ...settings, basePath: new URL("pagefind-delta/", base).pathname, noWorker: true,
      });
      await delta.init();
    } catch {
      withoutDelta();
    }
  }

  async function fromDelta(term, options) {
    if (!delta) return [];
    try {
      const found = (await delta.search(term, options))?.results || [];
      const urls = await Promise.all(found.map(url));
      return urls.map((u, i) => [u, found[i]]);
    } catch {
      withoutDelta();
      return [];
    }
  }

  const url = async (result) => (await result.data()).raw_url;
  const date = async (result) => (await result.data()).meta?.published || "";

  // Where a new page goes in a list sorted by date: base results keep their order.
  async function place(results, result, descending) {
    const when = await date(result);
    let low = 0;
    let high = results.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const other = await date(results[middle]);
      const before = descending ? other >= when : other <= when;
      if (before) low = middle + 1;
      else high = middle;
    }
    results.splice(low, 0, result);
  }

  async function search(term, options = {}) {
    const [main, extra] = await Promise.all([pagefind.search(term, options),
      fromDelta(term, options)]);
    if (!main) return main;
    const fresh = new Map(extra);
    const results = [];
    for (const result of main.results) {
      const page = stale.get(result.id);
      if (page === undefined) results.push(result);
      else if (fresh.has(page)) {
        results.push(fresh.get(page));
        fresh.delete(page);
      }
    }
    if (options.sort?.date) {
      for (const result of fresh.values()) {
        await place(results, result, options.sort.date === "desc");
      }
    } else {
      results.push(...fresh.values());
      if (term !== null) results.sort((a, b) => b.score - a.score); // stable
    }
    return { ...main, results };
  }

  return { search, filters: () => pagefind.filters() };
};
