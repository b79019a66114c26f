import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
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
