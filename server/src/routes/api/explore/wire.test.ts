/** The text form of a neighbourhood answer parses to exactly the object form. */
import { describe, expect, it } from 'vitest';
import type { Subgraph, SubgraphText } from '../../../store/port.ts';
import { graphologyJson, graphologyText } from './wire.ts';

describe('neighbourhood wire forms', () => {
  it('splices stored property text into the same JSON the object form gives', () => {
    const subgraph: Subgraph = {
      truncated: true,
      nodes: [
        { kind: 'Chain', key: 'c"1', props: { name_zh: '动力电池"链', aliases: ['a', '\\b'] } },
        { kind: 'Segment', key: 'esco:s/1 x', props: {} },
        { kind: 'Segment', key: 'back\\slash 😀 tab\t', props: { name_zh: '\u2028' } },
      ],
      edges: [
        {
          rel: 'PART_OF',
          from: { kind: 'Segment', key: 'esco:s/1 x' },
          to: { kind: 'Chain', key: 'c"1' },
          props: {},
        },
        {
          rel: 'UPSTREAM_OF',
          from: { kind: 'Segment', key: 'esco:s/1 x' },
          to: { kind: 'Segment', key: 'esco:s/1 x' },
          props: { share: 0.5, essential: true },
        },
        {
          rel: 'UPSTREAM_OF',
          from: { kind: 'Segment', key: 'back\\slash 😀 tab\t' },
          to: { kind: 'Chain', key: 'c"1' },
          props: {},
        },
      ],
    };
    const text: SubgraphText = {
      truncated: subgraph.truncated,
      nodes: subgraph.nodes.map((n) => ({ ...n, props: JSON.stringify(n.props) })),
      edges: subgraph.edges.map((e) => ({ ...e, props: JSON.stringify(e.props) })),
    };
    const frame = { center: { kind: 'Chain' as const, key: 'c"1' }, depth: 2, limit: 10 };
    expect(JSON.parse(graphologyText(frame, text).toString('utf8'))).toEqual(
      graphologyJson(frame, subgraph),
    );
    // Again from the same row objects (their text is kept): the same bytes.
    expect(graphologyText(frame, text)).toEqual(graphologyText(frame, text));
  });
});
