/**
 * Partial downloads. A published dataset comes as many files and people often fetch only some; a
 * mapping lists them all, marks the optional ones `required: false`, and says with `needs` which
 * other files make the nodes an edge (or a whole file) links to. Given the files actually present,
 * this module tells which known files are absent and what they would have added, and which parts
 * of the present files are not read because the nodes they link come from an absent file — both
 * reported, never problems.
 */
import type { MappingProblem } from './errors.ts';
import type { FileMapping, Mapping } from './schema.ts';

/** A file the mapping knows that was not among the files, and what it would have added. */
export interface AbsentFile {
  match: string;
  adds: string;
}

/** A part of a present file that was not read, and why. */
export interface SkippedPart {
  file: string;
  what: string;
  reason: string;
}

/** What a file mapping adds to the graph: its description, else the kinds and types it makes. */
export function describeAdds(file: FileMapping): string {
  if (file.description) return file.description;
  const kinds = [...new Set(file.nodes.map((n) => n.kind))];
  const rels = [...new Set(file.edges.map((e) => `${e.rel} ${e.from.kind}→${e.to.kind}`))];
  return [
    ...(kinds.length ? [`${kinds.join(', ')} nodes`] : []),
    ...(rels.length ? [`${rels.join(', ')} relationships`] : []),
  ].join('; ');
}

/** Every `needs` must name another file mapping by its `match`. */
export function needsProblems(mapping: Mapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const matches = mapping.files.map((f) => f.match);
  const check = (needs: string[] | undefined, own: string, path: string) =>
    needs?.forEach((need, n) => {
      if (need === own)
        problems.push({
          path: `${path}[${n}]`,
          message: `a file mapping cannot need itself ("${need}")`,
        });
      else if (!matches.includes(need))
        problems.push({
          path: `${path}[${n}]`,
          message: `needs "${need}", which is not the match of any file mapping (they are: ${matches.map((m) => JSON.stringify(m)).join(', ')})`,
        });
    });
  mapping.files.forEach((file, i) => {
    check(file.needs, file.match, `files[${i}].needs`);
    file.edges.forEach((edge, k) => check(edge.needs, file.match, `files[${i}].edges[${k}].needs`));
  });
  return problems;
}

/** How one present file mapping is read: whole, without some edge mappings, or not at all. */
export interface FilePlan {
  /** Indexes of the edge mappings not read. */
  omitEdges: ReadonlySet<number>;
  /** Nothing of the file is read. */
  skipped: boolean;
}

export interface Presence {
  absent: AbsentFile[];
  skipped: SkippedPart[];
  plans: Map<number, FilePlan>;
}

function because(missing: string[]): string {
  const names = missing.join(' and ');
  return `it links to nodes from ${names}, which ${missing.length === 1 ? 'is' : 'are'} not among the files`;
}

/**
 * Plans the read of each present file mapping. `present` maps each present file mapping's index to
 * the names of its files.
 */
export function planPresence(mapping: Mapping, present: Map<number, string[]>): Presence {
  const presentMatches = new Set([...present.keys()].map((i) => mapping.files[i]!.match));
  const missingOf = (needs: string[] | undefined) =>
    (needs ?? []).filter((m) => !presentMatches.has(m));
  const absent: AbsentFile[] = [];
  const skipped: SkippedPart[] = [];
  const plans = new Map<number, FilePlan>();
  mapping.files.forEach((file, i) => {
    const names = present.get(i);
    if (!names) {
      absent.push({ match: file.match, adds: describeAdds(file) });
      return;
    }
    const missingForFile = missingOf(file.needs);
    if (missingForFile.length) {
      for (const name of names)
        skipped.push({ file: name, what: 'the whole file', reason: because(missingForFile) });
      plans.set(i, { omitEdges: new Set(), skipped: true });
      return;
    }
    const omitEdges = new Set<number>();
    file.edges.forEach((edge, k) => {
      const missing = missingOf(edge.needs);
      if (!missing.length) return;
      omitEdges.add(k);
      for (const name of names)
        skipped.push({
          file: name,
          what: `${edge.rel} ${edge.from.kind}→${edge.to.kind} (edges[${k}])`,
          reason: because(missing),
        });
    });
    const nothingLeft = file.nodes.length === 0 && omitEdges.size === file.edges.length;
    plans.set(i, { omitEdges, skipped: nothingLeft });
  });
  return { absent, skipped, plans };
}
