// Assertions on the errors a channel adapter's send() rejects with.
import assert from 'node:assert/strict';
import { PermanentSendError, TransientSendError } from '../../src/channels/types';

/** Asserts that `promise` rejects with exactly this error class and these fields. */
export async function rejectsWith(promise: Promise<unknown>, expected: PermanentSendError | TransientSendError): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof expected.constructor, `expected ${expected.constructor.name}, got ${String(err)}`);
    const e = err as PermanentSendError & TransientSendError;
    const x = expected as PermanentSendError & TransientSendError;
    assert.deepEqual({ code: e.code, reason: e.reason, retryAfterMs: e.retryAfterMs }, { code: x.code, reason: x.reason, retryAfterMs: x.retryAfterMs });
    return true;
  });
}

/** The PermanentSendError expected, for rejectsWith (the message is not compared). */
export const permanent = (code: string, reason: PermanentSendError['reason']) => new PermanentSendError('', code, reason);

/** The TransientSendError expected, for rejectsWith (the message is not compared). */
export const transient = (code: string, retryAfterMs?: number) => new TransientSendError('', code, retryAfterMs);
