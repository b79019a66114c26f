// The whole decision path (src/domain/followUpSimulation: what the workflow and the preview
// run) over 10,000 random customers (test/support/randomCustomers.ts): whatever the customer,
// no message goes out outside the local window, over the cap or gap, on a refused channel, to
// no address, after the payment, or beyond the per-invoice cap. REMIT_PROPERTY_SEED=<n> replays a run.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { simulateFollowUp } from '../../src/domain/followUpSimulation';
import { checkWalk, customerCase, propertySeed, randomCustomer } from '../support/randomCustomers';

/** The years the customers' due dates fall in; fixed, so a seed replays the same customers. */
const BASE_YEAR = 2027;
const RUNS = 10_000;

describe('the decision path, over random customers', () => {
  test(`${RUNS} customers: no send outside the window, over the cap or gap, refused, without an address, after the payment or beyond the invoice's cap`, { timeout: 600_000 }, () => {
    const seed = propertySeed();
    console.log(`decision path property: seed ${seed} (REMIT_PROPERTY_SEED=${seed} replays it), ${RUNS} runs`);
    const started = Date.now();
    let sends = 0;
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(randomCustomer(BASE_YEAR), (c) => {
        const k = customerCase(c, 'inv-property');
        const decisions = [...simulateFollowUp(k.plan, k.world)];
        checkWalk(k, decisions);
        for (const d of decisions) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
        sends += decisions.filter((d) => d.kind === 'sent').length;
      }),
      { numRuns: RUNS, seed, includeErrorInReport: true },
    );
    console.log(`decision path property: ${RUNS} runs in ${Date.now() - started} ms; decisions ${JSON.stringify(Object.fromEntries(kinds))}`);
    // The generator reaches every outcome (a generator that never defers would prove little).
    for (const kind of ['sent', 'deferred', 'skipped', 'not_sent', 'no_channel', 'done', 'closed']) assert.ok((kinds.get(kind) ?? 0) > 0, `some walk has a ${kind} decision`);
    assert.ok(sends > RUNS, `${sends} sends`);
  });
});
