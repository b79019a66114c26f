// The layers of Remit point one way, and `npm test` checks it (npm run deps):
//
//   src/domain (pure policy) ← store (src/db.ts, src/generated) ← src/services ← src/api, activities
//   workflows: the workflow bundle; deterministic code only (src/domain and its own contract)
//   src/remit.ts assembles everything; only src/main.ts (and bench/, tests) import it.
//
// A rule names what a layer must NOT import; a new file falls under its folder's rule.
const NODE_IO = '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|worker_threads|dgram|dns|tls|cluster|os|process)$';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Files that import each other in a loop.', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'Pure policy: no I/O, no database, no Temporal, no HTTP, nothing from the layers above.',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/|(^|/)node_modules/', dependencyTypesNot: ['core'] },
    },
    {
      name: 'domain-has-no-io',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'], path: NODE_IO },
    },
    {
      name: 'domain-uses-no-sdk',
      severity: 'error',
      comment: 'Provider SDKs, Prisma and Temporal belong to the layers above.',
      from: { path: '^src/domain/' },
      to: { path: 'node_modules/(@temporalio|@prisma|twilio|resend|stripe|pg|express)/' },
    },
    {
      name: 'workflows-are-deterministic',
      severity: 'error',
      comment: 'The workflow bundle takes only deterministic code: its own contract (the activities too, by their interface in definitions.ts), src/domain, @temporalio/workflow.',
      from: { path: '^workflows/' },
      to: { pathNot: '^(workflows/|src/domain/)|(^|/)node_modules/@temporalio/(workflow|common)/' },
    },
    {
      name: 'store-below-services',
      severity: 'error',
      from: { path: '^src/(db|embeddedPostgres)\\.ts$' },
      to: { path: '^(src/(services|api|channels|temporal|remit|main)|activities|workflows)' },
    },
    {
      name: 'services-below-api-and-activities',
      severity: 'error',
      comment: 'Services take their own input types; the API and the activities call them, never the reverse.',
      from: { path: '^src/services/' },
      to: { path: '^(src/(api|remit|main)|activities/)' },
    },
    {
      name: 'channels-are-adapters',
      severity: 'error',
      comment: 'A channel adapter talks to one provider; it knows no service, route or activity.',
      from: { path: '^src/channels/' },
      to: { path: '^(src/(services|api|temporal|remit|main)|activities/|workflows/)' },
    },
    {
      name: 'infrastructure-knows-no-business',
      severity: 'error',
      from: { path: '^src/(temporal|webhooks)/|^src/(config|logger|secrets)\\.ts$' },
      to: { path: '^(src/(services|api|remit|main)|activities/)' },
    },
    {
      name: 'api-does-not-run-activities',
      severity: 'error',
      from: { path: '^src/api/' },
      to: { path: '^(activities/|src/(remit|main))' },
    },
    {
      name: 'activities-do-not-serve-http',
      severity: 'error',
      from: { path: '^activities/' },
      to: { path: '^src/(api|remit|main)' },
    },
    {
      name: 'only-main-assembles',
      severity: 'error',
      comment: 'src/remit.ts is the composition root: the app imports it only from src/main.ts.',
      from: { path: '^(src|activities|workflows)/', pathNot: '^src/main\\.ts$' },
      to: { path: '^src/remit\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
  },
};
