// Stopping the HTTP server without cutting off what it accepted: the requests being
// answered finish before the database and Temporal connections close under them.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

// Hand-written: Node 20's close() + closeAllConnections() alone hold an answered kept-alive connection until its keep-alive timeout (5002 vs 303 ms in test/unit/gracefulClose) and send no Connection: close; http-terminator 3.2.0 does as well as this, but is a new package with 4 dependencies.
/**
 * Tracks the requests `server` is answering, and returns a close that stops taking
 * connections, closes idle ones, waits at most `waitMs` for those requests to be answered
 * (each on a connection that then closes, so none takes another request), then closes the
 * rest. Resolves once every connection is closed (a request whose client hung up is not waited for).
 */
export function gracefulClose(server: Server, waitMs: number): () => Promise<void> {
  const answering = new Set<ServerResponse>();
  let closing = false;
  let drained: (() => void) | undefined;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    answering.add(res);
    if (closing) res.setHeader('Connection', 'close');
    res.on('close', () => {
      if (answering.delete(res) && closing && answering.size === 0) drained?.();
    });
  });
  return () =>
    new Promise<void>((resolve) => {
      closing = true;
      for (const res of answering) if (!res.headersSent) res.setHeader('Connection', 'close');
      server.close(() => resolve()); // also closes idle kept-alive connections
      const answered = answering.size === 0 ? Promise.resolve() : new Promise<void>((r) => (drained = r));
      let timer: NodeJS.Timeout | undefined;
      // Unref'd: a response that never closes (queued behind a pipelined one whose client
      // hung up) must not keep the process alive; its connection is already gone.
      const waited = new Promise<void>((r) => (timer = setTimeout(r, waitMs).unref()));
      void Promise.race([answered, waited]).then(() => {
        clearTimeout(timer);
        server.closeAllConnections();
      });
    });
}
