/**
 * The import view (导入): three steps down one column — pick the files (drag and drop or a file
 * picker), choose how to read them (NDJSON records, a preset, or a mapping file, and an encoding),
 * then check them with a dry run and import. The run's progress and its outcome (the counts, the
 * problems, or what went wrong) follow under the buttons. The state lives in `core/import`, so it
 * survives switching to another view and back.
 */
import { useEffect } from 'react';
import { importAtom, loadPresets } from '../../core/import/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { FilePicker } from './FilePicker.tsx';
import { ImportStep } from './ImportStep.tsx';
import { ReadModeControls } from './ReadModeControls.tsx';
import { RunControls } from './RunControls.tsx';
import { RunStatus } from './RunStatus.tsx';

export function ImportView() {
  const { t } = useTranslation();
  const state = useAtomValue(importAtom);

  useEffect(() => {
    void loadPresets();
  }, []);

  return (
    <main className="import-view" data-testid="import-view" aria-label={t('import.title')}>
      <div className="import-page">
        <header className="import-header">
          <h1 className="import-title">{t('import.title')}</h1>
          <p className="import-intro">{t('import.intro')}</p>
        </header>
        <ImportStep number={1} title={t('import.step.files')}>
          <FilePicker state={state} />
        </ImportStep>
        <ImportStep number={2} title={t('import.step.read')}>
          <ReadModeControls state={state} />
        </ImportStep>
        <ImportStep number={3} title={t('import.step.run')}>
          <RunControls state={state} />
          <RunStatus state={state} />
        </ImportStep>
      </div>
    </main>
  );
}
