/**
 * The industry-side lists: key enterprises by segment and tier (重点企业清单), and talent demand
 * (人才需求清单) — the occupations the chain employs with their structural demand, the region's
 * postings for them, and their core competencies. Definitions of every column are in
 * graph-schema (analysis/lists.ts).
 */
import type { ListAnswer, ListRows } from '@chanjiao/graph-schema';
import { isLocatedIn, numberProp } from '../graph.ts';
import { requirementWeight } from '../requirements.ts';
import { periodMatches } from '../talent-map.ts';
import {
  boolProp,
  intProp,
  listAnswer,
  NameBook,
  nameCells,
  sourceOf,
  textProp,
  tierRank,
  type ListContext,
} from './context.ts';
import { compareStrings } from '../../store/order.ts';

export function enterpriseList(context: ListContext): ListAnswer<'enterprises'> {
  const { graph } = context;
  const book = new NameBook(graph);
  const rows: ListRows['enterprises'][] = [];
  const tiers = { innovative: 0, specialised: 0, 'little-giant': 0 };
  for (const segment of context.segments) {
    const segmentNode = graph.node(segment)!;
    const shares = new Map(
      graph.in(segment, 'OPERATES_IN').map((l) => [l.id, numberProp(l.props, 'revenueShare')]),
    );
    const enterprises = [...context.enterprisesBySegment.get(segment)!].sort((a, b) => {
      const pa = graph.node(a)!.props;
      const pb = graph.node(b)!.props;
      return (
        tierRank(pb.tier) - tierRank(pa.tier) ||
        (intProp(pb, 'employees') ?? -1) - (intProp(pa, 'employees') ?? -1) ||
        compareStrings(a, b)
      );
    });
    for (const id of enterprises) {
      const node = graph.node(id)!;
      rows.push({
        segment: book.ref(segment),
        position: textProp(segmentNode.props.position),
        key: node.key,
        ...nameCells(graph, id),
        tier: textProp(node.props.tier),
        tierYear: intProp(node.props, 'tierYear'),
        scale: textProp(node.props.scale),
        employees: intProp(node.props, 'employees'),
        founded: intProp(node.props, 'founded'),
        revenueShare: shares.get(id) ?? null,
        places: book.refs(graph.out(id, 'LOCATED_IN').map((l) => l.id)),
        source: sourceOf(graph, id),
      });
    }
  }
  for (const id of context.chainEnterprises) {
    const tier = graph.node(id)!.props.tier;
    if (tier === 'innovative' || tier === 'specialised' || tier === 'little-giant')
      tiers[tier] += 1;
  }
  return listAnswer(context, 'enterprises', rows, book, {
    enterprises: context.chainEnterprises.length,
    segments: context.segments.length,
    segmentsWithoutEnterprise: context.segments.filter(
      (s) => context.enterprisesBySegment.get(s)!.length === 0,
    ).length,
    innovative: tiers.innovative,
    specialised: tiers.specialised,
    littleGiant: tiers['little-giant'],
  });
}

/** A requirement weight from which a competency counts as core (importance ≥ 4, or essential). */
export const coreWeight = 0.8;

export function demandList(context: ListContext): ListAnswer<'demand'> {
  const { graph, query } = context;
  const book = new NameBook(graph);
  const map = context.talentMap();
  const postingIds = new Set<string>();
  const rows: ListRows['demand'][] = map.occupations.map((occupation) => {
    const id = `Occupation:${occupation.key}`;
    const employing = new Set(occupation.segments.map((key) => `Segment:${key}`));
    const props = graph.node(id)!.props;
    let structural = 0;
    let headcount: number | null = null;
    for (const segment of context.segments)
      for (const link of graph.out(segment, 'EMPLOYS'))
        if (link.id === id) {
          structural += numberProp(link.props, 'demand') ?? 0;
          const inPost = numberProp(link.props, 'headcount');
          if (inPost !== undefined) headcount = (headcount ?? 0) + inPost;
        }
    const postings = graph
      .in(id, 'FOR')
      .map((l) => graph.node(l.id))
      .filter(
        (p) =>
          p?.kind === 'Posting' &&
          periodMatches(p.props.period, query.period) &&
          isLocatedIn(graph, p.id, context.regions),
      );
    for (const p of postings) postingIds.add(p!.id);
    const requirements = graph
      .out(id, 'REQUIRES')
      .filter((l) => graph.node(l.id)?.kind === 'Competency');
    const core = requirements
      .map((l) => ({ id: l.id, weight: requirementWeight(l.props) }))
      .filter((r) => r.weight >= coreWeight)
      .sort((a, b) => b.weight - a.weight || compareStrings(a.id, b.id));
    return {
      key: occupation.key,
      ...nameCells(graph, id),
      segments: book.refs(context.segments.filter((s) => employing.has(s))),
      structuralDemand: structural,
      headcount,
      postings: postings.length,
      postedHeadcount: postings.reduce(
        (sum, p) => sum + (numberProp(p!.props, 'headcount') ?? 0),
        0,
      ),
      periods: [...new Set(postings.map((p) => String(p!.props.period)))].sort(compareStrings),
      demand: occupation.demand,
      competencies: book.refs(core.map((r) => r.id)),
      requirements: requirements.length,
      digital: boolProp(props.digital),
      green: boolProp(props.green),
      source: sourceOf(graph, id),
    };
  });
  return listAnswer(context, 'demand', rows, book, {
    occupations: rows.length,
    structuralDemand: rows.reduce((sum, r) => sum + (r.structuralDemand ?? 0), 0),
    postings: postingIds.size,
    postedHeadcount: [...postingIds].reduce(
      (sum, p) => sum + (numberProp(graph.node(p)!.props, 'headcount') ?? 0),
      0,
    ),
    totalDemand: map.totalDemand,
  });
}
