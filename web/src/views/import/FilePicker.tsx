/**
 * Step 1: the files to load. A drop zone with a file picker (several files at once), then the
 * picked files in order with their size, their upload (progress while it runs) and a remove
 * button. Nothing changes while a run is busy.
 */
import { useId, useState, type DragEvent } from 'react';
import {
  addFiles,
  formatBytes,
  isBusy,
  removeFile,
  uploadPercent,
  type FileUpload,
  type ImportState,
  type PickedFile,
} from '../../core/import/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

function UploadStatus({ name, upload }: { name: string; upload: FileUpload | undefined }) {
  const { t } = useTranslation();
  if (!upload)
    return <span className="import-upload import-upload-waiting">{t('import.files.waiting')}</span>;
  if (upload.status === 'done')
    return (
      <span className="import-upload import-upload-done" data-testid="import-upload-done">
        ✓ {t('import.files.uploaded')}
      </span>
    );
  if (upload.status === 'error')
    return (
      <span className="import-upload import-upload-error" role="alert">
        {t('import.files.uploadFailed', { message: upload.error ?? '' })}
      </span>
    );
  const percent = uploadPercent(upload.loaded, upload.total);
  return (
    <span className="import-upload">
      <span
        className="meter meter-small"
        role="progressbar"
        aria-label={t('import.files.uploadLabel', { name })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        data-testid="import-upload-progress"
      >
        <span style={{ width: `${percent}%` }} />
      </span>
      <span className="import-upload-percent">{percent}%</span>
    </span>
  );
}

function FileRow({
  picked,
  upload,
  busy,
}: {
  picked: PickedFile;
  upload: FileUpload | undefined;
  busy: boolean;
}) {
  const { language, t } = useTranslation();
  const { name, size } = picked.file;
  return (
    <li
      className="import-file"
      data-testid="import-file"
      data-name={name}
      data-upload={upload?.status ?? 'none'}
    >
      <span className="import-file-name" title={name}>
        {name}
      </span>
      <span className="import-file-size">{formatBytes(language, size)}</span>
      <UploadStatus name={name} upload={upload} />
      <button
        type="button"
        className="close-button import-file-remove"
        data-testid="import-file-remove"
        aria-label={t('import.files.remove', { name })}
        title={t('import.files.remove', { name })}
        disabled={busy}
        onClick={() => removeFile(picked.key)}
      >
        ×
      </button>
    </li>
  );
}

export function FilePicker({ state }: { state: ImportState }) {
  const { language, t } = useTranslation();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const busy = isBusy(state);
  const { files } = state.selection;
  const totalBytes = files.reduce((sum, p) => sum + p.file.size, 0);

  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    if (!busy) setDragging(true);
  };
  const onDragLeave = (event: DragEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!busy && event.dataTransfer.files.length > 0) addFiles([...event.dataTransfer.files]);
  };

  return (
    <div className="import-files-step">
      <div
        className={[
          'drop-zone',
          dragging ? 'drop-zone-active' : '',
          busy ? 'drop-zone-disabled' : '',
        ].join(' ')}
        data-testid="import-drop-zone"
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <span>{t('import.files.drop')}</span>
        <label
          className={busy ? 'button button-disabled' : 'button button-primary'}
          htmlFor={inputId}
        >
          {t('import.files.browse')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          disabled={busy}
          data-testid="import-file-input"
          onChange={(event) => {
            const list = event.target.files;
            if (list && list.length > 0) addFiles([...list]);
            event.target.value = '';
          }}
        />
        <p className="import-hint">{t('import.files.hint')}</p>
      </div>
      {files.length === 0 ? (
        <p className="import-hint import-files-none">{t('import.files.none')}</p>
      ) : (
        <>
          <p className="import-files-count" data-testid="import-files-count">
            {t('import.files.count', {
              count: files.length,
              size: formatBytes(language, totalBytes),
            })}
          </p>
          <ul className="import-files" data-testid="import-files">
            {files.map((picked) => (
              <FileRow
                key={picked.key}
                picked={picked}
                upload={state.uploads[picked.key]}
                busy={busy}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
