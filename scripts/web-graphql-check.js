#!/usr/bin/env node
/**
 * Fails when the web app's GraphQL types drift from the committed schema.gql: regenerates gql.tada's
 * introspection (apps/web/src/graphql-env.d.ts) into a temp file and compares, then validates every
 * document in apps/web against the schema (`gql.tada check`). Fix with `npm run web:graphql`.
 */
const { execFileSync } = require('child_process');
const { mkdtempSync, readFileSync, rmSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');

const root = join(__dirname, '..');
const bin = join(root, 'node_modules', '.bin', 'gql-tada');
const committed = join(root, 'apps', 'web', 'src', 'graphql-env.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'coachline-gql-'));
try {
  const fresh = join(dir, 'graphql-env.d.ts');
  execFileSync(bin, ['generate-output', '-c', 'apps/web/tsconfig.json', '-o', fresh], {
    cwd: root,
    stdio: 'pipe',
  });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(
      'apps/web/src/graphql-env.d.ts is out of date with schema.gql: run `npm run web:graphql` and commit it.',
    );
    process.exit(1);
  }
  execFileSync(bin, ['check', '-c', 'apps/web/tsconfig.json', '--fail-on-warn'], {
    cwd: root,
    stdio: 'inherit',
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
