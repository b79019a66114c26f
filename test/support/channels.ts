// A channel adapter that records what it was handed: the tests' view of "what the customer got".
import type { ChannelAdapters, OutgoingMessage, SendReceipt } from '../../src/channels/types';

export interface Delivered extends OutgoingMessage {
  at: number;
}

export function recordingChannels(): { adapters: ChannelAdapters; sent: Delivered[] } {
  const sent: Delivered[] = [];
  const adapter = {
    provider: 'test',
    async send(m: OutgoingMessage): Promise<SendReceipt> {
      sent.push({ ...m, at: Date.now() });
      return { provider: 'test', providerMessageId: `test-${m.messageId}` };
    },
  };
  return { adapters: { email: adapter, sms: adapter, whatsapp: adapter }, sent };
}
