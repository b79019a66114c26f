// A channel adapter that records what it was handed: the tests' view of "what the customer got".
// It refuses what every real adapter refuses (no subject, an empty body), so tests see those defects.
import { assertSendable, type ChannelAdapters, type OutgoingMessage, type SendReceipt } from '../../src/channels/types';

export interface Delivered extends OutgoingMessage {
  at: number;
}

export function recordingChannels(): { adapters: ChannelAdapters; sent: Delivered[] } {
  const sent: Delivered[] = [];
  const adapter = {
    provider: 'test',
    async send(m: OutgoingMessage): Promise<SendReceipt> {
      assertSendable(m);
      sent.push({ ...m, at: Date.now() });
      return { provider: 'test', providerMessageId: `test-${m.messageId}` };
    },
  };
  return { adapters: { email: adapter, sms: adapter, whatsapp: adapter }, sent };
}
