/** Picker choices from listed options: names in the language, regions with their code and depth. */
import type { PickerOption } from '../../core/analysis/index.ts';
import { regionDepth } from '../../core/analysis/options.ts';
import { nodeName, type Language } from '../../core/i18n/index.ts';
import type { PickerChoice } from './Picker.tsx';

export function choicesOf(
  options: readonly PickerOption[],
  language: Language,
  withCode = false,
): PickerChoice[] {
  return options.map((option) => ({
    value: option.key,
    label: withCode ? `${nodeName(option, language)} ${option.key}` : nodeName(option, language),
    ...(withCode && { depth: regionDepth(option.key) }),
  }));
}
