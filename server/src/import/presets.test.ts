/**
 * The O*NET and ESCO import presets (seed-data/presets/*.yaml) run through the mapping engine on
 * their hand-written sample files (seed-data/presets/samples/). Records are merged the way the
 * import merges them (repeated node or edge: properties merge, last wins), and every count and
 * value below is computed by hand from the samples.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  edgeId,
  nodeId,
  type EdgeRecord,
  type NodeKind,
  type NodeRecord,
  type RelType,
} from '@chanjiao/graph-schema';
import { presetNames, presets, presetSampleFolder, type PresetName } from '@chanjiao/seed-data';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMappingSources, parseMapping } from './mapping/index.ts';
import type { Problem } from './source.ts';

interface Loaded {
  sources: string[];
  nodes: Map<string, NodeRecord>;
  edges: Map<string, EdgeRecord>;
  skipped: number;
  /** Rows read with missing trailing cells blank: file, row, cells of columns. */
  short: string[];
  problems: Problem[];
}

/** Opens every file of `folder` through the preset and reads each source once. */
async function load(name: PresetName, folder = presetSampleFolder(name)): Promise<Loaded> {
  const mapping = parseMapping(fs.readFileSync(presets[name].file, 'utf8'), `${name}.yaml`);
  const files = fs
    .readdirSync(folder)
    .sort()
    .map((file) => ({ path: path.join(folder, file) }));
  const sources = await openMappingSources(mapping, files, { origin: name });
  const loaded: Loaded = {
    sources: sources.map((s) => s.file).sort(),
    nodes: new Map(),
    edges: new Map(),
    skipped: 0,
    short: [],
    problems: [],
  };
  for (const source of sources)
    for await (const item of source.read()) {
      if (item.type === 'skipped') loaded.skipped++;
      else if (item.type === 'problem') loaded.problems.push(item.problem);
      else if (item.type === 'short')
        loaded.short.push(`${item.at.file} row ${item.at.row}: ${item.cells} of ${item.columns}`);
      else if (item.record.type === 'node') {
        const id = nodeId(item.record);
        const earlier = loaded.nodes.get(id);
        const props = { ...earlier?.props, ...item.record.props };
        loaded.nodes.set(id, { ...item.record, props });
      } else {
        const id = edgeId(item.record);
        const earlier = loaded.edges.get(id);
        const props = { ...earlier?.props, ...item.record.props };
        loaded.edges.set(id, { ...item.record, props });
      }
    }
  return loaded;
}

function nodesByKind(l: Loaded): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const n of l.nodes.values()) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
  return counts;
}

function edgesByRel(l: Loaded): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of l.edges.values()) counts[e.rel] = (counts[e.rel] ?? 0) + 1;
  return counts;
}

const node = (l: Loaded, kind: NodeKind, key: string) => l.nodes.get(nodeId({ kind, key }));

const edge = (l: Loaded, rel: RelType, from: [NodeKind, string], to: [NodeKind, string]) =>
  l.edges.get(
    edgeId({ rel, from: { kind: from[0], key: from[1] }, to: { kind: to[0], key: to[1] } }),
  );

/** Every edge joins two nodes of the same import (the import rejects dangling edges). */
function danglingEnds(l: Loaded): string[] {
  return [...l.edges.values()].flatMap((e) =>
    [e.from, e.to].filter((end) => !l.nodes.has(nodeId(end))).map((end) => nodeId(end)),
  );
}

const round2 = (x: number) => Math.round(x * 100) / 100;
/** O*NET level (LV, 0–7) on the graph's 1–5 scale. */
const onetLevel = (lv: number) => round2(1 + (4 * lv) / 7);

function copyFolder(from: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-preset-'));
  for (const f of fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(to, f));
  return to;
}

describe('the preset list', () => {
  it('names both presets with an absolute path to an existing mapping document', () => {
    expect(presetNames).toEqual(['onet', 'esco']);
    for (const name of presetNames) {
      const p = presets[name];
      expect(path.isAbsolute(p.file)).toBe(true);
      expect(path.basename(p.file)).toBe(`${name}.yaml`);
      expect(fs.existsSync(p.file)).toBe(true);
      expect(p.description.length).toBeGreaterThan(40);
      expect(fs.readdirSync(presetSampleFolder(name)).length).toBe(7);
    }
    expect(presets.onet.folderHint).toContain('https://www.onetcenter.org/database.html');
    expect(presets.esco.folderHint).toContain('https://esco.ec.europa.eu/en/use-esco/download');
  });
});

describe('O*NET preset on the sample files', () => {
  let l: Loaded;
  beforeAll(async () => {
    l = await load('onet');
  });

  const SOFTWARE = '15-1252.00';
  const ELECTRICAL = '17-2071.00';
  const REPAIRERS = '49-2094.00';
  const ASSEMBLERS = '51-2022.00';
  const requires = (occupation: string, element: string) =>
    edge(l, 'REQUIRES', ['Occupation', occupation], ['Competency', element]);
  const SOURCE = 'O*NET Database by USDOL/ETA (onetcenter.org), used under CC BY 4.0';

  it('reads the seven files without a problem; four ratings and five outline rows are skipped', () => {
    expect(l.problems).toEqual([]);
    expect(l.sources).toEqual([
      'Abilities.txt',
      'Content Model Reference.txt',
      'Knowledge.txt',
      'Occupation Data.txt',
      'Related Occupations.txt',
      'Skills.txt',
      'Task Statements.txt',
    ]);
    // Skills: both rows of 51-2022.00 × 2.B.3.k (suppressed) and the LV row of 49-2094.00 ×
    // 2.B.3.e (not relevant); Knowledge: the LV row of 17-2071.00 × 2.C.3.a (suppressed);
    // Content Model Reference: 1, 2, 2.D, 4 and 4.A.
    expect(l.skipped).toBe(3 + 1 + 5);
  });

  it('makes 4 occupations, 24 competencies and 6 tasks; 20 REQUIRES, 6 PERFORMS, 5 RELATED_TO, 20 PART_OF', () => {
    expect(nodesByKind(l)).toEqual({ Occupation: 4, Competency: 24, Task: 6 });
    // PART_OF: the 24 outline elements of the sample less the four tops (1.A, 2.A, 2.B, 2.C).
    expect(edgesByRel(l)).toEqual({ REQUIRES: 20, PERFORMS: 6, RELATED_TO: 5, PART_OF: 20 });
    expect(danglingEnds(l)).toEqual([]);
  });

  it('keys occupations by O*NET-SOC code, with scheme and provenance', () => {
    expect(node(l, 'Occupation', SOFTWARE)?.props).toEqual({
      name_zh: 'Software Developers',
      name_en: 'Software Developers',
      description:
        'Research, design and develop computer software systems and applications, working with engineers and users to set requirements and test results.',
      scheme: 'onet',
      source: SOURCE,
    });
  });

  it('merges the IM and LV rows of a pair into one REQUIRES edge', () => {
    // Programming: IM 4.62, LV 5.25 → level 1 + 4 × 5.25 / 7 = 4.
    expect(requires(SOFTWARE, '2.B.3.e')?.props).toEqual({
      importance: 4.62,
      level: 4,
      levelRaw: 5.25,
      source: SOURCE,
    });
    // Computers and Electronics: LV 5.37 → 4.0686 → 4.07.
    expect(requires(SOFTWARE, '2.C.3.a')?.props).toMatchObject({
      importance: 4.51,
      level: 4.07,
      levelRaw: 5.37,
    });
    expect(onetLevel(5.37)).toBe(4.07);
    // Reading Comprehension: LV 4.25 → 3.4286 → 3.43; LV 2.62 → 2.4971 → 2.5.
    expect(requires(SOFTWARE, '2.A.1.a')?.props).toMatchObject({
      importance: 3.88,
      level: 3.43,
      levelRaw: 4.25,
    });
    expect(requires(ASSEMBLERS, '2.A.1.a')?.props).toMatchObject({
      importance: 2.88,
      level: 2.5,
      levelRaw: 2.62,
    });
    // Manual Dexterity (an ability): LV 3.5 → 3.
    expect(requires(REPAIRERS, '1.A.2.a.2')?.props).toMatchObject({
      importance: 3.25,
      level: 3,
      levelRaw: 3.5,
    });
  });

  it('gives every rated edge the level formula 1 + 4 × LV / 7, rounded to 2 decimals', () => {
    const rated = [...l.edges.values()].filter(
      (e) => e.rel === 'REQUIRES' && e.props.levelRaw !== undefined,
    );
    expect(rated).toHaveLength(18);
    for (const e of rated) {
      expect(e.props.level).toBe(onetLevel(e.props.levelRaw as number));
      expect(e.props.importance).toBeGreaterThanOrEqual(1);
    }
  });

  it('leaves out suppressed ratings and not-relevant levels', () => {
    // Both rows suppressed: no edge at all.
    expect(requires(ASSEMBLERS, '2.B.3.k')).toBeUndefined();
    // LV suppressed: importance only.
    expect(requires(ELECTRICAL, '2.C.3.a')?.props).toEqual({ importance: 4.1, source: SOURCE });
    // LV not relevant: importance only.
    expect(requires(REPAIRERS, '2.B.3.e')?.props).toEqual({ importance: 1.38, source: SOURCE });
  });

  it('keys competencies by element ID with the dimension of their domain', () => {
    expect(node(l, 'Competency', '2.B.3.e')?.props).toEqual({
      name_zh: 'Programming',
      name_en: 'Programming',
      description: 'Writing computer programs for various purposes.',
      dimension: 'skill',
      onetElementId: '2.B.3.e',
      scheme: 'onet',
      source: SOURCE,
    });
    const competencies = [...l.nodes.values()].filter((n) => n.kind === 'Competency');
    for (const c of competencies) {
      const expected = c.key.startsWith('1.A')
        ? 'quality'
        : c.key.startsWith('2.C')
          ? 'knowledge'
          : 'skill';
      expect(c.props.dimension, c.key).toBe(expected);
      expect(c.props.onetElementId).toBe(c.key);
      expect(c.props.description, c.key).toBeTruthy();
    }
    expect(competencies.filter((c) => c.props.dimension === 'quality')).toHaveLength(9);
    expect(competencies.filter((c) => c.props.dimension === 'skill')).toHaveLength(11);
    expect(competencies.filter((c) => c.props.dimension === 'knowledge')).toHaveLength(4);
    // Outline categories are kept; elements outside 1.A, 2.A, 2.B and 2.C are not.
    expect(node(l, 'Competency', '1.A.1')?.props.name_en).toBe('Cognitive Abilities');
    for (const key of ['1', '2', '2.D', '4', '4.A'])
      expect(node(l, 'Competency', key), key).toBeUndefined();
  });

  it('makes tasks keyed onet-task-<Task ID>, performed by their occupation', () => {
    // The statement holds double quotes: the files are read without quoting.
    expect(node(l, 'Task', 'onet-task-90002')?.props).toEqual({
      name_zh: 'Build "minimum viable" prototypes to check a design with users, then refine it.',
      name_en: 'Build "minimum viable" prototypes to check a design with users, then refine it.',
      source: SOURCE,
    });
    expect(edge(l, 'PERFORMS', ['Occupation', SOFTWARE], ['Task', 'onet-task-90002'])).toBeTruthy();
    expect(
      edge(l, 'PERFORMS', ['Occupation', ASSEMBLERS], ['Task', 'onet-task-90006']),
    ).toBeTruthy();
  });

  it('joins related occupations with their tier and index', () => {
    expect(
      edge(l, 'RELATED_TO', ['Occupation', ELECTRICAL], ['Occupation', SOFTWARE])?.props,
    ).toEqual({ tier: 'Primary-Long', index: 6, source: SOURCE });
    expect(
      edge(l, 'RELATED_TO', ['Occupation', SOFTWARE], ['Occupation', ELECTRICAL])?.props,
    ).toMatchObject({ tier: 'Primary-Short', index: 1 });
  });

  describe('a task statement longer than a name may be', () => {
    let dir: string | undefined;
    afterAll(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('is named by its ID and kept whole in the description', async () => {
      dir = copyFolder(presetSampleFolder('onet'));
      const long = `Inspect ${'battery modules, '.repeat(40)}and record every fault found.`;
      expect(long.length).toBeGreaterThan(500);
      fs.appendFileSync(
        path.join(dir, 'Task Statements.txt'),
        `${ASSEMBLERS}\t90007\t${long}\tSupplemental\t19\t08/2023\tIncumbent\r\n`,
      );
      const withLong = await load('onet', dir);
      expect(withLong.problems).toEqual([]);
      expect(node(withLong, 'Task', 'onet-task-90007')?.props).toEqual({
        name_zh: 'O*NET task 90007',
        name_en: 'O*NET task 90007',
        description: long,
        source: SOURCE,
      });
      expect(nodesByKind(withLong).Task).toBe(7);
    });
  });
});

describe('ESCO preset on the sample files', () => {
  let l: Loaded;
  beforeAll(async () => {
    l = await load('esco');
  });

  const E = 'http://data.europa.eu/esco/';
  const SOFTWARE_DEV = 'esco-2e1cfb53-f504-40ba-a299-3b8139d539e1';
  const EMBEDDED_DEV = 'esco-a4dd7f41-c0b0-4f74-906a-2f3088d19bf0';
  const ELECTRICAL_MECHANIC = 'esco-8af5a176-1df9-4df4-851e-16c1aa5b0ea7';
  const BATTERY_TECH = 'esco-b816c398-7f8d-49ad-ba81-964a5984a4ba';
  const PROGRAMMING = 'esco-396ec026-6872-484e-a6bb-3b04150710a1';
  const DEBUGGING = 'esco-479a539a-2c41-4c5e-8141-9ee2cbd0a532';
  const TEAMWORK = 'esco-8c9859f8-8a1b-4ba7-9334-469fb4aaa6de';
  const REPAIR_GROUP = 'esco-a4866bba-5283-4361-a11d-0b1574ed9728';
  const SOURCE = 'ESCO classification of the European Commission, v1.2 (esco.ec.europa.eu)';
  const partOf = (from: string, to: string, kind: NodeKind = 'Occupation') =>
    edge(l, 'PART_OF', [kind, from], [kind, to]);
  const requires = (occupation: string, skill: string) =>
    edge(l, 'REQUIRES', ['Occupation', occupation], ['Competency', skill]);

  it('reads the seven files without a problem or a skipped row', () => {
    expect(l.problems).toEqual([]);
    expect(l.skipped).toBe(0);
    // As ESCO 1.2.0 distributes it, the skills hierarchy has rows without their trailing empty
    // code cells; the preset reads them with those cells blank.
    expect(l.short).toEqual([
      'skillsHierarchy_en.csv row 5: 12 of 14',
      'skillsHierarchy_en.csv row 8: 11 of 14',
    ]);
    expect(l.sources).toEqual([
      'ISCOGroups_en.csv',
      'broaderRelationsOccPillar_en.csv',
      'broaderRelationsSkillPillar_en.csv',
      'occupationSkillRelations_en.csv',
      'occupations_en.csv',
      'skillsHierarchy_en.csv',
      'skills_en.csv',
    ]);
  });

  it('makes 12 occupations (4 ESCO, 8 ISCO groups) and 20 competencies (8 skills, 12 groups)', () => {
    expect(nodesByKind(l)).toEqual({ Occupation: 12, Competency: 20 });
    const keys = [...l.nodes.values()].map((n) => n.key);
    expect(keys.filter((k) => k.startsWith('isco-'))).toHaveLength(8);
    expect(edgesByRel(l)).toEqual({ PART_OF: 28, REQUIRES: 13 });
    const partOfBetween = (kind: NodeKind) =>
      [...l.edges.values()].filter((e) => e.rel === 'PART_OF' && e.from.kind === kind).length;
    // Occupations: 4 from iscoGroup + 6 ISCO → ISCO + 1 occupation → occupation (the other three
    // occupation → ISCO rows repeat iscoGroup links).
    expect(partOfBetween('Occupation')).toBe(11);
    // Competencies: 10 within the hierarchy + 7 skill → group or skill (the group → group row repeats one).
    expect(partOfBetween('Competency')).toBe(17);
    expect(danglingEnds(l)).toEqual([]);
  });

  it('keys occupations by URI and splits multi-line altLabels into aliases', () => {
    expect(node(l, 'Occupation', SOFTWARE_DEV)?.props).toEqual({
      name_zh: 'software developer',
      name_en: 'software developer',
      aliases: ['software engineer', 'application developer', 'programmer'],
      description:
        'Software developers implement or program all kinds of software systems based on specifications and designs, using programming languages, tools and platforms.',
      escoUri: `${E}occupation/2e1cfb53-f504-40ba-a299-3b8139d539e1`,
      iscoCode: '2512',
      scheme: 'esco',
      source: SOURCE,
    });
    expect(node(l, 'Occupation', EMBEDDED_DEV)?.props.description).toContain(
      'using the "bare metal" constraints',
    );
    expect(node(l, 'Occupation', 'isco-7412')?.props).toMatchObject({
      name_en: 'Electrical mechanics and fitters',
      aliases: ['electrical fitters'],
      iscoCode: '7412',
      escoUri: `${E}isco/C7412`,
      scheme: 'isco-08',
    });
  });

  it('puts occupations under their ISCO unit group, and groups under broader groups', () => {
    expect(partOf(SOFTWARE_DEV, 'isco-2512')?.props).toEqual({ source: SOURCE });
    expect(partOf(ELECTRICAL_MECHANIC, 'isco-7412')).toBeTruthy();
    expect(partOf(BATTERY_TECH, 'isco-7412')).toBeTruthy();
    // A narrower occupation: under its broader occupation and, through iscoGroup, its unit group.
    expect(partOf(EMBEDDED_DEV, SOFTWARE_DEV)).toBeTruthy();
    expect(partOf(EMBEDDED_DEV, 'isco-2512')).toBeTruthy();
    for (const [narrower, broader] of [
      ['25', '2'],
      ['251', '25'],
      ['2512', '251'],
      ['74', '7'],
      ['741', '74'],
      ['7412', '741'],
    ])
      expect(partOf(`isco-${narrower}`, `isco-${broader}`), narrower).toBeTruthy();
  });

  it('maps relationType essential/optional to REQUIRES.essential true/false', () => {
    expect(requires(SOFTWARE_DEV, PROGRAMMING)?.props).toEqual({ essential: true, source: SOURCE });
    expect(requires(SOFTWARE_DEV, DEBUGGING)?.props).toEqual({ essential: false, source: SOURCE });
    expect(requires(EMBEDDED_DEV, DEBUGGING)?.props.essential).toBe(true);
    expect(requires(ELECTRICAL_MECHANIC, TEAMWORK)?.props.essential).toBe(false);
    const all = [...l.edges.values()].filter((e) => e.rel === 'REQUIRES');
    expect(all.filter((e) => e.props.essential === true)).toHaveLength(8);
    expect(all.filter((e) => e.props.essential === false)).toHaveLength(5);
  });

  it('makes skills competencies with the dimension of their skill type', () => {
    expect(node(l, 'Competency', PROGRAMMING)?.props).toEqual({
      name_zh: 'computer programming',
      name_en: 'computer programming',
      aliases: ['programming', 'coding', 'software programming'],
      description:
        'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms.',
      dimension: 'knowledge',
      escoUri: `${E}skill/396ec026-6872-484e-a6bb-3b04150710a1`,
      scheme: 'esco',
      source: SOURCE,
    });
    expect(node(l, 'Competency', TEAMWORK)?.props.dimension).toBe('skill');
    const skills = [...l.nodes.values()].filter(
      (n) =>
        n.kind === 'Competency' && String(n.props.escoUri).includes('/skill/') && n.props.aliases,
    );
    expect(skills).toHaveLength(8);
    expect(skills.filter((s) => s.props.dimension === 'knowledge')).toHaveLength(3);
  });

  it('makes skill groups competencies, PART_OF the level above, with skills under them', () => {
    expect(node(l, 'Competency', 'esco-0613')?.props).toMatchObject({
      name_en: 'software and applications development and analysis',
      description:
        'The study of the design and development of software, including\nprogramming languages, testing and maintenance.',
      escoUri: `${E}isced-f/0613`,
      dimension: 'knowledge',
    });
    expect(node(l, 'Competency', REPAIR_GROUP)?.props.dimension).toBe('skill');
    expect(partOf('esco-0613', 'esco-061', 'Competency')).toBeTruthy();
    expect(partOf('esco-061', 'esco-06', 'Competency')).toBeTruthy();
    expect(
      partOf('esco-06', 'esco-ea1b03fe-9e0c-4675-9377-f1cb79645163', 'Competency'),
    ).toBeTruthy();
    // From broaderRelationsSkillPillar: a skill under its group, and a skill under a broader skill.
    expect(partOf(PROGRAMMING, 'esco-0613', 'Competency')).toBeTruthy();
    expect(partOf(DEBUGGING, PROGRAMMING, 'Competency')).toBeTruthy();
    const groups = [...l.nodes.values()].filter(
      (n) => n.kind === 'Competency' && n.props.aliases === undefined,
    );
    expect(groups).toHaveLength(12);
    expect(groups.filter((g) => g.props.dimension === 'knowledge')).toHaveLength(7);
  });

  describe('the v1.2.1 layout (label and NACE columns added)', () => {
    let dir: string | undefined;
    afterAll(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

    /** Rewrites a sample CSV with extra columns inserted after the named ones. */
    function addColumns(file: string, after: Record<string, string>) {
      const rows = parse(fs.readFileSync(file, 'utf8')) as string[][];
      const header = rows[0] ?? [];
      const out = rows.map((row, i) =>
        row.flatMap((cell, c) => {
          const added = after[header[c] ?? ''];
          return added === undefined ? [cell] : [cell, i === 0 ? added : `${added} of ${cell}`];
        }),
      );
      fs.writeFileSync(file, out.map((r) => r.map(csvCell).join(',')).join('\n') + '\n');
    }

    it('yields the same records: the preset reads columns by name', async () => {
      dir = copyFolder(presetSampleFolder('esco'));
      addColumns(path.join(dir, 'occupations_en.csv'), { code: 'naceCode' });
      addColumns(path.join(dir, 'occupationSkillRelations_en.csv'), {
        occupationUri: 'occupationLabel',
        skillUri: 'skillLabel',
      });
      addColumns(path.join(dir, 'broaderRelationsOccPillar_en.csv'), {
        conceptUri: 'conceptLabel',
        broaderUri: 'broaderLabel',
      });
      const header = fs.readFileSync(path.join(dir, 'occupationSkillRelations_en.csv'), 'utf8');
      expect(header.split('\n')[0]).toBe(
        'occupationUri,occupationLabel,relationType,skillType,skillUri,skillLabel',
      );
      const later = await load('esco', dir);
      expect(later.problems).toEqual([]);
      expect(later.nodes).toEqual(l.nodes);
      expect(later.edges).toEqual(l.edges);
    });
  });
});
