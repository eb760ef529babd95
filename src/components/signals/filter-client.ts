/**
 * Progressive enhancement for /signals/: a select that shows one signal's section only. Without
 * JavaScript every section is on the page and the counts table links to each by its anchor.
 */
export function enhanceSignalFilter(): void {
  const box = document.querySelector<HTMLElement>('[data-signal-filter]');
  const select = box?.querySelector<HTMLSelectElement>('select');
  const status = box?.querySelector<HTMLElement>('[data-signal-filter-status]');
  const groups = Array.from(document.querySelectorAll<HTMLElement>('[data-signal-group]'));
  if (!box || !select || groups.length === 0) return;
  box.hidden = false;
  const apply = () => {
    const chosen = select.value;
    for (const g of groups) g.hidden = Boolean(chosen) && g.dataset.signalGroup !== chosen;
    if (status) status.textContent = chosen ? (select.selectedOptions[0]?.dataset.status ?? '') : '';
  };
  const fromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (groups.some((g) => g.dataset.signalGroup === id)) {
      select.value = id;
      apply();
    } else if (select.value) {
      // Another anchor on the page: show everything so the target is visible.
      select.value = '';
      apply();
    }
  };
  select.addEventListener('change', () => {
    apply();
    history.replaceState(null, '', select.value ? `#${encodeURIComponent(select.value)}` : location.pathname + location.search);
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();
}
