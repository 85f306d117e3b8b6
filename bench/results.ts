import type { ContenderName } from './contenders/contender';
import type { LoadFigures, LoadSettings } from './load';
import type { Memory } from './process-memory';
import type { ProfiledPlan } from './profile';

export interface ContenderFigures extends LoadFigures {
  /** Cypher statements per request, counted at the driver over sequential probe requests. */
  queriesPerRequest: number;
  /** Size of one answer, bytes. */
  answerBytes: number;
  /** CPU time of the contender's process per request during the measured load, ms. */
  cpuMsPerRequest: number | null;
  /** CPU time of Neo4j's JVM per request during the measured load, ms (null with an external Neo4j). */
  neo4jCpuMsPerRequest: number | null;
  /** Errors in the sequential probe answers (GraphQL errors or non-200). */
  probeErrors: string[];
}

export interface QuestionResult {
  id: string;
  title: string;
  levels: number;
  /** Whether our answer equals the floor's (same JSON, any key order). */
  sameAsFloor: boolean;
  peerVia?: string;
  peerNote?: string;
  peerMissing?: string;
  contenders: Partial<Record<ContenderName, ContenderFigures>>;
}

export interface DatasetResult {
  dataset: string;
  factor: number;
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  settings: LoadSettings & { neo4jHeap: string; neo4jPageCache: string };
  graph: { nodes: number; relationships: number; buildMs: number };
  timings: {
    /** Embedded Neo4j launcher start to Bolt ready (null when an external Neo4j was used). */
    neo4jStartMs: number | null;
    schemaMs: number;
    seedMs: number;
    contenderReadyMs: Partial<Record<ContenderName, number>>;
    /** Launcher + schema + seed + our server ready. */
    coldStartMs: number;
  };
  memory: Partial<Record<ContenderName | 'neo4j', Memory | null>>;
  questions: QuestionResult[];
  profiles: ProfiledPlan[];
}
