/** Loading the projection an analysis needs from the store, within the configured node limit. */
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import type { GraphStore } from '../store/port.ts';
import { AnalysisGraph } from './graph.ts';

export interface ProjectionNeeds {
  kinds: NodeKind[];
  rels: RelType[];
}

export async function loadAnalysisGraph(
  store: GraphStore,
  needs: ProjectionNeeds,
  maxNodes: number,
): Promise<AnalysisGraph> {
  return new AnalysisGraph(await store.projection({ ...needs, maxNodes }));
}

/** The union of several projections' needs (each kind and type once). */
export function combineNeeds(...needs: ProjectionNeeds[]): ProjectionNeeds {
  return {
    kinds: [...new Set(needs.flatMap((n) => n.kinds))],
    rels: [...new Set(needs.flatMap((n) => n.rels))],
  };
}

/** Chain → segments → occupations → competencies, postings and regions, and who teaches what. */
export const chainSkillsNeeds: ProjectionNeeds = {
  kinds: [
    'Chain',
    'Segment',
    'Occupation',
    'Competency',
    'Posting',
    'Region',
    'Park',
    'Course',
    'Program',
    'Institution',
    'MicroCredential',
  ],
  rels: [
    'PART_OF',
    'EMPLOYS',
    'REQUIRES',
    'FOR',
    'LOCATED_IN',
    'TEACHES',
    'INCLUDES',
    'OFFERS',
    'SAME_AS',
    'BROADER_MATCH',
  ],
};

/** Chain → segments → enterprises and where they are. */
export const chainEnterprisesNeeds: ProjectionNeeds = {
  kinds: ['Chain', 'Segment', 'Enterprise', 'Region', 'Park'],
  rels: ['PART_OF', 'OPERATES_IN', 'LOCATED_IN'],
};
