// Timestamps are stored as UTC (timestamp(3) columns) and must read back as the same instant
// whatever the process's time zone, through Prisma queries and raw statements alike: the
// hot paths (sends, payments, invoice creation) read rows with raw SQL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Customer } from '../../src/generated/prisma/client';
import { testDatabase } from '../support/db';

test('a timestamp reads back as the same instant in a process outside UTC, raw or through Prisma', async () => {
  const zone = process.env.TZ;
  process.env.TZ = 'America/New_York';
  const db = await testDatabase();
  try {
    const at = new Date('2026-11-23T12:00:00.000Z');
    const later = new Date('2026-11-24T03:30:00.250Z');
    await db.prisma.customer.create({ data: { externalId: 'prisma-written', pausedAt: at } });
    await db.prisma.$executeRaw`INSERT INTO "Customer" (id, "externalId", "pausedAt", "createdAt", "updatedAt") VALUES (gen_random_uuid(), 'raw-written', ${later}, ${later}, ${later})`;

    const raw = await db.prisma.$queryRaw<Customer[]>`SELECT * FROM "Customer" ORDER BY "externalId"`;
    assert.deepEqual(
      raw.map((c) => [c.externalId, c.pausedAt?.toISOString()]),
      [
        ['prisma-written', at.toISOString()],
        ['raw-written', later.toISOString()],
      ],
    );
    const viaPrisma = await db.prisma.customer.findMany({ orderBy: { externalId: 'asc' } });
    assert.deepEqual(
      viaPrisma.map((c) => [c.externalId, c.pausedAt?.toISOString()]),
      [
        ['prisma-written', at.toISOString()],
        ['raw-written', later.toISOString()],
      ],
    );
    // An array of timestamps (a raw aggregate) too.
    const [agg] = await db.prisma.$queryRaw<{ all: Date[] }[]>`SELECT array_agg("pausedAt" ORDER BY "externalId") AS "all" FROM "Customer"`;
    assert.deepEqual(agg!.all.map((d) => new Date(d).toISOString()), [at.toISOString(), later.toISOString()]);
  } finally {
    await db.close();
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});
