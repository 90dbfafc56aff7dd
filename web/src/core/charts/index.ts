/** Chart options of the analysis views (ECharts), built by pure functions from answers. */
export * from './types.ts';
export * from './palette.ts';
export * from './base.ts';
export * from './heatmap.ts';
export * from './bars.ts';
export * from './quotient.ts';
export * from './timeline.ts';
