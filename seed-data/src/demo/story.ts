/**
 * The story the demo region is built to tell, as keys the analyses (and the tests) can look up.
 * The numbers behind it live in the data files; the README explains them.
 */
import type { CompetencyKey } from './occupations.ts';
import type { SegmentKey } from './region.ts';

export interface DemoStory {
  /** Posting periods: demand last period and this period. */
  periods: { previous: string; current: string };
  /** A chain segment with no enterprise in the city (补链). */
  missingSegment: SegmentKey;
  /** A segment with a single micro enterprise in the city (location quotient < 0.5). */
  weakSegment: SegmentKey;
  /** Competencies essential to in-demand occupations that no local course or micro-credential teaches. */
  untaughtCompetencies: CompetencyKey[];
  /** Graduates mostly work outside its field and demand for its target occupations falls. */
  reformProgram: string;
  /** Demand for its target occupations roughly doubles and most graduates work in them. */
  expandProgram: string;
}

export const demoStory: DemoStory = {
  periods: { previous: '2024', current: '2025' },
  missingSegment: 'separator',
  weakSegment: 'battery-recycling',
  untaughtCompetencies: [
    'battery-safety-standards',
    'abuse-testing',
    'thermal-runaway-analysis',
    'bms-state-estimation',
    'recycling-hydrometallurgy-process',
    'data-driven-quality',
  ],
  reformProgram: 'ndvc-auto-inspection-repair',
  expandProgram: 'ndvc-ess-application',
};
