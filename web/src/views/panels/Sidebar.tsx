/** The right-hand column: the selected node's details, or how to get some. */
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { selectionAtom } from '../../core/selection/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { DetailsPanel } from './DetailsPanel.tsx';

export function Sidebar() {
  const { t } = useTranslation();
  const { selected } = useAtomValue(selectionAtom);
  return (
    <div className="sidebar">
      {selected ? (
        <DetailsPanel id={selected} />
      ) : (
        <p className="sidebar-placeholder" data-testid="details-placeholder">
          {t('details.placeholder')}
        </p>
      )}
    </div>
  );
}
