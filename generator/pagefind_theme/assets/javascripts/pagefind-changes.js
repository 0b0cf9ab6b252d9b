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
  if (changes.index) {
    // On the page's own thread: in Pagefind 1.5's shared worker a second instance
    // read its chunks from the first one's folder. The delta is small.
    delta = pagefind.createInstance({
      ...settings, basePath: new URL("pagefind-delta/", base).pathname, noWorker: true,
    });
    await delta.init();
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
    const [main, extra] = await Promise.all([
      pagefind.search(term, options), delta ? delta.search(term, options) : null,
    ]);
    if (!main) return main;
    const found = extra?.results || [];
    const fresh = new Map((await Promise.all(found.map(url))).map((u, i) => [u, found[i]]));
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
