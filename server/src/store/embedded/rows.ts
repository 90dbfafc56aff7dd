/**
 * Row mapping between SQLite rows and the port's NodeRow / EdgeRow: properties are stored as JSON
 * text, endpoints as (kind, key) column pairs.
 */
import type { NodeKind, Props, RelationSummary, RelType } from '@chanjiao/graph-schema';
import type { EdgeRow, NodeRow } from '../port.ts';

export interface NodeSqlRow {
  kind: NodeKind;
  key: string;
  props: string;
}

export interface EdgeSqlRow {
  rel: RelType;
  from_kind: NodeKind;
  from_key: string;
  to_kind: NodeKind;
  to_key: string;
  props: string;
}

export function parseProps(json: string): Props {
  return JSON.parse(json) as Props;
}

export function nodeFromSql(row: NodeSqlRow): NodeRow {
  return { kind: row.kind, key: row.key, props: parseProps(row.props) };
}

export function edgeFromSql(row: EdgeSqlRow): EdgeRow {
  return {
    rel: row.rel,
    from: { kind: row.from_kind, key: row.from_key },
    to: { kind: row.to_kind, key: row.to_key },
    props: parseProps(row.props),
  };
}

/** The short form of a node shown at the other end of a relationship. */
export function summaryOf(node: NodeRow): RelationSummary['other'] {
  const name_zh = typeof node.props.name_zh === 'string' ? node.props.name_zh : node.key;
  return {
    kind: node.kind,
    key: node.key,
    name_zh,
    ...(typeof node.props.name_en === 'string' && { name_en: node.props.name_en }),
  };
}
