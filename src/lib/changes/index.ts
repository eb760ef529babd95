export type { ChangeBuild, ChangeEntry, ChangeLog, ChangeType } from './types.ts';
export { diffDatasets, diffEntries, MAX_BUILDS } from './diff.ts';
export { renderAtom, entryTitle, feedEntries, feedPath, MAX_FEED_ENTRIES, type Locale, type AtomOptions } from './atom.ts';
export { loadPreviousDataset, changesLocation, type PreviousDataset, type LoadPreviousOptions } from './previous.ts';
export { escapeXml } from './xml.ts';
