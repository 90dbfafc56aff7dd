/**
 * The education-side lists: skill gaps (技能缺口清单) — the chain's competencies the region's
 * institutions teach below the level asked, or not at all — and the courses and micro-credentials
 * that could close them (课程与微证书清单), anywhere in the atlas, with how much of each gap they
 * would close were they taught in the region.
 */
import type { ListAnswer, ListRows } from '@chanjiao/graph-schema';
import { taughtLevel } from '../requirements.ts';
import {
  listAnswer,
  NameBook,
  nameCells,
  sourceOf,
  textProp,
  type ListContext,
  type RegionalGap,
} from './context.ts';
import { compareStrings } from '../../store/order.ts';

/** The chain's competencies with a gap, by gap, demand, key. */
export function gapsInOrder(context: ListContext): RegionalGap[] {
  return [...context.gaps().values()]
    .filter((g) => g.gap > 0)
    .sort(
      (a, b) => b.gap - a.gap || b.demand.demand - a.demand.demand || compareStrings(a.id, b.id),
    );
}

export function skillGapList(context: ListContext): ListAnswer<'skill-gaps'> {
  const { graph } = context;
  const book = new NameBook(graph);
  const gaps = gapsInOrder(context);
  const rows: ListRows['skill-gaps'][] = gaps.map((g) => ({
    key: g.demand.key,
    ...nameCells(graph, g.id),
    dimension: g.demand.dimension || null,
    demand: g.demand.demand,
    share: g.demand.share,
    requiredLevel: g.demand.requiredLevel,
    taughtLevel: g.taughtLevel,
    supply: g.supply,
    gap: g.gap,
    taughtBy: book.refs(g.taughtBy),
    occupations: book.refs(
      g.demand.occupations.filter((o) => o.contribution > 0).map((o) => `Occupation:${o.key}`),
    ),
    source: sourceOf(graph, g.id),
  }));
  return listAnswer(context, 'skill-gaps', rows, book, {
    coverage: context.coverage(),
    totalDemand: context.talentMap().totalDemand,
    competencies: context.gaps().size,
    gaps: rows.length,
    untaught: gaps.filter((g) => g.taughtLevel === 0).length,
    institutions: context.institutions.length,
  });
}

/**
 * The institutions that offer a course or micro-credential, the way a supplier's teaching items
 * are found (skill-gap.ts teachingItems): directly (OFFERS), or through a program or
 * micro-credential that INCLUDES the course and is offered.
 */
export function offeredBy(context: ListContext, item: string): string[] {
  const { graph } = context;
  const out = new Set<string>();
  const offering = (id: string) => {
    for (const link of graph.in(id, 'OFFERS'))
      if (graph.node(link.id)?.kind === 'Institution') out.add(link.id);
  };
  offering(item);
  if (graph.node(item)?.kind === 'Course')
    for (const link of graph.in(item, 'INCLUDES')) {
      const kind = graph.node(link.id)?.kind;
      if (kind === 'Program' || kind === 'MicroCredential') offering(link.id);
    }
  return [...out].sort(compareStrings);
}

export function courseList(context: ListContext): ListAnswer<'courses'> {
  const { graph } = context;
  const book = new NameBook(graph);
  const local = new Set(context.institutions);
  const rows: ListRows['courses'][] = [];
  const items = new Set<string>();
  let untaught = 0;
  for (const g of gapsInOrder(context)) {
    const required = g.demand.requiredLevel;
    const gap = {
      competency: book.ref(g.id),
      gap: g.gap,
      requiredLevel: required,
      supply: g.supply,
    };
    const teaching = graph
      .in(g.id, 'TEACHES')
      .filter((l) => {
        const kind = graph.node(l.id)?.kind;
        return kind === 'Course' || kind === 'MicroCredential';
      })
      .map((l) => {
        const level = taughtLevel(l.props);
        const reach = required > 0 ? Math.min(1, level / required) : 1;
        const institutions = offeredBy(context, l.id);
        return {
          id: l.id,
          level,
          institutions,
          local: institutions.some((i) => local.has(i)),
          gain: g.demand.share * Math.max(0, reach - g.supply),
        };
      })
      .sort((a, b) => b.gain - a.gain || b.level - a.level || compareStrings(a.id, b.id));
    if (teaching.length === 0) {
      untaught += 1;
      rows.push({
        ...gap,
        item: null,
        itemType: null,
        level: null,
        reaches: null,
        offeredBy: [],
        local: null,
        gain: null,
        source: null,
      });
    }
    for (const t of teaching) {
      items.add(t.id);
      const node = graph.node(t.id)!;
      rows.push({
        ...gap,
        item: book.ref(t.id),
        itemType: node.kind === 'Course' ? 'course' : textProp(node.props.credentialType),
        level: t.level,
        reaches: t.level >= required,
        offeredBy: book.refs(t.institutions),
        local: t.local,
        gain: t.gain,
        source: sourceOf(graph, t.id),
      });
    }
  }
  return listAnswer(context, 'courses', rows, book, {
    gaps: rows.length === 0 ? 0 : new Set(rows.map((r) => r.competency)).size,
    items: items.size,
    untaught,
  });
}
