/**
 * Step 2: how the server reads the files — as NDJSON records, through one of its presets (with
 * the preset's description and the files it reads), or through a mapping file picked here (with
 * its description line) — and the encoding, which by default is the one the mapping names per
 * file. Warns when a picked file is not one the preset or mapping reads.
 */
import { useId } from 'react';
import {
  changeEncoding,
  changeMode,
  changePreset,
  clearMapping,
  importEncodings,
  isBusy,
  loadPresets,
  pickMappingFile,
  readModes,
  unmatchedFiles,
  type ImportEncoding,
  type ImportState,
  type ReadMode,
} from '../../core/import/index.ts';
import type { MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { Picker } from '../analysis/Picker.tsx';

const modeLabels: Record<ReadMode, MessageKey> = {
  ndjson: 'import.mode.ndjson',
  preset: 'import.mode.preset',
  mapping: 'import.mode.mapping',
};

const encodingLabels: Record<ImportEncoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030',
  gbk: 'GBK',
  'utf-16le': 'UTF-16LE',
};

function PresetPicker({ state, busy }: { state: ImportState; busy: boolean }) {
  const { t } = useTranslation();
  const { presets } = state;
  if (presets.type === 'loading' || presets.type === 'idle')
    return (
      <p className="import-hint" role="status">
        <span className="spinner spinner-inline" aria-hidden="true" />
        {t('import.preset.loading')}
      </p>
    );
  if (presets.type === 'error')
    return (
      <div className="notice notice-error import-notice" role="alert">
        <span>{t('import.preset.failed', { message: presets.message })}</span>
        <button type="button" className="link-button" onClick={() => void loadPresets()}>
          {t('import.retry')}
        </button>
      </div>
    );
  if (presets.presets.length === 0) return <p className="import-hint">{t('import.preset.none')}</p>;
  const chosen = presets.presets.find((p) => p.name === state.selection.preset);
  return (
    <div className="import-choice">
      <Picker
        label={t('import.preset')}
        value={state.selection.preset}
        choices={presets.presets.map((p) => ({ value: p.name, label: p.name }))}
        {...(!chosen && { emptyLabel: '' })}
        onChange={changePreset}
        testId="import-preset"
        disabled={busy}
      />
      {chosen && (
        <div className="import-description" data-testid="import-preset-description">
          <p>{chosen.description}</p>
          {chosen.files.length > 0 && (
            <p className="import-hint">
              {t('import.preset.files', { files: chosen.files.join(', ') })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function MappingPicker({ state, busy }: { state: ImportState; busy: boolean }) {
  const { t } = useTranslation();
  const inputId = useId();
  const { mapping } = state.selection;
  return (
    <div className="import-choice">
      <div className="picker">
        <span className="picker-label">{t('import.mapping')}</span>
        <div className="import-mapping-row">
          <label
            className={busy ? 'button button-disabled' : 'button button-primary'}
            htmlFor={inputId}
          >
            {mapping ? t('import.mapping.change') : t('import.mapping.pick')}
          </label>
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
            disabled={busy}
            data-testid="import-mapping-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void pickMappingFile(file);
              event.target.value = '';
            }}
          />
          {mapping && (
            <>
              <span className="import-mapping-name" data-testid="import-mapping-name">
                {mapping.name}
              </span>
              <button type="button" className="link-button" disabled={busy} onClick={clearMapping}>
                {t('import.mapping.clear')}
              </button>
            </>
          )}
        </div>
      </div>
      {mapping &&
        (mapping.summary.description ? (
          <p className="import-description" data-testid="import-mapping-description">
            {mapping.summary.description}
          </p>
        ) : (
          <p className="import-hint">{t('import.mapping.noDescription')}</p>
        ))}
      {mapping?.summary.syntaxError && (
        <p className="import-warning" role="status">
          {t('import.mapping.syntax', { message: mapping.summary.syntaxError })}
        </p>
      )}
      {state.mappingError && (
        <p className="import-warning" role="alert">
          {t('import.mapping.readFailed', { message: state.mappingError })}
        </p>
      )}
    </div>
  );
}

/** The label of the encoding picker's default choice, which sends no encoding. */
function defaultEncodingLabel(
  state: ImportState,
  t: (key: MessageKey, params?: Record<string, string>) => string,
) {
  const { mode, mapping } = state.selection;
  if (mode === 'preset') return t('import.encoding.fromPreset');
  if (mode === 'ndjson') return t('import.encoding.default');
  const named = mapping?.summary.encodings ?? [];
  const encodings = (named.length > 0 ? named : ['utf-8' as const])
    .map((e) => encodingLabels[e])
    .join(', ');
  return t('import.encoding.fromMapping', { encodings });
}

/** The names of picked files that the chosen preset or mapping does not read. */
function unmatched(state: ImportState): { key: MessageKey; names: string[] } | null {
  const { mode, mapping, preset, files } = state.selection;
  const names = files.map((p) => p.file.name);
  if (mode === 'mapping' && mapping)
    return {
      key: 'import.mapping.unmatched',
      names: unmatchedFiles(names, mapping.summary.matches),
    };
  if (mode === 'preset' && state.presets.type === 'ready') {
    const chosen = state.presets.presets.find((p) => p.name === preset);
    if (chosen)
      return { key: 'import.preset.unmatched', names: unmatchedFiles(names, chosen.files) };
  }
  return null;
}

export function ReadModeControls({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  const busy = isBusy(state);
  const { mode, encoding } = state.selection;
  const warning = unmatched(state);
  return (
    <div className="import-read">
      <div className="import-read-row">
        <Picker
          label={t('import.mode')}
          value={mode}
          choices={readModes.map((m) => ({ value: m, label: t(modeLabels[m]) }))}
          onChange={(value) => changeMode(value as ReadMode)}
          testId="import-mode"
          disabled={busy}
        />
        <Picker
          label={t('import.encoding')}
          value={encoding}
          choices={importEncodings.map((e) => ({ value: e, label: encodingLabels[e] }))}
          emptyLabel={defaultEncodingLabel(state, t)}
          onChange={(value) => changeEncoding(value as ImportEncoding | '')}
          testId="import-encoding"
          disabled={busy}
        />
      </div>
      {mode === 'ndjson' && <p className="import-hint">{t('import.mode.ndjsonHint')}</p>}
      {mode === 'preset' && <PresetPicker state={state} busy={busy} />}
      {mode === 'mapping' && <MappingPicker state={state} busy={busy} />}
      {warning && warning.names.length > 0 && (
        <p className="import-warning" data-testid="import-unmatched" role="status">
          {t(warning.key, { names: warning.names.join(', ') })}
        </p>
      )}
      <p className="import-hint">{t('import.encoding.hint')}</p>
    </div>
  );
}
