/**
 * The import progress line on stderr: a bar per phase with bytes, rows, records and a rate. On a
 * terminal it redraws in place (at most 10 times a second); otherwise it prints a line per 10 %.
 */
import type { ImportProgress } from '@chanjiao/graph-schema';
import type { OutputStream } from './context.ts';

const phaseNames: Record<ImportProgress['phase'], string> = {
  queued: 'waiting',
  nodes: 'pass 1/2 nodes',
  edges: 'pass 2/2 relationships',
  commit: 'committing',
  rollback: 'rolling back',
  done: 'done',
};

export function progressPrinter(stream: OutputStream) {
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let lastDecile = -1;
  let lastPhase = '';
  const started = performance.now();
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    update(p: ImportProgress): void {
      const now = performance.now();
      const fraction = p.bytesTotal > 0 ? Math.min(1, p.bytesRead / p.bytesTotal) : 1;
      const phaseChanged = p.phase !== lastPhase;
      const seconds = (now - started) / 1000;
      const width = 24;
      const filled = Math.round(fraction * width);
      const line =
        `${phaseNames[p.phase].padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` +
        `${(fraction * 100).toFixed(0).padStart(3)} %  ${mb(p.bytesRead)}/${mb(p.bytesTotal)} MB  ` +
        `${p.rows.toLocaleString('en')} rows  ${p.records.toLocaleString('en')} records  ${seconds.toFixed(0)} s`;
      if (tty) {
        if (!phaseChanged && now - lastDraw < 100) return;
        if (phaseChanged && lastPhase) stream.write('\n');
        stream.write(`\r${line}`);
        lastDraw = now;
      } else {
        const decile = Math.floor(fraction * 10);
        if (!phaseChanged && decile === lastDecile) return;
        stream.write(`${line}\n`);
        lastDecile = decile;
      }
      lastPhase = p.phase;
    },
    end(): void {
      if (tty && lastPhase) stream.write('\n');
    },
  };
}
