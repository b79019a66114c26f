// A follow-up worker in its own process, for tests that kill it. Its channel hands every
// message to the fake provider at FAKE_PROVIDER_URL over HTTP, with the outbox idempotency
// key, the way a real provider API is called.
import { readFileSync } from 'node:fs';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { ChannelAdapter, OutgoingMessage } from '../../src/channels/types';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startRemit } from '../../src/remit';

Runtime.install({ logger: new DefaultLogger('WARN') });
const provider = process.env.FAKE_PROVIDER_URL!;
const adapter: ChannelAdapter = {
  provider: 'fake',
  async send(m: OutgoingMessage) {
    const res = await fetch(`${provider}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': m.idempotencyKey },
      body: JSON.stringify({ to: m.to, body: m.body, invoiceId: m.invoiceId }),
    });
    if (!res.ok) throw new Error(`provider answered ${res.status}`);
    const { id } = (await res.json()) as { id: string };
    return { provider: 'fake', providerMessageId: id };
  },
};
const remit = await startRemit({
  config: loadConfig(),
  mode: 'worker',
  channels: { email: adapter, sms: adapter, whatsapp: adapter },
  workflowBundle: { code: readFileSync(process.env.REMIT_TEST_WORKFLOW_BUNDLE!, 'utf8') },
  logger: createLogger('error'),
});
process.stdout.write('worker ready\n');
process.on('SIGTERM', () => void remit.stop().then(() => process.exit(0)));
