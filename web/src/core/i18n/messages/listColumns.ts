/**
 * What each column of the N lists counts, by the column's code in the API's declaration
 * (graph-schema `analysis/lists.ts`: `<list>.<key>`, or the bare key for the columns every list
 * shares). Both languages come from graph-schema — the English is the declaration's own text, the
 * Chinese its translation kept beside it (`analysis/lists-zh.ts`), which the server's XLSX sheet
 * reads too — so the two formats cannot drift apart.
 */
import { listColumnCountsZh, listDefinitions } from '@chanjiao/graph-schema';

const declared = new Map(
  Object.values(listDefinitions).flatMap((list) =>
    list.columns.map((column) => [column.code, column.counts] as const),
  ),
);

/** The API's English text for a column code; a Chinese text for an unknown code is a mistake. */
function en(code: string): string {
  const counts = declared.get(code);
  if (counts === undefined) throw new Error(`No list column has the code ${code}`);
  return counts;
}

export const listColumnMessages = Object.fromEntries(
  Object.entries(listColumnCountsZh).map(([code, zh]) => [
    `lists.column.${code}`,
    { zh, en: en(code) },
  ]),
) as Record<`lists.column.${string}`, { zh: string; en: string }>;
