/**
 * The search page in the browser: reads the search from the address, asks Pagefind (its modular
 * API, /pagefind/pagefind.js under the site base), and renders the results as DOM nodes. Data is
 * only ever set as text; Pagefind's excerpt is split into text and <mark> runs (parseExcerpt).
 * Submitting the form updates the address (pushState), so Back and shared links restore a search.
 *
 * Transfer budget (issue "Search": ≤ 300 KB until the first result shows, measured by
 * scripts/search-transfer.ts): the first results load only PAGE_SIZE fragments, and a facet's
 * counts load only after the results and only for facets that are shown (open): each facet is one
 * filter file, and at 10,000 partnerships the ten of them were a third of what a reader downloaded.
 * The facets' checkboxes are made here from each fieldset's data-choices, which is far smaller than
 * the same checkboxes as HTML.
 */
import { searchZhCN, type SearchMessages } from '../../i18n/search.zh-CN.ts';
import { searchEn } from '../../i18n/search.en.ts';
import { hasChinese, languageRuns } from '../../lib/format/language-runs.ts';
import { count } from '../../lib/format/money.ts';
import { parseExcerpt } from '../../lib/search/excerpt.ts';
import { decodeFacetChoices } from '../../lib/search/option-data.ts';
import { pagefindQuery, parseSearchParams, toSearchParams, type SearchState } from '../../lib/search/query.ts';
import type { PagefindQuery } from '../../lib/search/query.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  /** Counts per facet value within these results. */
  filters?: FilterCounts;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Loads the index and filter files a search would need, without searching. */
  preload(term: string | null, options: Omit<PagefindQuery, 'term'>): Promise<void>;
  search(term: string | null, options: Omit<PagefindQuery, 'term'>): Promise<PagefindResponse | null>;
}

/** Results rendered at once: each needs its fragment file, so the first screen loads only these. */
const PAGE_SIZE = 10;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Only addresses on this site: the index holds paths under the site base. */
function sameSitePath(url: string): string | null {
  return /^\/(?!\/)/.test(url) ? url : null;
}

/** Text into `parent`; on an English page its Chinese runs (a district's name) are marked lang="zh-CN". */
function appendText(parent: HTMLElement, text: string, english: boolean): void {
  if (!english || !hasChinese(text)) {
    parent.append(text);
    return;
  }
  for (const run of languageRuns(text)) {
    if (!run.zh) parent.append(run.text);
    else {
      const span = element('span', undefined, run.text);
      span.lang = 'zh-CN';
      parent.append(span);
    }
  }
}

/** One facet's checkboxes, each labelled, outside the form element but submitted with it. */
function renderChoices(fieldset: HTMLFieldSetElement, facet: string, english: boolean): void {
  const rows = decodeFacetChoices(fieldset.dataset.choices).map((choice, i) => {
    const row = element('div', 'search-option');
    const box = element('input');
    box.type = 'checkbox';
    box.id = `facet-${facet}-${i}`;
    box.name = facet;
    box.value = choice.value;
    box.setAttribute('form', 'search-form');
    const label = element('label');
    appendText(label, choice.label, english);
    label.htmlFor = box.id;
    row.append(box, label);
    return row;
  });
  fieldset.append(...rows);
}

export function startSearch(): void {
  const foundRoot = document.querySelector<HTMLElement>('[data-search]');
  const foundForm = document.querySelector<HTMLFormElement>('#search-form');
  if (!foundRoot || !foundForm) return;
  const root: HTMLElement = foundRoot;
  const form: HTMLFormElement = foundForm;
  const english = root.dataset.lang === 'en';
  const S: SearchMessages = english ? searchEn : searchZhCN;
  /** An element holding text from the data (titles, names, excerpts), its Chinese marked on English pages. */
  const dataElement = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string | undefined, text: string) => {
    const el = element(tag, className);
    appendText(el, text, english);
    return el;
  };
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector) as T;
  const status = q<HTMLElement>('[data-search-status]');
  const empty = q<HTMLElement>('[data-search-empty]');
  const error = q<HTMLElement>('[data-search-error]');
  const list = q<HTMLOListElement>('[data-search-results]');
  const showing = q<HTMLElement>('[data-search-showing]');
  const more = q<HTMLButtonElement>('[data-search-more]');
  const clear = q<HTMLButtonElement>('[data-search-clear]');
  const input = form.querySelector<HTMLInputElement>('input[name="q"]') as HTMLInputElement;
  const sortSelect = q<HTMLSelectElement>('select[name="sort"]');
  for (const details of root.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
    const fieldset = details.querySelector<HTMLFieldSetElement>('fieldset[data-choices]');
    if (fieldset) renderChoices(fieldset, details.dataset.facet as string, english);
  }
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  root.hidden = false;

  let api: Promise<PagefindApi> | null = null;
  const loadApi = () =>
    (api ??= (import(/* @vite-ignore */ root.dataset.bundle as string) as Promise<PagefindApi>).then(async (pagefind) => {
      // Record URLs already include the site base; Pagefind must not prefix it again. Pagefind runs
      // its index in a worker (pagefind-worker.js, 12 KB gzipped): searching on the page itself
      // blocked a phone's main thread for about half a second (Lighthouse, mobile). The CSP's
      // 'wasm-unsafe-eval' stays for Pagefind's fallback to the page when a worker cannot start.
      await pagefind.options({ baseUrl: '/', excerptLength: 30 });
      return pagefind;
    }));

  /** Facets whose filter file is loaded: Pagefind counts only those, so only those show counts. */
  const loadedFacets = new Set<string>();
  const facetLoads = new Map<string, Promise<void>>();
  const facetDetails = [...root.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];
  const shownFacets = () => facetDetails.filter((d) => d.open).map((d) => d.dataset.facet as string);
  /** The latest search, so counts can be filled in when a facet is opened later. */
  let latest: { run: number; query: PagefindQuery } | null = null;

  let generation = 0;
  let pending: PagefindResult[] = [];
  let total = 0;

  function fillForm(state: SearchState): void {
    input.value = state.q;
    sortSelect.value = state.sort === 'relevance' ? '' : state.sort;
    for (const box of checkboxes) box.checked = state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
    // Open every facet that has a choice, so a restored search shows what narrows it.
    for (const details of root.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
      if (details.querySelector('input:checked')) details.open = true;
    }
  }

  function stateFromForm(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
    return parseSearchParams(params);
  }

  function showCounts(counts: FilterCounts | undefined): void {
    for (const box of checkboxes) {
      const label = box.labels?.[0];
      if (!label) continue;
      const n = loadedFacets.has(box.name) ? counts?.[box.name]?.[box.value] : undefined;
      let span = label.querySelector<HTMLElement>('[data-facet-count]');
      if (!span) {
        if (n === undefined) continue;
        // Added here rather than in the page's HTML, which every reader downloads before searching.
        span = element('span', 'search-option-count small muted');
        span.dataset.facetCount = '';
        label.append(' ', span);
      }
      span.textContent = n === undefined ? '' : `(${S.facetCount(count(n))})`;
    }
  }

  /**
   * Choices within a facet are alternatives (any of them), so a facet's counts come from the search
   * without that facet's own choices: "how many would match if I also ticked this".
   */
  async function facetCounts(pagefind: PagefindApi, query: PagefindQuery, response: PagefindResponse | null): Promise<FilterCounts> {
    const counts: FilterCounts = { ...(response?.filters ?? {}) };
    for (const key of Object.keys(query.filters)) {
      const { [key]: _own, ...others } = query.filters;
      const without = await pagefind.search(query.term, { filters: others, sort: {} });
      const own = without?.filters?.[key];
      if (own) counts[key] = own;
    }
    return counts;
  }

  function renderResult(data: ResultData): HTMLLIElement {
    const li = element('li');
    const kind = data.meta.kind ?? '';
    li.append(element('span', 'tag', S.kinds[kind as keyof typeof S.kinds] ?? kind));
    const h3 = element('h3');
    const href = sameSitePath(data.url);
    const title = data.meta.title || data.url;
    if (href) {
      const a = dataElement('a', undefined, title);
      a.href = href;
      h3.append(a);
    } else {
      appendText(h3, title, english);
    }
    li.append(h3);
    const facts: [string, string | undefined][] = [];
    if (kind === 'partnership') {
      facts.push([S.result.parties, data.meta.parties], [S.result.amount, data.meta.amount], [S.result.status, data.meta.status], [S.result.year, data.meta.year]);
    } else if (kind === 'organization' || kind === 'government') {
      if (data.meta.detail) li.append(dataElement('p', 'small muted', data.meta.detail));
      facts.push([kind === 'government' ? S.result.governmentAmount : S.result.organizationAmount, data.meta.amount]);
    }
    const shown = facts.filter((f): f is [string, string] => Boolean(f[1]));
    if (shown.length) {
      const dl = element('dl', 'search-result-meta');
      for (const [term, value] of shown) {
        const div = element('div');
        div.append(element('dt', undefined, `${term}${english ? ':' : '：'}`), dataElement('dd', undefined, value));
        dl.append(div);
      }
      li.append(dl);
    }
    if (data.excerpt) {
      const p = element('p', 'search-result-excerpt');
      for (const part of parseExcerpt(data.excerpt)) {
        if (part.mark) p.append(dataElement('mark', undefined, part.text));
        else appendText(p, part.text, english);
      }
      li.append(p);
    }
    return li;
  }

  async function renderMore(run: number, focusFirst: boolean): Promise<void> {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (run !== generation) return;
    const items = data.map(renderResult);
    list.append(...items);
    const shownCount = list.children.length;
    showing.hidden = total <= PAGE_SIZE;
    showing.textContent = S.showing(count(shownCount), count(total));
    more.hidden = pending.length === 0;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /**
   * Loads the filter files of the facets now shown (open, or with a choice) that are not loaded yet,
   * then fills in the counts of the latest search. Runs after the first results are on screen.
   */
  async function loadShownCounts(): Promise<void> {
    const current = latest;
    if (!current || !api) return;
    const pagefind = await api;
    // Each facet's file is fetched once; a second caller (a facet opened meanwhile) waits for it.
    // A filter key in a preload fetches that facet's filter file; an empty `any` narrows nothing.
    const keys = [...new Set([...shownFacets(), ...Object.keys(current.query.filters)])];
    await Promise.all(
      keys.map((key) => {
        let load = facetLoads.get(key);
        if (!load) {
          load = pagefind.preload(null, { filters: { [key]: { any: [] } }, sort: {} }).then(() => void loadedFacets.add(key));
          facetLoads.set(key, load);
        }
        return load;
      }),
    );
    if (current.run !== generation) return;
    // Searched again now that the files are in: Pagefind counts only the facets it has loaded.
    const response = await pagefind.search(current.query.term, { filters: current.query.filters, sort: {} });
    const counts = await facetCounts(pagefind, current.query, response);
    if (current.run === generation) showCounts(counts);
  }

  async function run(state: SearchState): Promise<void> {
    const run = ++generation;
    // Marks a finished search (for people's scripts and the tests): cleared while one runs.
    delete root.dataset.searchDone;
    list.replaceChildren();
    empty.hidden = true;
    error.hidden = true;
    more.hidden = true;
    showing.hidden = true;
    showCounts(undefined);
    clear.hidden = !state.q && Object.keys(state.filters).length === 0 && state.sort === 'relevance';
    const query = pagefindQuery(state);
    latest = query ? { run, query } : null;
    if (!query) {
      status.textContent = S.idle;
      showCounts(undefined);
      root.dataset.searchDone = '';
      return;
    }
    status.textContent = S.loading;
    root.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadApi();
      const response = await pagefind.search(query.term, { filters: query.filters, sort: query.sort });
      if (run !== generation || !response) return;
      pending = response.results;
      total = response.results.length;
      if (total === 0) {
        status.textContent = state.q ? S.noResultsFor(state.q) : S.noResults;
        empty.hidden = false;
      } else {
        await renderMore(run, false);
        if (run !== generation) return;
        status.textContent = state.q ? S.countFor(count(total), state.q) : S.count(count(total));
      }
      // Counts after the results: the reader sees results first, and only shown facets are loaded.
      await loadShownCounts();
      if (run !== generation) return;
      root.dataset.searchDone = toSearchParams(state).toString();
      // A facet opened while the counts loaded (its toggle was ignored meanwhile).
      if (shownFacets().some((key) => !loadedFacets.has(key))) loadShownCounts().catch((cause: unknown) => console.error(cause));
    } catch (cause) {
      if (run !== generation) return;
      console.error(cause);
      status.textContent = '';
      error.hidden = false;
      root.dataset.searchDone = toSearchParams(state).toString();
    } finally {
      if (run === generation) root.removeAttribute('aria-busy');
    }
  }

  function go(state: SearchState, push: boolean): void {
    if (push) {
      const params = toSearchParams(state).toString();
      history.pushState(null, '', `${location.pathname}${params ? `?${params}` : ''}`);
    }
    void run(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(stateFromForm(), true);
  });
  clear.addEventListener('click', () => {
    const state: SearchState = { q: '', filters: {}, sort: 'relevance' };
    fillForm(state);
    go(state, true);
    input.focus();
  });
  more.addEventListener('click', () => void renderMore(generation, true));
  // Opening a facet loads its counts (once per page view). While a search runs, it picks up the
  // facets open when its results are shown (the initial <details open> also fires a toggle event,
  // which must not fetch a filter file ahead of the first results).
  for (const details of facetDetails) {
    details.addEventListener('toggle', () => {
      if (root.dataset.searchDone === undefined || !details.open || loadedFacets.has(details.dataset.facet as string)) return;
      loadShownCounts().catch((cause: unknown) => console.error(cause));
    });
  }
  window.addEventListener('popstate', () => {
    const state = parseSearchParams(new URLSearchParams(location.search));
    fillForm(state);
    go(state, false);
  });

  const initial = parseSearchParams(new URLSearchParams(location.search));
  fillForm(initial);
  go(initial, false);
}
