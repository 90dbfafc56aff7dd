/**
 * How many nodes of each kind a synthetic graph of N nodes has, and the few small tables the
 * generator keeps (chains and their segments). Everything else is computed per entity.
 *
 * Places: the generator emits **no Region nodes**. Region keys are 统计用区划代码, and a
 * synthetic graph must not invent codes that look official (nor borrow real places for invented
 * data at national scale). Enterprises, institutions, postings, candidates, training bases and
 * consortia are LOCATED_IN synthetic Parks keyed `syn-park-0001`…, whose names say they are
 * synthetic. Analyses that take a region parameter can be exercised with the demo region.
 */
import type { NodeKind } from '@chanjiao/graph-schema';
import { Rng, hash4 } from './random.ts';

export interface GenerateOptions {
  /** Requested number of nodes (at least MIN_NODES); the output has exactly this many. */
  nodes: number;
  /** Any integer; the same seed and node count always give the same records. */
  seed: number;
}

export const MIN_NODES = 2000;

/** Share of the non-structural nodes per kind (Enterprise takes the remainder, ≈ 60 %). */
const SHARES: Partial<Record<NodeKind, number>> = {
  Posting: 0.15,
  Competency: 0.025,
  Occupation: 0.01,
  Task: 0.015,
  Institution: 0.003,
  ProgramGroup: 0.004,
  Program: 0.018,
  Course: 0.068,
  MicroCredential: 0.004,
  Resource: 0.003,
  Candidate: 0.035,
  Expert: 0.01,
  TrainingBase: 0.003,
  Equipment: 0.003,
  Service: 0.003,
  Project: 0.002,
  Product: 0.005,
  Park: 0.0005,
};

/** Kinds in emission order (each kind's nodes are contiguous). */
export const KIND_ORDER: readonly NodeKind[] = [
  'Consortium',
  'Park',
  'Cluster',
  'Chain',
  'Segment',
  'Industry',
  'Product',
  'Enterprise',
  'Competency',
  'Occupation',
  'Task',
  'Posting',
  'Institution',
  'ProgramGroup',
  'Program',
  'Course',
  'MicroCredential',
  'Resource',
  'Cohort',
  'Candidate',
  'Expert',
  'TrainingBase',
  'Equipment',
  'Service',
  'Project',
];

export interface Plan {
  seed: number;
  nodes: number;
  counts: Record<NodeKind, number>;
  /** Chains C and their segments: chain c owns segments chainStart[c] … chainStart[c+1]-1. */
  chains: number;
  chainStart: Int32Array;
  segmentChain: Int32Array;
  /** Size of the general (cross-chain) block at the start of occupations and competencies. */
  generalOccupations: number;
  generalCompetencies: number;
}

export function makePlan(options: GenerateOptions): Plan {
  const { nodes, seed } = options;
  if (!Number.isSafeInteger(nodes) || nodes < MIN_NODES)
    throw new RangeError(`nodes must be an integer ≥ ${MIN_NODES}, got ${nodes}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);

  const chains = Math.max(3, Math.round(nodes / 50_000));
  const rng = new Rng(hash4(seed, 0x5e9, 0));
  const chainStart = new Int32Array(chains + 1);
  for (let c = 0; c < chains; c++) chainStart[c + 1] = chainStart[c]! + rng.range(8, 14);
  const segments = chainStart[chains]!;
  const segmentChain = new Int32Array(segments);
  for (let c = 0; c < chains; c++)
    for (let s = chainStart[c]!; s < chainStart[c + 1]!; s++) segmentChain[s] = c;

  const counts = Object.fromEntries(
    [...KIND_ORDER, 'Region'].map((k) => [k, 0]),
  ) as unknown as Record<NodeKind, number>;
  counts.Chain = chains;
  counts.Segment = segments;
  counts.Cluster = Math.ceil(chains / 2);
  counts.Industry = Math.ceil(segments / 2);
  counts.Consortium = Math.max(1, Math.round(nodes / 200_000));
  const structural =
    counts.Chain + counts.Segment + counts.Cluster + counts.Industry + counts.Consortium;
  const rest = nodes - structural;
  for (const [kind, share] of Object.entries(SHARES) as [NodeKind, number][])
    counts[kind] = Math.max(3, Math.round(rest * share));
  // Enough occupations and competencies for a general block plus one block per chain.
  counts.Occupation = Math.max(counts.Occupation, 4 * chains + 8);
  counts.Competency = Math.max(counts.Competency, 8 * chains + 16);
  counts.Cohort = 2 * counts.Program; // two graduating years per program
  const assigned = Object.values(counts).reduce((a, b) => a + b, 0) - structural;
  counts.Enterprise = rest - assigned;

  return {
    seed,
    nodes,
    counts,
    chains,
    chainStart,
    segmentChain,
    generalOccupations: Math.floor(counts.Occupation * 0.2),
    generalCompetencies: Math.floor(counts.Competency * 0.2),
  };
}
