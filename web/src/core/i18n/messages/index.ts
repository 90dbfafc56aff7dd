/** The analysis views' strings, one file per view family, merged into the dictionary. */
import { analysisViewMessages } from './analyses.ts';
import { listColumnMessages } from './listColumns.ts';
import { listsMessages } from './lists.ts';
import { trendsMessages } from './trends.ts';
import { overviewMessages } from './overview.ts';
import { expertMessages, matchingMessages, relatedMessages } from './people.ts';
import { adjustmentMessages, programMessages } from './programs.ts';
import { sharedViewMessages } from './shared.ts';
import { talentMapMessages } from './talentMap.ts';

export const viewMessages = {
  ...sharedViewMessages,
  ...analysisViewMessages,
  ...talentMapMessages,
  ...programMessages,
  ...adjustmentMessages,
  ...matchingMessages,
  ...relatedMessages,
  ...expertMessages,
  ...overviewMessages,
  ...listsMessages,
  ...listColumnMessages,
  ...trendsMessages,
} as const;
