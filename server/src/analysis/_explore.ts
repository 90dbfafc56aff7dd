import { demoRegionRecords } from '@chanjiao/seed-data';
import { AnalysisGraph } from './graph.ts';
import { skillGap } from './skill-gap.ts';
const recs = demoRegionRecords();
const nodes: any[] = []; const edges: any[] = [];
for (const r of recs as any[]) r.type === 'node' ? nodes.push({kind: r.kind, key: r.key, props: r.props}) : edges.push({rel: r.rel, from: r.from, to: r.to, props: r.props ?? {}});
const g = new AnalysisGraph({ nodes, edges });
for (const p of ['ndvc-auto-inspection-repair', 'ndvc-ess-application']) {
  const gap = skillGap(g, { chain: 'nev-power-battery-chain', supplier: { kind: 'Program', key: p } });
  const prep = new Set(g.out('Program:'+p, 'PREPARES_FOR').map(l => l.id.split(':')[1]));
  const cohorts = g.in('Program:'+p, 'COHORT_OF').map(l=>g.node(l.id)!).sort((a,b)=>(b.props.year as number)-(a.props.year as number));
  const out = new Set(g.out(cohorts[0]!.id, 'OUTCOME').filter(l=>l.id.startsWith('Occupation:')).map(l=>l.id.split(':')[1]));
  console.log(p, [...prep], [...out]);
  gap.competencies.forEach((c, i) => {
    const occ = c.occupations.map(o=>o.key);
    const tag = occ.some(o=>prep.has(o!)) ? 'P' : occ.some(o=>out.has(o!)) ? 'O' : '-';
    if (i < 25 || c.key.includes('high-voltage')) console.log(i, c.key, c.share.toFixed(4), c.supply, c.gap.toFixed(4), tag, c.courses.map(x=>x.key).join(','));
  });
}
