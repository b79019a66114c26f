// The sequences invoices follow: the built-in default and the ones a user created. A
// sequence is immutable once created (an invoice keeps a snapshot of its steps anyway).
import type { Db } from '../db';
import type { Channel } from '../domain/channel';
import { DEFAULT_SEQUENCE, DEFAULT_SEQUENCE_NAME, type SequenceStep } from '../domain/sequences';
import type { Prisma } from '../generated/prisma/client';
import { conflict, isUniqueViolation, unprocessable } from './errors';

type Tx = Prisma.TransactionClient;

export class SequenceCatalog {
  private readonly known = new Map<string, { steps: SequenceStep[]; defaultChannel: Channel }>();

  constructor(private readonly db: Db) {}

  async create(name: string, steps: SequenceStep[], defaultChannel: Channel = 'email') {
    if (name === DEFAULT_SEQUENCE_NAME) throw conflict('sequence_exists', `"${DEFAULT_SEQUENCE_NAME}" is the built-in sequence and cannot be replaced`);
    try {
      const row = await this.db.sequence.create({ data: { name, steps: steps as unknown as Prisma.InputJsonValue, defaultChannel } });
      return { name: row.name, builtIn: false, defaultChannel, steps };
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('sequence_exists', `A sequence named "${name}" already exists; sequences are immutable, create one with a new name`);
      throw err;
    }
  }

  async list() {
    const rows = await this.db.sequence.findMany({ orderBy: { createdAt: 'asc' } });
    return [
      { name: DEFAULT_SEQUENCE_NAME, builtIn: true, defaultChannel: 'email' as Channel, steps: [...DEFAULT_SEQUENCE] },
      ...rows.map((r) => ({ name: r.name, builtIn: false, defaultChannel: r.defaultChannel as Channel, steps: r.steps as unknown as SequenceStep[] })),
    ];
  }

  /** A sequence by name, or a 422 naming the field. */
  async get(tx: Tx | Db, name: string): Promise<{ steps: SequenceStep[]; defaultChannel: Channel }> {
    if (name === DEFAULT_SEQUENCE_NAME) return { steps: [...DEFAULT_SEQUENCE], defaultChannel: 'email' };
    // Sequences are immutable and never deleted, so one read per name and process is enough.
    let found = this.known.get(name);
    if (!found) {
      const row = await tx.sequence.findUnique({ where: { name } });
      if (!row) throw unprocessable('unknown_sequence', `No sequence named "${name}"`, { field: 'sequence' });
      found = { steps: row.steps as unknown as SequenceStep[], defaultChannel: row.defaultChannel as Channel };
      this.known.set(name, found);
    }
    return { steps: [...found.steps], defaultChannel: found.defaultChannel };
  }
}
