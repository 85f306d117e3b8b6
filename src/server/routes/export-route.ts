import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExportLimits } from '../../config';
import type { Database } from '../../db/database';
import { CodedError, ErrorCode } from '../../errors';
import { EXPORT_FORMATS, FORMAT_NAMES, type ExportFormat } from '../../graph/export/export-formats';
import { ExportInputError, readExportRequest } from '../../graph/export/export-request';
import { ExportRepository } from '../../graph/export/export.repository';
import { planExport, writeExport } from '../../graph/export/run-export';
import type { Logger } from '../logger';
import { sendJson } from './send';

// GET /export/<file>?theme=|town=|around=&depth=&csv=danish: a bulk export, streamed. The file
// name picks the format (graph.graphml, graph.gexf, graph.node-link.json, graph.jsonld, nodes.csv,
// links.csv: CSV is two files, so two URLs rather than a zip that no spreadsheet opens directly).
// Errors before the first byte are JSON like the API's, with a code; a failure after it cuts the
// answer off (a truncated file never looks complete: XML and JSON fail to parse, CSV lacks rows).

const FORMAT_OF_FILE = new Map<string, ExportFormat>(FORMAT_NAMES.map((format) => [EXPORT_FORMATS[format].file, format]));

const sendError = (res: ServerResponse, error: CodedError, requestId: string) => {
  const { http, ...extensions } = error.extensions as { http?: { status?: number } } & Record<string, unknown>;
  const code = extensions.code;
  const status = http?.status ?? (code === ErrorCode.NOT_FOUND ? 404 : code === ErrorCode.BAD_USER_INPUT ? 400 : code === ErrorCode.SERVICE_UNAVAILABLE || code === ErrorCode.DATABASE_BUSY ? 503 : 500);
  sendJson(res, status, { errors: [{ message: error.message, extensions: { ...extensions, requestId } }] });
};

export async function handleExport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  database: Database,
  limits: ExportLimits,
  requestId: string,
  logger: Logger,
): Promise<void> {
  if (req.method !== 'GET') {
    res.setHeader('allow', 'GET');
    return sendJson(res, 405, { errors: [{ message: 'Exports are read with GET', extensions: { code: ErrorCode.BAD_USER_INPUT, requestId } }] });
  }
  const file = url.pathname.slice('/export/'.length);
  const repository = new ExportRepository(database, limits.timeoutMs);
  let plan;
  try {
    const format = FORMAT_OF_FILE.get(file);
    if (!format) {
      throw new ExportInputError(`Nothing to export at /export/${file}; accepted: ${[...FORMAT_OF_FILE.keys()].map((name) => `/export/${name}`).join(', ')}`, 'format');
    }
    plan = await planExport(repository, readExportRequest(format, new Map(url.searchParams)), limits.maxElements);
  } catch (error) {
    if (error instanceof CodedError) return sendError(res, error, requestId);
    throw error;
  }
  const { contentType, file: name } = EXPORT_FORMATS[plan.request.format];
  res.writeHead(200, { 'content-type': contentType, 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' });
  try {
    await writeExport(
      repository,
      plan,
      async (text) => {
        if (res.destroyed) throw new Error('the client went away');
        // Backpressure: the next rows are pulled from Neo4j only once the client has taken these.
        if (!res.write(text)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
      },
      limits.maxElements,
    );
    res.end();
  } catch (error) {
    logger.warn({ requestId, err: error }, 'export cut off');
    res.destroy();
  }
}
