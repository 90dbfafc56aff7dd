/** A headline number with its name, an "explain" button and an optional note below it. */
import type { ReactNode } from 'react';
import type { MetricId } from '../../core/explain/index.ts';
import { Explain } from '../explain/Explain.tsx';

export function StatCard({
  label,
  value,
  metric,
  note,
  testId,
  tone,
}: {
  label: string;
  value: string;
  metric?: MetricId;
  note?: ReactNode;
  testId?: string;
  tone?: 'missing';
}) {
  return (
    <div className={tone ? `stat-card stat-card-${tone}` : 'stat-card'}>
      <span className="stat-label">
        {label}
        {metric && <Explain metric={metric} value={value} />}
      </span>
      <span className="stat-value" data-testid={testId}>
        {value}
      </span>
      {note && <span className="stat-note">{note}</span>}
    </div>
  );
}
