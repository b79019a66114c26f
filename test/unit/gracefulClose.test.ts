// The HTTP server's shutdown, on a real server and real sockets: requests being answered
// are answered, their connections take no further request, and nothing makes a stop wait
// longer than its bound.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { test } from 'node:test';
import { gracefulClose } from '../../src/api/gracefulClose';
import { sleep } from '../support/remit';

/** A server whose `/slow` answers after 400 ms, `/never` never answers, anything else at once. */
async function serve(): Promise<{ server: Server; port: number; handled: string[] }> {
  const handled: string[] = [];
  const server = createServer((req, res) => {
    handled.push(req.url ?? '');
    if (req.url === '/never') return;
    setTimeout(() => res.end(`done ${req.url}`), req.url === '/slow' ? 400 : 0);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as { port: number }).port, handled };
}

/** A raw keep-alive connection: what it sends, and everything it receives until it closes. */
async function rawConnection(port: number): Promise<{ socket: Socket; received: () => string; ended: Promise<void> }> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((r) => socket.once('connect', r));
  let text = '';
  socket.on('data', (d) => (text += d.toString()));
  const ended = new Promise<void>((r) => socket.once('close', () => r()));
  socket.on('error', () => {});
  return { socket, received: () => text, ended };
}

const get = (path: string) => `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n`;

/** Closes a server (bound `waitMs`) while it handles `path` on a kept-alive connection; how long the close took and what the client got. */
async function closeWhileHandling(path: string, waitMs: number): Promise<{ took: number; received: string }> {
  const { server, port } = await serve();
  const close = gracefulClose(server, waitMs);
  const conn = await rawConnection(port);
  conn.socket.write(get(path));
  await sleep(100);
  const started = Date.now();
  await close();
  const took = Date.now() - started;
  await conn.ended;
  return { took, received: conn.received() };
}

test('a request being answered at close is answered, with Connection: close, and then the connection closes', async () => {
  const { took, received } = await closeWhileHandling('/slow', 5_000);
  assert.match(received, /^HTTP\/1\.1 200/);
  assert.match(received, /connection: close/i);
  assert.match(received, /done \/slow$/);
  assert.ok(took >= 200 && took < 2_000, `close waited for the answer, not for its bound (${took} ms)`);
});

test('an idle kept-alive connection is closed at once, and a new connection is refused', async () => {
  const { server, port, handled } = await serve();
  const close = gracefulClose(server, 5_000);
  const conn = await rawConnection(port);
  conn.socket.write(get('/first'));
  await sleep(100);
  assert.match(conn.received(), /done \/first$/);
  const started = Date.now();
  await close();
  await conn.ended;
  assert.ok(Date.now() - started < 1_000);
  const refused = await new Promise<boolean>((r) => connect(port, '127.0.0.1').once('connect', () => r(false)).once('error', () => r(true)));
  assert.equal(refused, true);
  assert.deepEqual(handled, ['/first']);
});

test('a request that is never answered holds the close only until its bound', async () => {
  const { took, received } = await closeWhileHandling('/never', 600);
  assert.ok(took >= 500 && took < 2_000, `closed at its bound (${took} ms)`);
  assert.equal(received, '', 'cut off, unanswered');
});

test('two pipelined requests at close: the first is answered with Connection: close, and the close does not wait out the keep-alive', async () => {
  // Node's close() + closeAllConnections() alone took 5 s here: the connection stayed kept alive.
  const { server, port } = await serve();
  const close = gracefulClose(server, 5_000);
  const conn = await rawConnection(port);
  conn.socket.write(get('/slow') + get('/second'));
  await sleep(100);
  const started = Date.now();
  await close();
  const took = Date.now() - started;
  await conn.ended;
  assert.match(conn.received(), /^HTTP\/1\.1 200[\s\S]*connection: close[\s\S]*done \/slow/i);
  assert.ok(took < 2_000, `closed once /slow was answered (${took} ms)`);
});
