import { loadConfig } from './src/config.ts';
import { openStore } from './src/store/index.ts';
import { analyses } from './src/analysis/registry.ts';
import { CountingStore } from './test/counting-store.ts';
const inner = await openStore(loadConfig());
await inner.ready?.();
const store = new CountingStore(inner as any);
const q = JSON.parse(process.argv[2]!);
for (let i = 0; i < Number(process.argv[3] ?? 1); i++) {
  store.reset();
  const s = performance.now();
  const g = await analyses.postingsForCandidate.load(store as any, q, 500_000);
  const r: any = analyses.postingsForCandidate.run(g, q);
  console.log('ms', (performance.now() - s).toFixed(0), 'total', r.total, 'listed', r.postings.length, 'top', r.postings[0]?.key, r.postings[0]?.score, 'last', r.postings.at(-1)?.key, 'unscored', r.unscored.length, JSON.stringify(r.excluded), 'digest', (await import('node:crypto')).createHash('sha1').update(JSON.stringify(r)).digest('hex').slice(0, 12));
  if (i === 0) console.log(JSON.stringify(store.reset().byMethod));
}
await inner.close();
