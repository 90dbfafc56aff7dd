/**
 * Regular expressions from mapping documents run on RE2 (re2js), whose matching time is linear in
 * the input: a pattern such as `^(a+)+$` that backtracks for minutes in JavaScript's engine, while
 * every other request waits, costs microseconds here. Patterns RE2 cannot run in linear time
 * (back-references, look-ahead) are refused when the mapping is checked, before any row is read.
 */
import { RE2JS } from 're2js';

const compiled = new Map<string, RE2JS>();

/** The compiled pattern (cached), or throws with RE2's reason. */
export function linearRegex(pattern: string): RE2JS {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = RE2JS.compile(RE2JS.translateRegExp(pattern));
    if (compiled.size > 1000) compiled.clear();
    compiled.set(pattern, regex);
  }
  return regex;
}

/** Why RE2 refuses the pattern, or null when it compiles. */
export function linearRegexProblem(pattern: string): string | null {
  try {
    linearRegex(pattern);
    return null;
  } catch (error) {
    return `is not a regular expression that runs in linear time (RE2 syntax: no back-references or look-ahead): ${(error as Error).message}`;
  }
}

/** Every match of `pattern` in `text` replaced; `$1` / `$<name>` in `replacement` name groups. */
export function replaceAllLinear(text: string, pattern: string, replacement: string): string {
  return linearRegex(pattern).matcher(text).replaceAll(replacement);
}
