/**
 * Cells the analysis tables share: a value with a bar scaled to the column's largest value, a
 * competency dimension chip, tags of competencies (matched, partial, missing).
 */
import { useCallback, type ReactNode } from 'react';
import type { MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

export function BarCell({
  value,
  max,
  text,
  colour,
}: {
  value: number;
  max: number;
  text: string;
  colour?: string;
}) {
  const width = max > 0 && Number.isFinite(value) ? Math.max(0, Math.min(1, value / max)) * 100 : 0;
  return (
    <span className="cell-bar">
      <span className="cell-bar-track" aria-hidden="true">
        <span style={{ width: `${width}%`, ...(colour && { background: colour }) }} />
      </span>
      <span className="cell-bar-value">{text}</span>
    </span>
  );
}

export const dimensionKeys: Record<string, MessageKey> = {
  knowledge: 'dimension.knowledge',
  skill: 'dimension.skill',
  quality: 'dimension.quality',
};

/** A dimension's name in the reader's language (the raw value when unknown). */
export function useDimensionName(): (dimension: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (dimension: string) => {
      const key = dimensionKeys[dimension];
      return key ? t(key) : dimension;
    },
    [t],
  );
}

export function DimensionChip({ dimension, children }: { dimension: string; children: ReactNode }) {
  return <span className={`dimension dimension-${dimension}`}>{children}</span>;
}

export function Tags({
  items,
  tone,
}: {
  items: readonly { key: string; label: string; title?: string }[];
  tone?: 'matched' | 'partial' | 'missing';
}) {
  if (items.length === 0) return null;
  return (
    <span className="cell-tags">
      {items.map((item) => (
        <span
          key={item.key}
          className={tone ? `cell-tag cell-tag-${tone}` : 'cell-tag'}
          title={item.title ?? item.key}
        >
          {item.label}
        </span>
      ))}
    </span>
  );
}
