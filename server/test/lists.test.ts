/**
 * The N lists through the API on the demo region: the story the demo tells shows in them (the
 * missing separator link, the weak recycling link, the untaught safety standards, the equipment
 * that supports no course), their numbers agree with the analyses' own routes, and the CSV and
 * XLSX files hold exactly the JSON answer's rows.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listNames,
  listOrderZh,
  listRowsFromZh,
  type AllLists,
  type ListAnswer,
  type SkillGap,
  type TalentMap,
} from '@chanjiao/graph-schema';
import { demoStory } from '@chanjiao/seed-data';
import { buildApp } from '../src/app.ts';
import { loadDemoRegion } from '../src/seed.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { tempDir, testConfig } from './helpers.ts';

const chain = 'nev-power-battery-chain';
const region = '350900';
const where = `chain=${chain}&region=${region}`;
let app: FastifyInstance;
let all: AllLists;

const json = async <T>(url: string) => {
  const res = await app.inject(url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json() as T;
};

beforeAll(async () => {
  const dataDir = tempDir();
  const store = EmbeddedStore.open({ dataDir });
  await loadDemoRegion(store);
  app = await buildApp({ config: testConfig(dataDir), store });
  all = await json<AllLists>(`/api/lists?${where}`);
});
afterAll(async () => {
  await app.close();
});

describe('the N lists of the demo chain in Ningde', () => {
  it('answers every list at once exactly as one at a time', async () => {
    expect(Object.keys(all.lists)).toEqual([...listNames]);
    for (const list of listNames)
      expect(await json(`/api/lists/${list}?${where}`), list).toEqual(all.lists[list]);
  });

  it('lists the local enterprises by segment: none in the separator link, one micro recycler', async () => {
    const { rows, summary } = all.lists.enterprises;
    const inSegment = (key: string) => rows.filter((r) => r.segment === `Segment:${key}`);
    expect(inSegment(demoStory.missingSegment)).toEqual([]);
    expect(inSegment(demoStory.weakSegment).map((r) => r.scale)).toEqual(['micro']);
    expect(summary.enterprises).toBe(48);
    expect(summary.segmentsWithoutEnterprise).toBe(1);
    // The weak-links analysis counts the same local enterprises per segment.
    const weak = await json<{ segments: { key: string; localEnterprises: number }[] }>(
      `/api/analysis/weak-links?${where}`,
    );
    for (const segment of weak.segments)
      expect(inSegment(segment.key).length, segment.key).toBe(segment.localEnterprises);
  });

  it('lists the talent demand of the talent map, 2,375 structural hires a year', async () => {
    const { rows, summary } = all.lists.demand;
    const map = await json<TalentMap>(`/api/analysis/talent-map?${where}`);
    expect(rows.map((r) => [r.key, r.demand])).toEqual(
      map.occupations.map((o) => [o.key, o.demand]),
    );
    expect(summary.structuralDemand).toBe(2375);
    expect(rows).toHaveLength(22);
    const operator = rows.find((r) => r.key === 'battery-production-operator')!;
    expect(operator.periods).toEqual(['2023', '2024', '2025']);
    const in2025 = await json<ListAnswer<'demand'>>(`/api/lists/demand?${where}&period=2025`);
    const operator2025 = in2025.rows.find((r) => r.key === 'battery-production-operator')!;
    expect(operator2025.postings).toBeLessThan(operator.postings!);
    expect(operator2025.periods).toEqual(['2025']);
  });

  it('lists the skill gaps against both institutions: what either teaches best counts', async () => {
    const { rows, summary } = all.lists['skill-gaps'];
    expect(summary.coverage).toBeCloseTo(0.802, 3);
    expect(rows[0]!.key).toBe('battery-safety-standards');
    for (const key of demoStory.untaughtCompetencies)
      expect(
        rows.find((r) => r.key === key),
        key,
      ).toMatchObject({ taughtLevel: 0, supply: 0 });
    // Against each institution alone (the skill gap route), the list's taught level is the best.
    const alone = await Promise.all(
      ['ningde-demo-university', 'ningde-demo-vocational-college'].map((institution) =>
        json<SkillGap>(`/api/analysis/skill-gap?${where}&institution=${institution}`),
      ),
    );
    for (const row of rows) {
      const levels = alone.map((gap) => gap.competencies.find((c) => c.key === row.key)!);
      expect(row.taughtLevel, row.key).toBe(Math.max(...levels.map((c) => c.taughtLevel)));
      expect(row.share, row.key).toBeCloseTo(levels[0]!.share, 12);
    }
  });

  it('lists what could close each gap; the safety standards have nothing', () => {
    const { rows } = all.lists.courses;
    expect(rows.filter((r) => r.competency === 'Competency:battery-safety-standards')).toEqual([
      expect.objectContaining({ item: null, offeredBy: [], gain: null }),
    ]);
    // Every course offered in the region already counts in the supply: it closes nothing more.
    for (const row of rows.filter((r) => r.local)) expect(row.gain).toBe(0);
  });

  it('lists experts, training bases, equipment and services of the region', () => {
    const experts = all.lists.experts.rows;
    expect(experts.find((r) => r.key === 'expert-wu')).toMatchObject({ local: false });
    expect(experts.filter((r) => r.local).length).toBe(9);
    const equipment = all.lists.equipment.rows;
    expect(
      equipment
        .filter((r) => r.supports.length === 0)
        .map((r) => r.key)
        .sort(),
    ).toEqual(['eq-arc-calorimeter', 'eq-industrial-ct']);
    expect(all.lists['training-bases'].rows).toHaveLength(5);
    const services = all.lists.services.rows.map((r) => r.key);
    expect(services).not.toContain('svc-recycling-tech-transfer');
    expect(services).toContain('svc-safety-standard-consulting');
  });
});

describe('the lists as files', () => {
  it('writes CSV with a byte-order mark, the JSON rows, references as name (key)', async () => {
    const res = await app.inject(`/api/lists/courses?${where}&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="courses-${chain}-${region}.csv"`,
    );
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = parse(res.body, { bom: true }) as string[][];
    const answer = all.lists.courses;
    expect(table[0]).toEqual(answer.columns.map((c) => c.zh));
    expect(table).toHaveLength(answer.rows.length + 1);
    const first = table[2]!;
    const row = answer.rows[1]!;
    expect(first[4]).toBe(`${answer.names[row.item!]!.name_zh} (${row.item!.split(':')[1]})`);
    expect(Number(first[1])).toBe(row.gap);
    expect(first[7]).toBe(row.reaches ? '是' : '否');
    const english = await app.inject(`/api/lists/courses?${where}&format=csv&lang=en`);
    expect((parse(english.body, { bom: true }) as string[][])[0]![0]).toBe('Competency');
  });

  it('writes one workbook: a sheet saying what the lists are, then one sheet per list', async () => {
    const res = await app.inject(`/api/lists?${where}&format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '说明',
      ...listNames.map((l) => all.lists[l].zh),
    ]);
    for (const list of listNames) {
      const sheet = workbook.getWorksheet(all.lists[list].zh)!;
      expect(sheet.rowCount, list).toBe(all.lists[list].rows.length + 1);
    }
    const gaps = workbook.getWorksheet(all.lists['skill-gaps'].zh)!;
    const shareColumn = all.lists['skill-gaps'].columns.findIndex((c) => c.key === 'share') + 1;
    const cell = gaps.getRow(2).getCell(shareColumn);
    expect(cell.value).toBe(all.lists['skill-gaps'].rows[0]!.share);
    expect(cell.numFmt).toBe('0.00%');
    // The explanation sheet speaks the workbook's language: the declaration's Chinese, no
    // English explanation left in it (two lowercase English words in a row would be one).
    const about = workbook.getWorksheet('说明')!;
    const texts = about
      .getColumn(2)
      .values.filter((value) => value !== undefined && value !== null)
      .map(String);
    expect(texts).toContain(listRowsFromZh.experts);
    expect(texts).toContain(listOrderZh['skill-gaps']);
    expect(texts.filter((text) => /\b[a-z]{2,}\s+[a-z]{2,}\b/.test(text))).toEqual([]);
  });

  it('writes one list as a workbook too', async () => {
    const res = await app.inject(`/api/lists/experts?${where}&format=xlsx&lang=en`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['About', 'Experts']);
    expect(workbook.getWorksheet('Experts')!.getRow(1).getCell(1).value).toBe('Expert key');
    const texts = workbook.getWorksheet('About')!.getColumn(2).values.map(String);
    expect(texts).toContain(all.lists.experts.rowsFrom);
  });
});

describe('bad requests', () => {
  it.each([
    ['/api/lists/nothing?' + where, 400],
    [`/api/lists/demand?${where}&format=pdf`, 400],
    [`/api/lists?${where}&format=csv`, 400],
    [`/api/lists/demand?chain=${chain}`, 400],
    [`/api/lists/demand?chain=no-such-chain&region=${region}`, 404],
    [`/api/lists?chain=${chain}&region=999999&format=xlsx`, 404],
  ])('%s → %i', async (url, status) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });
});
