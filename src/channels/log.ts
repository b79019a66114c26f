// The `log` adapter: records the message as sent and writes it to the log. It is what a
// channel uses until it has provider credentials, so it refuses what a provider would (with
// the check the real adapters make): a message Remit built wrongly must not pass for sent here.
import type { Logger } from '../logger';
import { assertSendable, type ChannelAdapter, type ChannelAdapters, type OutgoingMessage, type SendReceipt } from './types';

export function createLogAdapter(logger: Logger, onSend?: (m: OutgoingMessage) => void): ChannelAdapter {
  return {
    provider: 'log',
    async send(message: OutgoingMessage): Promise<SendReceipt> {
      assertSendable(message);
      logger.info('message sent (log channel)', {
        channel: message.channel,
        invoiceId: message.invoiceId,
        messageId: message.messageId,
        subject: message.subject,
        body: message.body,
      });
      onSend?.(message);
      return { provider: 'log', providerMessageId: `log-${message.messageId}` };
    },
  };
}

export function logAdapters(logger: Logger, onSend?: (m: OutgoingMessage) => void): ChannelAdapters {
  const log = createLogAdapter(logger, onSend);
  return { email: log, sms: log, whatsapp: log };
}
