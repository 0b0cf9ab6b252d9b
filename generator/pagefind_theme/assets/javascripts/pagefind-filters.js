// The sort and filter bar above the search results (used by pagefind-search.js).
//
// Readers of news archives ask for two things beyond words: narrowing by tag
// and sorting by date. The bar offers sort (best match, newest, oldest) and the
// filters the briefing pages declare to Pagefind (topic, outlet, analyst,
// year: generator/pages/briefing.py), with the counts the index holds. It is
// built once, from the index, the first time a query is typed. Options carry
// an index, never the value itself, so page text stays out of attributes, and
// reaches the DOM only as text.
window.briefingsSearchFilters = (load, box) => {
  const FILTERS = [["topic", "Topic"], ["outlet", "Outlet"], ["analyst", "Analyst"], ["year", "Year"]];
  const SORTS = [["", "Best match"], ["desc", "Newest first"], ["asc", "Oldest first"]];
  const choices = new Map(); // filter name -> its values, in the order of the options
  let form = null;
  let ready = null;

  function select(name, label, options) {
    const wrap = document.createElement("label");
    wrap.className = "briefings-search-filter";
    const caption = document.createElement("span");
    caption.textContent = label;
    const menu = document.createElement("select");
    menu.name = name;
    for (const [value, text] of options) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = text;
      menu.append(option);
    }
    wrap.append(caption, menu);
    return wrap;
  }

  async function make() {
    const pagefind = await load();
    const available = await pagefind.filters();
    const bar = document.createElement("div");
    bar.className = "briefings-search-filters";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "Sort and filter the results");
    bar.append(select("sort", "Sort", SORTS));
    for (const [name, label] of FILTERS) {
      const counts = available?.[name];
      if (!counts || !Object.keys(counts).length) continue;
      const values = Object.keys(counts).sort((a, b) =>
        name === "year" ? b.localeCompare(a) : a.localeCompare(b));
      choices.set(name, values);
      bar.append(select(name, label, [["", `Any ${label.toLowerCase()}`],
        ...values.map((v, i) => [String(i), `${v} (${counts[v]})`])]));
    }
    form = bar;
    return bar;
  }

  return {
    // Shown above the results once there is something to narrow down; one bar only,
    // however many queries are typed while it is being built.
    async show(visible) {
      const output = box()?.querySelector(".md-search__scrollwrap");
      if (!output) return;
      if (!visible) {
        form?.remove();
        return;
      }
      ready ??= make().catch((error) => {
        ready = null;
        throw error;
      });
      const bar = await ready;
      if (!bar.isConnected) output.prepend(bar);
    },
    chosen() {
      const filters = {};
      let sort = null;
      for (const menu of form?.querySelectorAll("select") || []) {
        if (!menu.value) continue;
        if (menu.name === "sort") sort = { date: menu.value };
        else filters[menu.name] = choices.get(menu.name)[Number(menu.value)];
      }
      return { filters, sort };
    },
    menus: () => [...(form?.isConnected ? form.querySelectorAll("select") : [])],
    contains: (element) => Boolean(form?.contains(element)),
  };
};
