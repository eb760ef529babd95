export * from './money.ts';
export * from './dates.ts';
export * from './labels.ts';
export * from './feedback.ts';
export * from './series.ts';
export * from './listing.ts';
export * from './paths.ts';
export * from './evaluations.ts';
