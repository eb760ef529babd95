/** Search: records for the Pagefind index, facets, funding bands and the URL state of the search page. */
export * from './bands.ts';
export * from './facets.ts';
export * from './options.ts';
export * from './option-data.ts';
export * from './query.ts';
export * from './records.ts';
export * from './mdx-text.ts';
export * from './signals.ts';
export * from './excerpt.ts';
