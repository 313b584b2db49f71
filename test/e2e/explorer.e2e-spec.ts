import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { runInNewContext } from 'vm';
import { createOrganization } from '../helpers/factories';
import { createTestApp } from '../helpers/test-app';

/** The smallest DOM the explorer's script touches: elements by id, created list items, events. */
class FakeElement {
  value = '';
  textContent = '';
  title = '';
  children: FakeElement[] = [];
  onclick?: () => void;
  appendChild(child: FakeElement) {
    this.children.push(child);
    return child;
  }
  get text(): string {
    return this.textContent + this.children.map((c) => c.text).join('');
  }
}

/**
 * GET /graphql in a browser outside production: a built-in explorer that loads nothing from the
 * internet (Apollo's sandbox page loads its scripts from a CDN, blank offline).
 */
describe('GraphQL explorer page (e2e)', () => {
  let app: INestApplication;
  let html: string;

  beforeAll(async () => {
    app = await createTestApp();
    const res = await request(app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(res.status).toBe(200);
    html = res.text;
  });
  afterAll(() => app.close());

  it('should serve a page that references no other host and no external script, style or font', () => {
    expect(html).toContain('<title>Coachline GraphQL explorer</title>');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(/);
    expect(html).not.toMatch(/apollographql|sandbox|embeddable/i);
  });

  it('should list the schema’s queries and mutations and run a query with the token given, when its script runs', async () => {
    const admin = await createOrganization(app);
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1];
    const elements = new Map<string, FakeElement>();
    const byId = (id: string) => elements.get(id) ?? elements.set(id, new FakeElement()).get(id)!;
    // A browser fills each textarea with its content from the page.
    for (const [, id, text] of html.matchAll(/<textarea id="(\w+)"[^>]*>([^<]*)<\/textarea>/g))
      byId(id).value = text;
    const storage = new Map<string, string>();
    const pending: Array<Promise<unknown>> = [];
    const fetch = (path: string, init: { headers: Record<string, string>; body: string }) => {
      let req = request(app.getHttpServer()).post(path).set('content-type', 'application/json');
      if (init.headers.authorization) req = req.set('authorization', init.headers.authorization);
      const p = req.send(init.body).then((res) => ({ json: async () => res.body as unknown }));
      pending.push(p);
      return p;
    };
    const settle = async () => {
      while (pending.length) await pending.shift();
      await new Promise((r) => setImmediate(r));
    };
    runInNewContext(script, {
      window: { location: { pathname: '/graphql' } },
      document: {
        getElementById: byId,
        createElement: () => new FakeElement(),
        addEventListener: () => undefined,
      },
      sessionStorage: {
        getItem: (k: string) => storage.get(k) ?? null,
        setItem: (k: string, v: string) => storage.set(k, v),
      },
      fetch,
      JSON,
    });
    await settle();
    const queries = byId('queries').children.map((li) => li.children[0].textContent);
    const mutations = byId('mutations').children.map((li) => li.children[0].textContent);
    expect(queries).toEqual(expect.arrayContaining(['me', 'conversations', 'reviewQueue']));
    expect(mutations).toEqual(expect.arrayContaining(['createOrganization', 'sendMessage']));

    byId('token').value = admin.token;
    byId('run').onclick!();
    await settle();
    expect(JSON.parse(byId('result').textContent)).toEqual({
      data: { me: expect.objectContaining({ user: expect.objectContaining({ email: admin.email }) }) },
    });

    // Picking a field writes a query skeleton with its arguments as variables.
    byId('queries').children.find((li) => li.children[0].textContent === 'athlete')!.children[0].onclick!();
    expect(byId('query').value).toMatch(/^query\(\$id: ID!\) \{\n {2}athlete\(id: \$id\) \{/);
  });
});
