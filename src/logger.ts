// Structured one-line logs, on pino. Never log contact details at info level in production code
// paths other than the `log` channel, whose whole purpose is to show the message.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';
import { pinoHttp } from 'pino-http';

export type Level = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

// Every level on stderr, one JSON object a line: stdout is for the person running Remit (the
// banner, see main.ts). Synchronous, so a line logged just before process.exit() is not lost.
let stderr: DestinationStream | undefined;
const standardError = () => (stderr ??= pino.destination({ dest: 2, sync: true }));

/** A logger writing JSON lines at `level` and above to stderr, or to `destination` (tests read theirs). */
export function createLogger(level: Level = 'info', destination: DestinationStream = standardError()): Logger {
  return wrap(
    pino(
      {
        level,
        base: undefined, // no pid/hostname: the process supervisor knows them
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }), log: plain },
      },
      destination,
    ),
  );
}

// The pino logger behind each Logger, for pino-http; kept off the Logger interface so hand-made
// loggers (tests' quiet ones) need not have one.
const pinoOf = new WeakMap<Logger, PinoLogger>();

function wrap(log: PinoLogger): Logger {
  const logger: Logger = {
    debug: (msg, fields) => log.debug(fields ?? {}, msg),
    info: (msg, fields) => log.info(fields ?? {}, msg),
    warn: (msg, fields) => log.warn(fields ?? {}, msg),
    error: (msg, fields) => log.error(fields ?? {}, msg),
    child: (fields) => wrap(log.child(plain(fields))), // pino formats a child's fields apart from the line's
  };
  pinoOf.set(logger, log);
  return logger;
}

/**
 * What JSON would lose, made plain: a bigint (amounts in minor units) as its digits rather than
 * a rounded number, an Error as its name and message rather than {}. Only plain objects and
 * arrays are walked: class instances (pino-http's request and response) go to their serializers.
 */
const plain = <T>(value: T): T => plainValue(value, []) as T;

function plainValue(value: unknown, path: object[]): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (value === null || typeof value !== 'object') return value;
  if (path.includes(value)) return '[Circular]';
  const inner = [...path, value];
  if (Array.isArray(value)) return value.map((v) => plainValue(v, inner));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v, inner)]));
}

// ---------------------------------------------------------------------------------------------
// Access log: one line a request, with its id, method, path, status and duration.

/** An incoming X-Request-Id worth keeping (to join our logs with a proxy's): a short token, nothing that could forge or flood a log line. */
const SANE_REQUEST_ID = /^[\w.:;=+/@-]{1,128}$/;
/** Probed every few seconds: at debug, so they do not drown the requests that matter. */
const PROBE_PATHS = new Set(['/healthz', '/metrics']);

/** The path alone: query strings and bodies may carry contact details and signatures; an unsubscribe path carries its token. */
export function loggedPath(req: IncomingMessage): string {
  const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
  return url.split('?', 1)[0]!.replace(/^\/u\/[^/]+/, '/u/:token');
}

/** Express middleware: gives each request an id (X-Request-Id, in and out) and logs it when answered. */
export function accessLog(logger: Logger) {
  return pinoHttp<IncomingMessage, ServerResponse, never>({
    logger: pinoOf.get(logger) ?? pino({ level: 'silent' }), // a hand-made Logger (a test's quiet one) gets no access log
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : PROBE_PATHS.has(loggedPath(req)) ? 'debug' : res.statusCode >= 400 ? 'warn' : 'info',
    // Chosen fields, not the default serializers': those log every header, Authorization included.
    serializers: {
      req: (req: { id: unknown; method: string; raw: IncomingMessage }) => ({ id: req.id, method: req.method, path: loggedPath(req.raw) }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
}
