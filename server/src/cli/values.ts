/** Parsers for option values: a bad value is a usage error that names the option and the rule. */
import { InvalidArgumentError, type Command, type Option } from 'commander';

/** A whole number of at least `min`. */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isSafeInteger(n) || n < min)
      throw new InvalidArgumentError(`it must be a whole number ≥ ${min}.`);
    return n;
  };
}

const requiredOptions = new WeakSet<Option>();

/**
 * Marks an option as one the command needs. Commander's own mandatory options are checked before
 * unknown options, so `--nodez 5` would be reported as "--nodes missing" instead of naming the
 * typo; these are checked by the program's preAction hook, after the unknown ones.
 */
export function required(option: Option): Option {
  option.description = `${option.description} (required)`;
  requiredOptions.add(option);
  return option;
}

/** The required options the command was run without, as their flags. */
export function missingRequired(command: Command): string[] {
  return command.options
    .filter(
      (o) => requiredOptions.has(o) && command.getOptionValue(o.attributeName()) === undefined,
    )
    .map((o) => o.flags);
}
