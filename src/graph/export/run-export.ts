import { CodedError, ErrorCode, NotFoundError } from '../../errors';
import { CSV_DIALECTS, EXPORT_FORMATS } from './export-formats';
import { describeSelection, type ExportRequest, type ExportSelection } from './export-request';
import type { ExportRepository, Keys } from './export.repository';
import type { ExportWriter } from './writers/writer';

// An export in two steps, so that an HTTP answer can still say 404 or 413 before its first byte:
// planExport finds the part and its size (and refuses one above the limit), writeExport streams
// it through the format's writer into a sink that may wait (backpressure).

/** Larger than EXPORT_MAX_ELEMENTS allows: says how large, the limit, and how to get a smaller part. */
export class ExportTooLargeError extends CodedError {
  constructor(size: number | string, maxElements: number) {
    super(
      ErrorCode.EXPORT_TOO_LARGE,
      `The export would hold ${size} nodes and links, more than the limit of ${maxElements} (EXPORT_MAX_ELEMENTS); ` +
        'export a theme, a town or a neighbourhood instead',
      { maxElements, http: { status: 413 } },
    );
  }
}

export interface ExportPlan {
  request: ExportRequest;
  keys: Keys;
  nodes: number;
  links: number;
}

async function selectKeys(repository: ExportRepository, selection: ExportSelection, maxElements: number): Promise<Keys> {
  if (selection.kind === 'all') return null;
  const query = selection.kind === 'around' ? 'export/entity' : (`export/${selection.kind}-core` as const);
  const core = await repository.core(query, selection.key);
  if (!core) throw new NotFoundError(selection.kind === 'around' ? 'entity' : selection.kind, selection.key);
  let keys = core;
  const steps = selection.kind === 'around' ? selection.depth : 1;
  for (let step = 0; step < steps; step++) {
    // One more than the limit is enough to know that it is exceeded.
    keys = await repository.oneStep(keys, maxElements + 1);
    if (keys.length > maxElements) throw new ExportTooLargeError(`more than ${maxElements}`, maxElements);
  }
  return keys;
}

export async function planExport(repository: ExportRepository, request: ExportRequest, maxElements: number): Promise<ExportPlan> {
  const keys = await selectKeys(repository, request.selection, maxElements);
  const { nodes, links } = await repository.count(keys);
  const parts = EXPORT_FORMATS[request.format].writer(CSV_DIALECTS[request.csv]).parts;
  const size = (parts.nodes ? nodes : 0) + (parts.links ? links : 0);
  if (size > maxElements) throw new ExportTooLargeError(size, maxElements);
  return { request, keys, nodes, links };
}

export type Sink = (text: string) => Promise<void> | void;

/** Pieces are gathered up to this many characters before the sink gets them (one write per ~64 KiB, not per node). */
const CHUNK_CHARS = 64 * 1024;

/**
 * Streams the planned part through its format's writer into `sink`. Stops with ExportTooLargeError
 * if the graph grew past the limit since the plan was made (the answer is then cut off).
 */
export async function writeExport(
  repository: ExportRepository,
  plan: ExportPlan,
  sink: Sink,
  maxElements: number,
): Promise<{ nodes: number; links: number }> {
  const writer: ExportWriter = EXPORT_FORMATS[plan.request.format].writer(CSV_DIALECTS[plan.request.csv]);
  let pending = '';
  const put = async (text: string) => {
    pending += text;
    if (pending.length >= CHUNK_CHARS) {
      const chunk = pending;
      pending = '';
      await sink(chunk);
    }
  };
  let written = 0;
  const count = () => {
    written += 1;
    if (written > maxElements) throw new ExportTooLargeError(`more than ${maxElements}`, maxElements);
  };
  await put(writer.begin({ title: 'Fremtidens Legeplads – knowledge graph', selection: describeSelection(plan.request.selection) }));
  const nodes = writer.parts.nodes
    ? await repository.streamNodes(plan.keys, async (node) => {
        count();
        await put(writer.node(node));
      })
    : 0;
  await put(writer.between());
  const links = writer.parts.links
    ? await repository.streamLinks(plan.keys, async (link) => {
        count();
        await put(writer.link(link));
      })
    : 0;
  pending += writer.end();
  if (pending) await sink(pending);
  return { nodes, links };
}
