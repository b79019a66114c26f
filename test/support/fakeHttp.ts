// The HTTP plumbing the loopback provider fakes (fakeResend, fakeTwilio) share: scripted answers,
// request bodies and headers, JSON answers, and a server on a free loopback port.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A scripted failure: an HTTP answer, or 'hang' (accept the request and never answer). */
export type ScriptedFailure = ScriptedResponse | 'hang';

/** Failures scripted for the next requests, answered in order. */
export class ScriptedFailures {
  private readonly queue: ScriptedFailure[] = [];

  /** Answer the next `n` requests with `response`. */
  add(n: number, response: ScriptedFailure): void {
    for (let i = 0; i < n; i++) this.queue.push(response);
  }

  /** Answers `res` with the next scripted failure, if there is one; true when it took the request. */
  answer(res: ServerResponse): boolean {
    const failure = this.queue.shift();
    if (!failure) return false;
    if (failure !== 'hang') json(res, failure.status, failure.body, failure.headers);
    // On 'hang' the socket stays open until close().
    return true;
  }

  clear(): void {
    this.queue.length = 0;
  }
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The request's headers with repeated ones joined by ", ". */
export function flatHeaders(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
}

/** Answers `body` as JSON; a string body goes out as it is (an HTML error page from a proxy). */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const raw = typeof body === 'string';
  res.writeHead(status, { 'content-type': raw ? 'text/html' : 'application/json', ...headers });
  res.end(raw ? body : JSON.stringify(body));
}

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1, on a port the system picks. */
export async function startLoopbackServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>,
): Promise<LoopbackServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close() {
      // Hung requests and the SDK's keep-alive sockets would hold close() open.
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
