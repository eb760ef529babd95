/**
 * A facet's choices as compact text for a data attribute of the search page, which the page's
 * script turns into checkboxes. As HTML, the choices were two thirds of the page at 10,000
 * partnerships (80 districts ≈ 14 KB); as this JSON the same districts are about 3 KB. Kept apart
 * from options.ts so the browser bundle does not pull in the vocabularies.
 */
export interface FacetChoice {
  value: string;
  label: string;
}

/** JSON: a choice whose label is its value (districts, governments, years) is just the string. */
export function encodeFacetChoices(choices: readonly FacetChoice[]): string {
  return JSON.stringify(choices.map((c) => (c.label === c.value ? c.value : [c.value, c.label])));
}

/** The inverse of encodeFacetChoices; anything else in the text is left out rather than shown. */
export function decodeFacetChoices(text: string | undefined): FacetChoice[] {
  let data: unknown;
  try {
    data = JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const choices: FacetChoice[] = [];
  for (const item of data) {
    if (typeof item === 'string') choices.push({ value: item, label: item });
    else if (Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' && typeof item[1] === 'string') choices.push({ value: item[0], label: item[1] });
  }
  return choices;
}
