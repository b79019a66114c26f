// Prisma CLI configuration. The Wasm schema engine ("js") runs offline; it talks to the
// database through a driver adapter, to the PostgreSQL server DATABASE_URL names (for the
// embedded one, the URL is in the `npm start` banner). `prisma generate` needs no database,
// and the service applies migrations itself (src/db.ts).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  engine: 'js',
  experimental: { adapter: true },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL: set it to a PostgreSQL server (the `npm start` banner prints the embedded one\'s) for this Prisma command');
    const { PrismaPg } = await import('@prisma/adapter-pg');
    return new PrismaPg({ connectionString: url });
  },
});
