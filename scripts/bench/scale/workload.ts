/**
 * What the scale benchmark asks: sampled centres for neighbourhoods (nodes of several kinds at
 * random positions, found through the listing API so any store can be asked), search queries made
 * from the sampled names, and one request for every analysis. The generator invents no regions, so
 * three invented region codes (marked as such in their source) are imported with the graph and
 * hold a few of its parks.
 */
import type { NodeKind, NodeRef } from '@chanjiao/graph-schema';

const source = 'bench data — invented region codes for the scale benchmark';
export const region = '990100';

export function inventedRegions(): string {
  const node = (key: string, level: string) =>
    JSON.stringify({
      type: 'node',
      kind: 'Region',
      key,
      props: { name_zh: `基准测试区 ${key}`, level, source },
    });
  const edge = (from: [NodeKind, string], to: [NodeKind, string]) =>
    JSON.stringify({
      type: 'edge',
      rel: from[0] === 'Region' ? 'PART_OF' : 'LOCATED_IN',
      from: { kind: from[0], key: from[1] },
      to: { kind: to[0], key: to[1] },
      props: { source },
    });
  return (
    [
      node('990000', 'province'),
      node(region, 'city'),
      node('990101', 'county'),
      edge(['Region', region], ['Region', '990000']),
      edge(['Region', '990101'], ['Region', region]),
      edge(['Park', 'syn-park-0001'], ['Region', '990101']),
      edge(['Park', 'syn-park-0002'], ['Region', '990101']),
      edge(['Park', 'syn-park-0003'], ['Region', region]),
    ].join('\n') + '\n'
  );
}

export interface Sample {
  centers: NodeRef[];
  names: { kind: NodeKind; key: string; name_zh: string; name_en?: string }[];
  first: Partial<Record<NodeKind, string>>;
}

export const centerKinds: NodeKind[] = [
  'Enterprise',
  'Posting',
  'Candidate',
  'Occupation',
  'Competency',
  'Course',
  'Segment',
  'Chain',
  'Industry',
  'Park',
];

/** A deterministic sequence in [0, 1), so two runs sample the same nodes. */
export function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

interface Page {
  hits: { kind: NodeKind; key: string; name_zh: string; name_en?: string }[];
  total: number;
}

async function list(base: string, kind: NodeKind, offset: number, limit: number): Promise<Page> {
  const response = await fetch(
    `${base}/api/search?q=&kind=${kind}&limit=${limit}&offset=${offset}`,
  );
  if (!response.ok) throw new Error(`listing ${kind}: ${response.status}`);
  return (await response.json()) as Page;
}

export async function discover(base: string, count: number): Promise<Sample> {
  const random = sequence(42);
  const sample: Sample = { centers: [], names: [], first: {} };
  const perKind = Math.ceil(count / centerKinds.length);
  for (const kind of [...centerKinds, 'Institution', 'Program', 'Candidate'] as NodeKind[]) {
    const first = await list(base, kind, 0, 1);
    if (first.hits[0]) sample.first[kind] ??= first.hits[0].key;
    if (!centerKinds.includes(kind) || first.total === 0) continue;
    // Listings are paged up to offset 10,000.
    const span = Math.min(first.total, 10_000);
    for (let i = 0; i < perKind; i++) {
      const page = await list(base, kind, Math.floor(random() * span), 1);
      const hit = page.hits[0];
      if (!hit) continue;
      sample.centers.push({ kind: hit.kind, key: hit.key });
      sample.names.push(hit);
    }
  }
  return sample;
}

/** The benchmark's neighbourhood request: `depth` hops from `center`, at most 500 nodes. */
export function hoodPath(center: NodeRef, depth: number): string {
  return `/api/graph/neighbourhood?kind=${center.kind}&key=${encodeURIComponent(center.key)}&depth=${depth}&limit=500`;
}

/**
 * Up to `perKind` nodes of each centre kind that the sample does not hold, from whole listing
 * pages (by key): load on answers the server has not given before, since the embedded store keeps
 * whole answers until the next commit.
 */
export async function unseenCenters(
  base: string,
  sample: Sample,
  perKind: number,
): Promise<NodeRef[]> {
  const seen = new Set(sample.centers.map((c) => `${c.kind}:${c.key}`));
  const out: NodeRef[] = [];
  for (const kind of centerKinds) {
    let taken = 0;
    // Listings are paged up to offset 10,000, 200 at a time.
    for (let offset = 0; taken < perKind && offset < 10_000; offset += 200) {
      const page = await list(base, kind, offset, 200);
      for (const hit of page.hits)
        if (taken < perKind && !seen.has(`${hit.kind}:${hit.key}`)) {
          out.push({ kind: hit.kind, key: hit.key });
          taken++;
        }
      if (page.hits.length < 200) break;
    }
  }
  return out;
}

/** Queries built from sampled names: whole names, numbers, words of one, two and more characters. */
export function searchQueries(sample: Sample): string[] {
  const named = sample.names.find((n) => n.kind === 'Enterprise') ?? sample.names[0];
  if (!named) return ['电池'];
  const number = /\d{3,}/.exec(named.name_zh)?.[0] ?? named.key.slice(-4);
  const cjk = /\p{Script=Han}+/u.exec(named.name_zh)?.[0] ?? named.name_zh;
  return [
    named.name_zh,
    number,
    `${cjk} ${number.slice(0, -1)}`,
    named.key,
    named.key.slice(2, -2),
    named.name_en?.split(' ')[1] ?? 'engineer',
    cjk.slice(-2),
    cjk.slice(-1),
    'zzqxv',
  ];
}

export function analysisPaths(sample: Sample): [string, string][] {
  const f = sample.first;
  const chain = f.Chain ?? '';
  const institution = f.Institution ?? '';
  return [
    ['talent map', `/api/analysis/talent-map?chain=${chain}`],
    [
      'skill gap (chain × institution)',
      `/api/analysis/skill-gap?chain=${chain}&institution=${institution}`,
    ],
    [
      'skill gap (postings in region)',
      `/api/analysis/skill-gap?chain=${chain}&region=${region}&demand=postings&institution=${institution}`,
    ],
    ['weak links', `/api/analysis/weak-links?chain=${chain}&region=${region}`],
    ['alignment', `/api/analysis/alignment?institution=${institution}`],
    [
      'program adjustment',
      `/api/analysis/program-adjustment?institution=${institution}&region=${region}`,
    ],
    ['region overview', `/api/analysis/overview?region=${region}`],
    ['match: candidates for posting', `/api/analysis/match/posting?posting=${f.Posting ?? ''}`],
    [
      'match: postings for candidate',
      `/api/analysis/match/candidate?candidate=${f.Candidate ?? ''}&region=${region}`,
    ],
    [
      'match: postings for candidate (whole store)',
      `/api/analysis/match/candidate?candidate=${f.Candidate ?? ''}`,
    ],
    ['related occupations', `/api/analysis/related/occupations?occupation=${f.Occupation ?? ''}`],
    ['related segments', `/api/analysis/related/segments?segment=${f.Segment ?? ''}`],
    ['expert finder', `/api/analysis/experts?competency=${f.Competency ?? ''}`],
  ];
}
