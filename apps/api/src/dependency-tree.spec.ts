import { spawnSync } from 'child_process';
import { join } from 'path';

/**
 * `npm install` must print no ERESOLVE warning. @nestjs/apollo 13 requires (but our config never uses)
 * the GraphQL Playground landing page plugin, whose last release declares a peer `@apollo/server@^4`;
 * package.json's `overrides` lets it share our @apollo/server 5. `npm ls` reports exactly what
 * `npm install` warns about: an installed package outside a declared range.
 */
describe('installed dependency tree', () => {
  it('should satisfy every declared dependency and peer range when npm checks the whole tree', () => {
    const res = spawnSync('npm', ['ls', '--all', '--json'], {
      cwd: join(__dirname, '..', '..', '..'),
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    const tree = JSON.parse(res.stdout) as { problems?: string[] };
    expect(tree.problems ?? []).toEqual([]);
    expect(res.status).toBe(0);
  });
});
