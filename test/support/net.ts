import { createServer } from 'node:net';

/** A port nothing listens on now (free to be taken by anyone until it is used). */
export async function freePort(): Promise<number> {
  const held = await heldPort();
  await held.release();
  return held.port;
}

/**
 * A port that stays ours while a test needs it "down": every connection is refused by a
 * reset, and no other process can take the port until `release()`, just before the real
 * server starts on it.
 */
export async function heldPort(port = 0): Promise<{ port: number; release(): Promise<void> }> {
  const server = createServer((socket) => socket.resetAndDestroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { port: (server.address() as { port: number }).port, release: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
