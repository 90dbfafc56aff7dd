/**
 * The N lists of a chain in a region (1 图 N 清单), as pure functions over an analysis graph: one
 * list by name, or all of them at once (sharing the demand and gap computation). The loader that
 * reads what they need from the store is ../load/lists.ts.
 */
import { listNames, type AllLists, type ListAnswer, type ListName } from '@chanjiao/graph-schema';
import type { AnalysisGraph } from '../graph.ts';
import { equipmentList, expertList, serviceList, trainingBaseList } from './collaboration.ts';
import { listContext, type ListContext, type ListQuery } from './context.ts';
import { courseList, skillGapList } from './gaps.ts';
import { demandList, enterpriseList } from './industry.ts';

export type { ListQuery };

const builders: { [L in ListName]: (context: ListContext) => ListAnswer<L> } = {
  enterprises: enterpriseList,
  demand: demandList,
  'skill-gaps': skillGapList,
  courses: courseList,
  experts: expertList,
  'training-bases': trainingBaseList,
  equipment: equipmentList,
  services: serviceList,
};

export function nList<L extends ListName>(
  graph: AnalysisGraph,
  query: ListQuery & { list: L },
): ListAnswer<L> {
  return builders[query.list](listContext(graph, query));
}

export function allLists(graph: AnalysisGraph, query: ListQuery): AllLists {
  const context = listContext(graph, query);
  const lists = Object.fromEntries(
    listNames.map((list) => [list, builders[list](context)]),
  ) as AllLists['lists'];
  const first = lists.enterprises;
  return {
    chain: first.chain,
    region: first.region,
    demandMode: first.demandMode,
    period: first.period,
    lists,
  };
}
