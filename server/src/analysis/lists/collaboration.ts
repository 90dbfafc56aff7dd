/**
 * The collaboration-side lists: experts (专家清单) who know the chain, wherever they work; and the
 * region's training bases (实训基地清单), shared equipment (共享设备清单) and technology services
 * (技术服务清单) that serve it. What makes a row relevant to the chain, and what makes it the
 * region's, is written in each list's `rowsFrom` (graph-schema analysis/lists.ts).
 */
import type { ListAnswer, ListRows, NodeKind } from '@chanjiao/graph-schema';
import { isLocatedIn, numberProp } from '../graph.ts';
import {
  intProp,
  listAnswer,
  locatedInRegions,
  NameBook,
  nameCells,
  sourceOf,
  textProp,
  type ListContext,
} from './context.ts';
import { compareStrings } from '../../store/order.ts';

/** The chain, its segments and the industries the segments are CLASSIFIED_AS. */
function chainFields(context: ListContext): Set<string> {
  const { graph } = context;
  const fields = new Set([context.chainId, ...context.segments]);
  for (const segment of context.segments)
    for (const link of graph.out(segment, 'CLASSIFIED_AS'))
      if (graph.node(link.id)?.kind === 'Industry') fields.add(link.id);
  return fields;
}

/** Competency ids of the chain's demand, with their share δ_c (supply plays no part). */
function demandShares(context: ListContext): Map<string, number> {
  return new Map(
    context.talentMap().competencies.map((c) => [`Competency:${c.key}`, c.share] as const),
  );
}

const ofKind = (context: ListContext, ids: Iterable<string>, kinds: NodeKind[]) =>
  [...ids].filter((id) => kinds.includes(context.graph.node(id)?.kind as NodeKind));

export function expertList(context: ListContext): ListAnswer<'experts'> {
  const { graph } = context;
  const book = new NameBook(graph);
  const fields = chainFields(context);
  const gaps = context.gaps();
  const candidates = new Set<string>();
  for (const field of fields)
    for (const link of graph.in(field, 'SPECIALISES_IN')) candidates.add(link.id);
  for (const competency of gaps.keys())
    for (const link of graph.in(competency, 'HAS_COMPETENCY')) candidates.add(link.id);

  const rows: ListRows['experts'][] = ofKind(context, candidates, ['Expert']).map((id) => {
    const node = graph.node(id)!;
    const held = [
      ...new Set(
        graph
          .out(id, 'HAS_COMPETENCY')
          .map((l) => l.id)
          .filter((c) => gaps.has(c)),
      ),
    ].sort((a, b) => gaps.get(b)!.demand.share - gaps.get(a)!.demand.share || compareStrings(a, b));
    const affiliations = ofKind(
      context,
      new Set(graph.out(id, 'AFFILIATED_WITH').map((l) => l.id)),
      ['Institution', 'Enterprise'],
    ).sort(compareStrings);
    return {
      key: node.key,
      ...nameCells(graph, id),
      title: textProp(node.props.title),
      affiliations: book.refs(affiliations),
      local: affiliations.some((a) => isLocatedIn(graph, a, context.regions)),
      specialisms: book.refs(
        [...new Set(graph.out(id, 'SPECIALISES_IN').map((l) => l.id))]
          .filter((f) => fields.has(f))
          .sort(compareStrings),
      ),
      competencies: book.refs(held),
      demandShare: held.reduce((sum, c) => sum + gaps.get(c)!.demand.share, 0),
      gapShare: held.reduce((sum, c) => sum + gaps.get(c)!.gap, 0),
      services: book.refs(
        ofKind(context, new Set(graph.out(id, 'PROVIDES').map((l) => l.id)), ['Service']).sort(
          compareStrings,
        ),
      ),
      source: sourceOf(graph, id),
    };
  });
  rows.sort(
    (a, b) =>
      Number(b.local) - Number(a.local) ||
      b.gapShare! - a.gapShare! ||
      b.demandShare! - a.demandShare! ||
      compareStrings(a.key, b.key),
  );
  return listAnswer(context, 'experts', rows, book, {
    experts: rows.length,
    local: rows.filter((r) => r.local).length,
  });
}

/** The region's institutions and its enterprises of the chain: the hosts and providers counted. */
const localOrganisations = (context: ListContext) =>
  [...context.institutions, ...context.chainEnterprises].sort(compareStrings);

interface Hosted {
  id: string;
  hosts: string[];
  supports: string[];
  competencies: string[];
  demandShare: number;
  chainHost: boolean;
}

/** What a training base or piece of equipment serves: its hosts, courses, their chain competencies. */
function hosted(context: ListContext, id: string, shares: Map<string, number>): Hosted {
  const { graph } = context;
  const chainEnterprises = new Set(context.chainEnterprises);
  const hosts = [...new Set(graph.in(id, 'HOSTS').map((l) => l.id))].sort(compareStrings);
  const supports = ofKind(context, new Set(graph.out(id, 'SUPPORTS').map((l) => l.id)), [
    'Course',
    'MicroCredential',
  ]).sort(compareStrings);
  const competencies = [
    ...new Set(
      supports.flatMap((item) =>
        graph
          .out(item, 'TEACHES')
          .map((l) => l.id)
          .filter((c) => shares.has(c)),
      ),
    ),
  ].sort((a, b) => shares.get(b)! - shares.get(a)! || compareStrings(a, b));
  return {
    id,
    hosts,
    supports,
    competencies,
    demandShare: competencies.reduce((sum, c) => sum + shares.get(c)!, 0),
    chainHost: hosts.some((h) => chainEnterprises.has(h)),
  };
}

/** Relevant to the chain: its courses teach the chain's competencies, or a chain enterprise hosts it. */
const relevant = (h: Hosted) => h.competencies.length > 0 || h.chainHost;
const byShare = (a: Hosted, b: Hosted) =>
  b.demandShare - a.demandShare || compareStrings(a.id, b.id);

function hostedCells(book: NameBook, h: Hosted) {
  return {
    hosts: book.refs(h.hosts),
    supports: book.refs(h.supports),
    competencies: book.refs(h.competencies),
    demandShare: h.demandShare,
    chainHost: h.chainHost,
  };
}

/** Resources of `kind` the region's organisations HOST. */
function hostedBy(context: ListContext, kind: NodeKind): string[] {
  const { graph } = context;
  return localOrganisations(context).flatMap((org) =>
    graph
      .out(org, 'HOSTS')
      .map((l) => l.id)
      .filter((id) => graph.node(id)?.kind === kind),
  );
}

export function trainingBaseList(context: ListContext): ListAnswer<'training-bases'> {
  const { graph } = context;
  const book = new NameBook(graph);
  const shares = demandShares(context);
  const bases = new Set([
    ...locatedInRegions(graph, context.regions, 'TrainingBase'),
    ...hostedBy(context, 'TrainingBase'),
  ]);
  const rows: ListRows['training-bases'][] = [...bases]
    .map((id) => hosted(context, id, shares))
    .filter(relevant)
    .sort(byShare)
    .map((h) => {
      const node = graph.node(h.id)!;
      return {
        key: node.key,
        ...nameCells(graph, h.id),
        baseType: textProp(node.props.baseType),
        capacity: intProp(node.props, 'capacity'),
        places: book.refs(graph.out(h.id, 'LOCATED_IN').map((l) => l.id)),
        ...hostedCells(book, h),
        source: sourceOf(graph, h.id),
      };
    });
  return listAnswer(context, 'training-bases', rows, book, {
    trainingBases: rows.length,
    capacity: rows.reduce((sum, r) => sum + (r.capacity ?? 0), 0),
  });
}

export function equipmentList(context: ListContext): ListAnswer<'equipment'> {
  const { graph } = context;
  const book = new NameBook(graph);
  const shares = demandShares(context);
  const rows: ListRows['equipment'][] = [...new Set(hostedBy(context, 'Equipment'))]
    .map((id) => hosted(context, id, shares))
    .filter(relevant)
    .sort(byShare)
    .map((h) => {
      const node = graph.node(h.id)!;
      return {
        key: node.key,
        ...nameCells(graph, h.id),
        model: textProp(node.props.model),
        valueCny: numberProp(node.props, 'valueCny') ?? null,
        ...hostedCells(book, h),
        source: sourceOf(graph, h.id),
      };
    });
  return listAnswer(context, 'equipment', rows, book, {
    equipment: rows.length,
    valueCny: rows.reduce((sum, r) => sum + (r.valueCny ?? 0), 0),
    supportingNoCourse: rows.filter((r) => r.supports.length === 0).length,
  });
}

export function serviceList(context: ListContext): ListAnswer<'services'> {
  const { graph } = context;
  const book = new NameBook(graph);
  const organisations = localOrganisations(context);
  const segments = new Set(context.segments);
  const providers = new Set(organisations);
  for (const org of organisations)
    for (const link of graph.in(org, 'AFFILIATED_WITH'))
      if (graph.node(link.id)?.kind === 'Expert') providers.add(link.id);
  const services = new Set<string>();
  for (const provider of providers)
    for (const link of graph.out(provider, 'PROVIDES'))
      if (graph.node(link.id)?.kind === 'Service') services.add(link.id);

  const rows: ListRows['services'][] = [...services]
    .map((id) => {
      const node = graph.node(id)!;
      const all = [...new Set(graph.in(id, 'PROVIDES').map((l) => l.id))].sort(compareStrings);
      const local = all.filter((p) => providers.has(p));
      const served = new Set<string>();
      for (const p of local)
        for (const rel of ['OPERATES_IN', 'SPECIALISES_IN'] as const)
          for (const link of graph.out(p, rel)) if (segments.has(link.id)) served.add(link.id);
      return {
        key: node.key,
        ...nameCells(graph, id),
        serviceType: textProp(node.props.serviceType),
        providers: book.refs(all),
        localProviders: book.refs(local),
        segments: book.refs(context.segments.filter((s) => served.has(s))),
        source: sourceOf(graph, id),
      };
    })
    .sort(
      (a, b) =>
        compareStrings(a.serviceType ?? '', b.serviceType ?? '') || compareStrings(a.key, b.key),
    );
  return listAnswer(context, 'services', rows, book, { services: rows.length });
}
