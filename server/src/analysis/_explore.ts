import { demoRegionRecords } from '@chanjiao/seed-data';
import { AnalysisGraph } from './graph.ts';
import { programAdjustment } from './program-adjustment.ts';
import { alignment } from './alignment.ts';
const recs = demoRegionRecords();
const nodes: any[] = []; const edges: any[] = [];
for (const r of recs as any[]) r.type === 'node' ? nodes.push({kind: r.kind, key: r.key, props: r.props}) : edges.push({rel: r.rel, from: r.from, to: r.to, props: r.props ?? {}});
const g = new AnalysisGraph({ nodes, edges });
const f = (x: number | null) => x === null ? 'null' : x.toFixed(3);
for (const inst of ['ningde-demo-university', 'ningde-demo-vocational-college']) {
  const r = programAdjustment(g, { institution: inst });
  console.log(inst, r.region, r.regionFrom, r.period, r.previousPeriod, r.periodsFound);
  for (const p of r.programs) {
    const m = p.metrics;
    console.log(p.key.padEnd(32), p.recommendation.padEnd(8), p.rule.id.padEnd(36), 'sup', m.supply, 'dem', m.demandBefore, '->', m.demandNow, 'tr', f(m.trend), 'emp', f(m.employmentRate), 'rel', f(m.relevanceRate), 'ret', f(m.retentionRate), 'cov', f(m.coverage), 'tcov', f(m.targetCoverage), 'struct', m.structuralDemand, 'gpp', f(m.graduatesPerPosting));
    console.log('   ', p.suggestedMicroCredentials.map(s => `${s.key}(${s.gap.toFixed(3)})[${s.existing.map(e=>e.key).join(',')}]`).join(' '), p.warnings);
  }
  const a = alignment(g, { institution: inst });
  console.log(a.programs.map(p => `${p.rank} ${p.key} ${f(p.best?.coverage ?? null)}`).join('\n'));
}
import { regionOverview } from './overview.ts';
console.log(JSON.stringify(regionOverview(g, { region: '350900' }), null, 1).slice(0, 5000));
