/** A row of toggle buttons choosing one value (the heat map's cut, a dimension, a recommendation). */
export function ChoiceChips<T extends string>({
  label,
  value,
  choices,
  onChange,
  testId,
}: {
  label: string;
  value: T;
  choices: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  testId?: string;
}) {
  return (
    <div className="choice-chips" role="group" aria-label={label} data-testid={testId}>
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          className="choice-chip"
          aria-pressed={choice.value === value}
          data-value={choice.value}
          onClick={() => onChange(choice.value)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
