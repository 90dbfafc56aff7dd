/**
 * How a search hit is scored and ordered, shared by every store so they answer alike: an exact
 * match of the key, a name or an alias scores 100, a prefix 60, a substring 30 (case-insensitive).
 * Ties go to the shorter Chinese name, then kind, then key.
 */
import type { SearchHit } from '@chanjiao/graph-schema';
import { compareStrings } from './order.ts';
import type { NodeRow } from './port.ts';

export function normaliseQuery(text: string): string {
  return text.trim().toLowerCase();
}

export function matchScore(query: string, node: NodeRow): number {
  if (query === '') return 0;
  const fields: string[] = [node.key];
  const { name_zh, name_en, aliases } = node.props;
  if (typeof name_zh === 'string') fields.push(name_zh);
  if (typeof name_en === 'string') fields.push(name_en);
  if (Array.isArray(aliases)) fields.push(...aliases);
  let best = 0;
  for (const field of fields) {
    const value = field.toLowerCase();
    if (value === query) return 100;
    if (value.startsWith(query)) best = Math.max(best, 60);
    else if (best < 30 && value.includes(query)) best = 30;
  }
  return best;
}

export function toHit(node: NodeRow, score: number): SearchHit {
  const name_zh = typeof node.props.name_zh === 'string' ? node.props.name_zh : node.key;
  const hit: SearchHit = { kind: node.kind, key: node.key, name_zh, score };
  if (typeof node.props.name_en === 'string') hit.name_en = node.props.name_en;
  return hit;
}

export function compareHits(a: SearchHit, b: SearchHit): number {
  return (
    b.score - a.score ||
    a.name_zh.length - b.name_zh.length ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.key, b.key)
  );
}
