// How an error becomes an answer: a RemitError as it says, Express's own 4xx as a 4xx, a
// database that cannot serve as a 503 to retry, anything else as a logged 500.
import type { NextFunction, Request, Response } from 'express';
import { loggedPath, type Logger } from '../logger';
import { Prisma } from '../generated/prisma/client';
import { RemitError } from '../services/errors';

/**
 * A database that cannot serve the request right now, as a 503 the client may retry: down or
 * restarting, or every connection busy for longer than a transaction may wait for one.
 */
export function databaseTrouble(err: unknown): RemitError | undefined {
  if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2028' && /Unable to start a transaction/i.test(err.message)) {
    return new RemitError(503, 'database_busy', 'The database is busy; retry shortly');
  }
  const down =
    err instanceof Prisma.PrismaClientInitializationError ||
    (err instanceof Prisma.PrismaClientKnownRequestError && ['P1001', 'P1002', 'P1008', 'P1017', 'P2024'].includes(err.code)) ||
    // Raw statements fail as P2010 with the driver's message inside ("Can't reach database server").
    /ECONNREFUSED|ECONNRESET|Connection terminated|connect ETIMEDOUT|Can't reach database server|Server has closed the connection|the database system is (starting up|shutting down)|terminating connection|is not queryable/i.test(
      err instanceof Error ? `${err.name} ${err.message}` : '',
    );
  return down ? new RemitError(503, 'database_unavailable', 'The database is unreachable; retry shortly') : undefined;
}

/** The last middleware: every error answers `{ error: { code, message, details? } }`. */
export function errorAnswer(logger: Logger) {
  // Express 5 passes rejected promises from handlers here.
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    let e: RemitError | undefined;
    if (err instanceof RemitError) e = err;
    else if (isClientError(err)) e = clientError(err);
    else if ((e = databaseTrouble(err))) res.setHeader('Retry-After', '5');
    else {
      logger.error('request failed', { method: req.method, path: loggedPath(req), error: err instanceof Error ? err.stack : String(err) });
      e = new RemitError(500, 'internal_error', 'Something went wrong on our side; nothing was recorded unless a later GET shows it');
    }
    res.status(e.status).json({ error: { code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) } });
  };
}

/** A known path with another method is 405 (with Allow), not "no such route". */
export function noSuchRoute(routes: { method: string; path: string }[]) {
  const known = routes.map((r) => ({
    method: r.method.toUpperCase(),
    re: new RegExp(`^${r.path.replace(/[.]/g, '\\.').replace(/:[A-Za-z]+/g, '[^/]+')}/?$`, 'i'),
  }));
  return (req: Request, res: Response, next: NextFunction) => {
    const allowed = [...new Set(known.filter((k) => k.re.test(req.path)).flatMap((k) => (k.method === 'GET' ? ['GET', 'HEAD'] : [k.method])))];
    if (allowed.length === 0) return next(new RemitError(404, 'not_found', `No route ${req.method} ${req.path}`));
    res.setHeader('Allow', allowed.join(', '));
    next(new RemitError(405, 'method_not_allowed', `${req.method} is not allowed on ${req.path}; allowed: ${allowed.join(', ')}`));
  };
}

/**
 * A 4xx from Express itself: body-parser (bad JSON, size, charset, encoding, corrupt gzip: a
 * `type`, or an http-errors `expose`) or the router (bad %-encoding: a URIError with status 400).
 * Not any error with a `status`: a provider SDK's 4xx is our failure, not the client's.
 */
interface ClientError {
  type?: string;
  status: number;
  message: string;
  limit?: number;
  expose?: boolean;
}
function isClientError(err: unknown): err is ClientError {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as Partial<ClientError>;
  if (typeof e.status !== 'number' || e.status < 400 || e.status >= 500) return false;
  return typeof e.type === 'string' || e.expose === true || err instanceof URIError;
}
function clientError(err: ClientError): RemitError {
  if (err instanceof URIError) return new RemitError(400, 'invalid_path', 'The path is not valid percent-encoded UTF-8');
  if (err.type === 'entity.parse.failed') return new RemitError(400, 'invalid_json', 'The body is not valid JSON');
  if (err.type === 'entity.too.large') {
    const limit = typeof err.limit === 'number' ? `${Math.round(err.limit / 1024)} kB` : 'the limit';
    return new RemitError(413, 'body_too_large', `The body is larger than ${limit}`);
  }
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') return new RemitError(415, 'unsupported_encoding', err.message);
  if (err.type === undefined && err.status === 400) return new RemitError(400, 'bad_request', `The body could not be read: ${err.message}`);
  return new RemitError(err.status, 'bad_request', err.message);
}
