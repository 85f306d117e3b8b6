import type { Database } from '../../db/database';
import type { Props } from '../link/link.repository';
import type { BridgeLink } from './bridges';
import type { Dimension, InitiativeDimensions } from './coverage';

export interface TimelineRow {
  year: number;
  events: Array<{ initiative: Props; labels: string[]; rel: Props }>;
  results: Array<{ target: Props; labels: string[] }>;
}

export interface TraceResultRow {
  target: Props;
  labels: string[];
  rel: Props;
}

export interface TraceRow {
  strategy: Props;
  strategyLabels: string[];
  found: boolean;
  themes: Array<{
    theme: Props;
    labels: string[];
    rel: Props;
    initiatives: Array<{ initiative: Props; labels: string[]; rel: Props; results: TraceResultRow[] }>;
  }>;
}

export interface BridgeRow {
  target: Props;
  labels: string[];
  links: BridgeLink[];
}

/** Read-only analyses over the whole graph; each method runs one named file in cypher/analysis/. */
export class AnalysisRepository {
  constructor(private readonly database: Database) {}

  /** Every initiative with its values on the given dimensions (the others empty). */
  async coverage(dimensions: readonly Dimension[]): Promise<InitiativeDimensions[]> {
    return (await this.database.read('analysis/coverage', { dimensions: [...dimensions] })) as unknown as InitiativeDimensions[];
  }

  async timeline(from: number | null, to: number | null): Promise<TimelineRow[]> {
    return (await this.database.read('analysis/timeline', { from, to })) as unknown as TimelineRow[];
  }

  /** null when the graph has no strategy node (nothing loaded). */
  async trace(themeKey: string | null, initiativeKey: string | null, basis: string | null = null): Promise<TraceRow | null> {
    const [row] = await this.database.read('analysis/trace', { themeKey, initiativeKey, basis });
    return (row as unknown as TraceRow | undefined) ?? null;
  }

  async bridges(): Promise<BridgeRow[]> {
    return (await this.database.read('analysis/bridges')) as unknown as BridgeRow[];
  }
}
