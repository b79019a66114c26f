// The parent's handle on the load driver process (bench/driver.ts).
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { DriverJob } from '../driver';

export interface Driver {
  run<T>(job: DriverJob): Promise<T>;
  setCenter(d: number): void;
  stop(): Promise<void>;
}

export async function startDriver(benchDir: string): Promise<Driver> {
  const child: ChildProcess = fork(join(benchDir, 'driver.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`driver exited with ${code}`)));
  });
  child.on('message', (m: { id?: number; result?: unknown; error?: string }) => {
    if (m.id === undefined) return;
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.error) p?.reject(new Error(m.error));
    else p?.resolve(m.result);
  });
  child.on('exit', (code) => {
    for (const p of pending.values()) p.reject(new Error(`driver exited with ${code}`));
    pending.clear();
  });
  return {
    run<T>(job: DriverJob) {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, job });
      });
    },
    setCenter(d: number) {
      if (child.connected) child.send({ center: d });
    },
    stop() {
      return new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
