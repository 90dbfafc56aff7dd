/**
 * How a REQUIRES edge becomes a weight and a required level, and a TEACHES edge a taught level —
 * the choices DESIGN.md leaves open, in one place (and in the OpenAPI descriptions):
 * - weight `w = importance / 5` when importance is given; else `essential` true → 1.0, false → 0.5;
 *   with neither, 1.0 (a listed requirement counts fully);
 * - required level `L` = `level`, default 3 (the middle of the 1–5 scale) when absent;
 * - taught level = TEACHES `level`, default 3 when absent.
 */
import type { Props } from '@chanjiao/graph-schema';
import { numberProp } from './graph.ts';

export const defaultLevel = 3;

export function requirementWeight(props: Props): number {
  const importance = numberProp(props, 'importance');
  if (importance !== undefined) return importance / 5;
  if (props.essential === true) return 1;
  if (props.essential === false) return 0.5;
  return 1;
}

export function requiredLevel(props: Props): number {
  return numberProp(props, 'level') ?? defaultLevel;
}

export function taughtLevel(props: Props): number {
  return numberProp(props, 'level') ?? defaultLevel;
}

export const rulesText =
  'Requirement weight w = importance/5; without importance, essential true → 1.0, false → 0.5, neither → 1.0. ' +
  'Required level L = REQUIRES.level (default 3); taught level = TEACHES.level (default 3).';
