/**
 * The strings of the graph, search and panels (the explorer and what it shares with the analysis
 * views: legend, lanes, labels, expansion, the top bar), in Chinese and English. Kept apart from
 * the views' strings so that each part of the client edits its own file; `dictionary.ts` joins
 * them. Terms follow `docs/glossary.md`.
 */
export const graphMessages = {
  'lanes.segments': { zh: '{count} 个环节', en: '{count} segments' },
  'lanes.unplaced': { zh: '未标位置', en: 'No position' },
} as const satisfies Record<string, { zh: string; en: string }>;
