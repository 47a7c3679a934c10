import { Request, Response, Router } from 'express';
import { DatabaseUnavailableError } from '../../core/domain-errors';
import { EXPORT_FORMATS, formatOfFile } from '../../export/export.formats';
import { ALL_PAPERS, planExport } from '../../export/export.run';
import { SinkClosedError, streamSink } from '../../export/export.sink';
import { Logger } from '../../core/logger';
import { Database } from '../../neo4j/database';
import { domainErrorOf } from '../../neo4j/driver-errors';

const PAPER_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(res: Response, status: number, code: string, message: string, field?: string) {
  res
    .status(status)
    .json({ errors: [{ message, extensions: field ? { code, field } : { code } }] });
}

/**
 * RFC 9110 §13.1.2 with weak comparison. Express's `req.fresh` is not used: it ignores
 * If-None-Match whenever the request says `Cache-Control: no-cache`, which fetch() adds to every
 * conditional request, although a server answers conditions whatever the client's cache does.
 */
function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((tag) => weak(tag) === weak(etag));
}

/**
 * `GET /export/<paper>.<extension>` and `/export/all.<extension>`: the graph as a file, streamed.
 * The ETag names graph version, paper and format, so `If-None-Match` answers 304 without reading
 * the graph; `no-cache` makes caches ask each time, which costs one small query.
 */
export function exportRouter(db: Database, log: Logger): Router {
  const router = Router();
  router.get('/:file', async (req: Request<{ file: string }>, res: Response) => {
    const match = formatOfFile(req.params.file);
    if (!match) {
      const extensions = EXPORT_FORMATS.map((f) => f.extension).join(', ');
      return fail(
        res,
        404,
        'NOT_FOUND',
        `Unknown export format; use one of ${extensions}`,
        'format',
      );
    }
    const { format, paper } = match;
    if (paper !== ALL_PAPERS && !PAPER_KEY.test(paper)) {
      return fail(res, 400, 'BAD_USER_INPUT', `"${paper}" is not a paper key`, 'paper');
    }
    let plan;
    try {
      plan = await planExport(db, format, paper);
    } catch (error) {
      req.log.error({ err: error }, 'Export could not start');
      return domainErrorOf(error) instanceof DatabaseUnavailableError
        ? fail(res, 503, 'SERVICE_UNAVAILABLE', 'The graph database is not reachable right now')
        : fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
    if (!plan.found) {
      await plan.close();
      return fail(res, 404, 'NOT_FOUND', `No paper with key "${paper}"`, 'paper');
    }
    res.setHeader('ETag', plan.etag);
    res.setHeader('Cache-Control', 'no-cache');
    if (matchesIfNoneMatch(req.headers['if-none-match'], plan.etag)) {
      await plan.close();
      return res.status(304).end();
    }
    res.setHeader('Content-Type', format.contentType);
    res.setHeader('Content-Disposition', `inline; filename="${req.params.file}"`);
    try {
      await plan.write(streamSink(res));
      res.end();
    } catch (error) {
      if (error instanceof SinkClosedError) return;
      log.error({ err: error, reqId: req.id }, 'Export failed');
      if (!res.headersSent) {
        res.removeHeader('Content-Disposition');
        return fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      }
      // Part of the body is gone: cutting the connection is the only honest signal.
      res.destroy();
    }
  });
  return router;
}
