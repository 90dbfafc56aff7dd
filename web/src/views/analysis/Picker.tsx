/** A labelled drop-down of the analysis pickers; an optional empty choice stands for "any". */
import { useId } from 'react';

export interface PickerChoice {
  value: string;
  label: string;
  /** Indentation steps (regions under their province). */
  depth?: number;
}

export function Picker({
  label,
  value,
  choices,
  onChange,
  emptyLabel,
  testId,
  disabled = false,
}: {
  label: string;
  value: string;
  choices: readonly PickerChoice[];
  onChange: (value: string) => void;
  /** When given, a first choice with value '' and this label. */
  emptyLabel?: string;
  testId?: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="picker">
      <label className="picker-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="picker-select"
        data-testid={testId}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {'\u3000'.repeat(choice.depth ?? 0)}
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
