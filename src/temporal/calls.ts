// Calls to Temporal made while serving requests (deliveries, queries, health checks), each
// with a deadline, and kept until they settle so that shutdown can wait for them before
// it closes the connection: the client's gRPC retry schedules its next attempt on a timer,
// and that timer throws (uncaught) if the connection is closed by then.
import type { Client } from '@temporalio/client';

export class TemporalCalls {
  private readonly unsettled = new Set<Promise<void>>();

  /**
   * `fn` on `client` with a deadline of `ms`. Also gives up at `ms` on its own: a
   * NativeConnection applies the deadline to each attempt but retries an unreachable
   * server for ~10 s, and cannot be aborted. A call given up on goes on (and is waited
   * for by `settled`); callers make calls that may still succeed later idempotent.
   */
  withDeadline<T>(client: Client, ms: number, fn: () => Promise<T>): Promise<T> {
    const call = client.connection.withDeadline(Date.now() + ms, fn);
    const settled = call.then(
      () => {},
      () => {}, // nobody may be waiting for it any more
    );
    this.unsettled.add(settled);
    void settled.then(() => this.unsettled.delete(settled));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Temporal did not answer within ${ms} ms`)), ms);
    });
    return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
  }

  /** Resolves once every call made so far has settled (each within its deadline plus one retry back-off). */
  async settled(): Promise<void> {
    await Promise.all(this.unsettled);
  }
}
