/** Progressive enhancement for the partnerships listing: filter the rows of the current page as you type. */
export function enhanceFilter(): void {
  const box = document.querySelector<HTMLElement>('[data-filter]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>('table.partnerships tbody tr'));
  const status = box?.querySelector<HTMLElement>('[data-filter-count]');
  if (!box || !input || rows.length === 0) return;
  box.hidden = false;
  const template = input.dataset.countTemplate ?? '{shown}/{total}';
  const texts = rows.map((row) => (row.textContent ?? '').toLowerCase());
  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase();
    let shown = 0;
    rows.forEach((row, i) => {
      const match = !q || (texts[i] ?? '').includes(q);
      row.hidden = !match;
      if (match) shown++;
    });
    if (status) status.textContent = q ? template.replace('{shown}', String(shown)).replace('{total}', String(rows.length)) : '';
  });
}
