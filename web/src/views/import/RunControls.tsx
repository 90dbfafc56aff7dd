/**
 * Step 3's buttons: check the selection with a dry run (uploading what is not uploaded yet), and
 * import it — enabled only after a clean dry run of this very selection, whose uploads it re-uses.
 * The line beside them says why a button is off, or that the import is ready.
 */
import {
  canCheck,
  checkSelection,
  importBlocker,
  importChecked,
  isBusy,
  selectionProblem,
  type ImportState,
} from '../../core/import/index.ts';
import type { MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

function hintOf(state: ImportState): { key: MessageKey; ready: boolean } {
  if (isBusy(state)) return { key: 'import.blocker.busy', ready: false };
  const problem = selectionProblem(state.selection);
  if (problem) return { key: `import.blocker.${problem}`, ready: false };
  const blocker = importBlocker(state);
  if (blocker === 'check' || blocker === 'changed')
    return { key: `import.blocker.${blocker}`, ready: false };
  return { key: 'import.ready', ready: true };
}

export function RunControls({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  const busy = isBusy(state);
  const hint = hintOf(state);
  const running = busy ? state.run : null;
  return (
    <div className="import-actions">
      <button
        type="button"
        className="button button-primary"
        data-testid="import-dry-run"
        disabled={!canCheck(state)}
        aria-busy={running?.dryRun === true}
        onClick={() => void checkSelection()}
      >
        {running?.dryRun && <span className="spinner spinner-inline" aria-hidden="true" />}
        {t('import.dryRun')}
      </button>
      <button
        type="button"
        className="button button-solid"
        data-testid="import-run"
        disabled={importBlocker(state) !== null}
        aria-busy={running?.dryRun === false}
        onClick={() => void importChecked()}
      >
        {running?.dryRun === false && (
          <span className="spinner spinner-inline" aria-hidden="true" />
        )}
        {t('import.run')}
      </button>
      <p
        className={hint.ready ? 'import-hint import-hint-ready' : 'import-hint'}
        data-testid="import-run-hint"
        role="status"
      >
        {t(hint.key)}
      </p>
    </div>
  );
}
