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

  it('keeps an answer’s text for its framing and writes it anew for another', () => {
    const text: SubgraphText = {
      truncated: false,
      nodes: [{ kind: 'Chain', key: 'c', props: '{"name_zh":"链"}' }],
      edges: [],
    };
    const frame = { center: { kind: 'Chain' as const, key: 'c' }, depth: 1, limit: 10 };
    const first = graphologyText(frame, text);
    // The same answer and framing: the very bytes written before.
    expect(graphologyText(frame, text)).toBe(first);
    // Another framing of the same rows (a caller's wider limit): its own text.
    const wider = graphologyText({ ...frame, limit: 20 }, text);
    expect(wider).not.toBe(first);
    expect(JSON.parse(wider.toString('utf8')).attributes.limit).toBe(20);
    expect(JSON.parse(graphologyText(frame, text).toString('utf8')).attributes.limit).toBe(10);
  });
});
