/** Row mapping between SQLite rows and the port's shapes: properties are stored as JSON text. */
import type { NodeKind, Props, RelationSummary } from '@chanjiao/graph-schema';

export function parseProps(json: string): Props {
  return JSON.parse(json) as Props;
}

/** The short form of a node shown at the other end of a relationship. */
export function summaryOf(kind: NodeKind, key: string, props: Props): RelationSummary['other'] {
  const name_zh = typeof props.name_zh === 'string' ? props.name_zh : key;
  return {
    kind,
    key,
    name_zh,
    ...(typeof props.name_en === 'string' && { name_en: props.name_en }),
  };
}
