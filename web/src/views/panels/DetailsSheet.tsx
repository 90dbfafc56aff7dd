/**
 * The selected node's details on phones and tablets: a sheet over the bottom of the graph, open
 * at first (the reader just picked the node) and folded down to its title with the handle, so
 * the graph behind it can be used again.
 */
import { useEffect, useState } from 'react';
import { refitIfUntouched } from '../../core/graph/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { DetailsPanel } from './DetailsPanel.tsx';

export function DetailsSheet({ id }: { id: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);

  // Another node opens the sheet again.
  useEffect(() => setOpen(true), [id]);

  return (
    <section
      className={open ? 'details-sheet details-sheet-open' : 'details-sheet'}
      data-testid="details-sheet"
      data-graph-overlay=""
      aria-label={t('details.label')}
    >
      <button
        type="button"
        className="details-sheet-handle"
        data-testid="details-sheet-handle"
        aria-expanded={open}
        onClick={() => {
          setOpen((value) => !value);
          refitIfUntouched();
        }}
      >
        <span className="details-sheet-grip" aria-hidden="true" />
        <span className="visually-hidden">
          {t(open ? 'details.sheetFold' : 'details.sheetUnfold')}
        </span>
      </button>
      <div className="details-sheet-body">
        <DetailsPanel id={id} />
      </div>
    </section>
  );
}
