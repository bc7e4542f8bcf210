import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  databasesUnderTest,
  demo,
  owner,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';

type Case = {
  name: string;
  method: string;
  url: string;
  raw?: string | Buffer;
  body?: unknown;
  contentType?: string;
  token?: 'admin' | 'customer' | 'owner' | 'none';
};

for (const database of databasesUnderTest()) {
  describe(`bad input never changes data nor answers 5xx (${database.name})`, () => {
    let server: TestServer;
    let tokens: Record<'admin' | 'customer' | 'owner', string>;
    let conversationId: string;

    const snapshot = async () => {
      const t = tokens.admin;
      const faqs = await server.api.get(`/api/v1/tenants/${demo.tenantId}/faqs`, t);
      const convs = await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations`, t);
      const detail = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/conversations/${conversationId}`,
        t,
      );
      const users = await server.api.get(`/api/v1/tenants/${demo.tenantId}/users`, t);
      return JSON.stringify([faqs.body, convs.body, detail.body, users.body]);
    };

    before(async () => {
      server = await startTestServer(database);
      const chat = await startWidgetConversation(server.api);
      await chat.send('送料はいくらですか');
      conversationId = chat.conversationId;
      tokens = {
        admin: await server.api.login(demo.admin.email, demo.admin.password),
        owner: await server.api.login(owner.email, owner.password),
        customer: chat.customerToken,
      };
    });
    after(() => server.cleanup());

    const t = `/api/v1/tenants/${demo.tenantId}`;
    const w = `/api/v1/widget/${demo.widgetKey}`;
    const jsonEndpoints: {
      method: string;
      url: () => string;
      token: Case['token'];
      valid: unknown;
    }[] = [
      {
        method: 'POST',
        url: () => '/api/v1/auth/login',
        token: 'none',
        valid: { email: 'a@b.c', password: 'x' },
      },
      { method: 'POST', url: () => '/api/v1/tenants', token: 'owner', valid: { name: 'T' } },
      {
        method: 'POST',
        url: () => `${t}/users`,
        token: 'admin',
        valid: { email: 'n@n.test', password: 'password-1', name: 'N', role: 'agent' },
      },
      {
        method: 'POST',
        url: () => `${t}/faqs`,
        token: 'admin',
        valid: { question: 'q', answer: 'a' },
      },
      { method: 'POST', url: () => `${t}/nlu/parse`, token: 'admin', valid: { text: 'hi' } },
      {
        method: 'PUT',
        url: () => `${t}/agents/me/status`,
        token: 'admin',
        valid: { status: 'away' },
      },
      {
        method: 'POST',
        url: () => `${t}/conversations/${conversationId}/messages`,
        token: 'admin',
        valid: { text: 'x' },
      },
      { method: 'POST', url: () => `${w}/conversations`, token: 'none', valid: {} },
      {
        method: 'POST',
        url: () => `${w}/conversations/${conversationId}/messages`,
        token: 'customer',
        valid: { text: 'x' },
      },
    ];

    const cases = (): Case[] => {
      const list: Case[] = [];
      for (const e of jsonEndpoints) {
        const url = e.url();
        list.push(
          {
            name: `${url} malformed JSON`,
            method: e.method,
            url,
            raw: '{"text": "unterminated',
            token: e.token,
          },
          {
            name: `${url} invalid UTF-8`,
            method: e.method,
            url,
            raw: Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
            token: e.token,
          },
          {
            name: `${url} oversized`,
            method: e.method,
            url,
            raw: JSON.stringify({ text: 'あ'.repeat(600_000) }),
            token: e.token,
          },
          { name: `${url} array body`, method: e.method, url, raw: '[1,2,3]', token: e.token },
          {
            name: `${url} wrong types`,
            method: e.method,
            url,
            body: {
              email: 42,
              password: [],
              name: {},
              role: 'king',
              question: 1,
              answer: null,
              text: 5,
              status: 'sleeping',
              contact: 'x',
              language: 'xx',
            },
            token: e.token,
          },
          {
            name: `${url} form-encoded`,
            method: e.method,
            url,
            raw: 'text=hello',
            contentType: 'application/x-www-form-urlencoded',
            token: e.token,
          },
        );
      }
      list.push(
        {
          name: 'unknown conversation (agent)',
          method: 'GET',
          url: `${t}/conversations/conv_doesnotexist`,
          token: 'admin',
        },
        {
          name: 'unknown conversation assign',
          method: 'POST',
          url: `${t}/conversations/conv_nope/assign`,
          body: {},
          token: 'admin',
        },
        {
          name: 'assign to unknown agent',
          method: 'POST',
          url: `${t}/conversations/${conversationId}/assign`,
          body: { agentId: 'usr_nope' },
          token: 'admin',
        },
        {
          name: 'unknown conversation resolve',
          method: 'POST',
          url: `${t}/conversations/conv_nope/resolve`,
          token: 'admin',
        },
        {
          name: 'unknown tenant',
          method: 'GET',
          url: '/api/v1/tenants/ten_nope/conversations',
          token: 'owner',
        },
        {
          name: 'users of unknown tenant',
          method: 'POST',
          url: '/api/v1/tenants/ten_nope/users',
          body: { email: 'z@z.test', password: 'password-1', name: 'Z', role: 'agent' },
          token: 'owner',
        },
        {
          name: 'bad status filter',
          method: 'GET',
          url: `${t}/conversations?status=sleeping`,
          token: 'admin',
        },
        {
          name: 'unknown widget key',
          method: 'POST',
          url: '/api/v1/widget/nope/conversations',
          body: {},
          token: 'none',
        },
        {
          name: 'unknown after id',
          method: 'GET',
          url: `${w}/conversations/${conversationId}/messages?after=msg_nope`,
          token: 'customer',
        },
        {
          name: 'empty message text',
          method: 'POST',
          url: `${w}/conversations/${conversationId}/messages`,
          body: { text: '   ' },
          token: 'customer',
        },
        {
          name: 'NUL in text',
          method: 'POST',
          url: `${w}/conversations/${conversationId}/messages`,
          body: { text: 'a\u0000b' },
          token: 'customer',
        },
        {
          name: 'duplicate user email',
          method: 'POST',
          url: `${t}/users`,
          body: { email: demo.agent1.email, password: 'password-1', name: 'Dup', role: 'agent' },
          token: 'admin',
        },
        {
          name: 'short password',
          method: 'POST',
          url: `${t}/users`,
          body: { email: 'short@x.test', password: 'short', name: 'S', role: 'agent' },
          token: 'admin',
        },
        {
          name: 'csv without header',
          method: 'POST',
          url: `${t}/faqs/import`,
          raw: 'foo,bar\n1,2\n',
          contentType: 'text/csv',
          token: 'admin',
        },
        {
          name: 'csv sent as JSON',
          method: 'POST',
          url: `${t}/faqs/import`,
          body: { question: 'q' },
          token: 'admin',
        },
        {
          name: 'csv invalid UTF-8',
          method: 'POST',
          url: `${t}/faqs/import`,
          raw: Buffer.from([0x71, 0x2c, 0x61, 0x0a, 0xff, 0xfe, 0x2c, 0x61]),
          contentType: 'text/csv',
          token: 'admin',
        },
        { name: 'unknown route', method: 'GET', url: '/api/v1/nothing-here', token: 'none' },
        {
          name: 'very long id',
          method: 'GET',
          url: `${t}/conversations/${'x'.repeat(5000)}`,
          token: 'admin',
        },
      );
      return list;
    };

    test('every endpoint answers bad input with a 4xx error and leaves data unchanged', async () => {
      const before = await snapshot();
      for (const c of cases()) {
        const token = c.token === 'none' || c.token === undefined ? undefined : tokens[c.token];
        const res = await server.api.request(c.method, c.url, {
          ...(c.raw !== undefined ? { raw: c.raw } : {}),
          ...(c.body !== undefined ? { body: c.body } : {}),
          ...(c.contentType ? { contentType: c.contentType } : {}),
          token,
        });
        assert.ok(
          res.status >= 400 && res.status < 500,
          `${c.name}: got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
        );
        assert.equal(typeof res.body?.error?.code, 'string', `${c.name}: error shape`);
        assert.match(res.body.error.code, /^[a-z_]+$/, `${c.name}: snake_case code`);
        assert.equal(typeof res.body.error.message, 'string', `${c.name}: message`);
      }
      assert.equal(await snapshot(), before);
    });

    test('specific statuses: 413 for oversized, 415 for a wrong media type, 400 for malformed JSON', async () => {
      const url = `${w}/conversations/${conversationId}/messages`;
      const big = await server.api.request('POST', url, {
        raw: JSON.stringify({ text: 'x'.repeat(2_000_000) }),
        token: tokens.customer,
      });
      assert.equal(big.status, 413);
      const form = await server.api.request('POST', url, {
        raw: 'a=b',
        contentType: 'application/x-www-form-urlencoded',
        token: tokens.customer,
      });
      assert.equal(form.status, 415);
      const broken = await server.api.request('POST', url, { raw: '{', token: tokens.customer });
      assert.equal(broken.status, 400);
    });
  });
}

/**
 * Every route of the OpenAPI document, with an empty body, wrong types and bad query values,
 * against real and unknown ids: whatever the answer, never a 5xx.
 */
for (const database of databasesUnderTest()) {
  describe(`every route answers {} and wrong types without a 5xx (${database.name})`, () => {
    let server: TestServer;

    before(async () => {
      server = await startTestServer(database);
    });
    after(() => server.cleanup());

    test('no 5xx anywhere', async () => {
      const chat = await startWidgetConversation(server.api, {
        contact: { name: 'Sweep', email: 'sweep@customer.test' },
      });
      await chat.send('オペレーターをお願いします');
      const admin = await server.api.login(demo.admin.email, demo.admin.password);
      const ownerToken = await server.api.login(owner.email, owner.password);
      const t = `/api/v1/tenants/${demo.tenantId}`;
      const faqs = await server.api.get(`${t}/faqs`, admin);
      const users = await server.api.get(`${t}/users`, admin);
      const detail = await server.api.get(`${t}/conversations/${chat.conversationId}`, admin);
      const real: Record<string, string> = {
        tenantId: demo.tenantId,
        widgetKey: demo.widgetKey,
        id: chat.conversationId,
        faqId: faqs.body.faqs[0].id,
        userId: users.body.users.find((u: { role: string }) => u.role === 'agent').id,
        contactId: detail.body.contact?.id ?? 'con_nope',
      };
      const spec = (await server.api.get('/api/v1/openapi.json')).body as {
        paths: Record<string, Record<string, unknown>>;
      };
      const bodies: unknown[] = [
        {},
        null,
        [],
        'text',
        42,
        {
          text: 5,
          tags: 'x',
          category: 3,
          skills: {},
          languages: [1],
          level: 'god',
          maxConcurrent: 'x',
          name: [],
          email: 1,
          status: 9,
          agentId: {},
          words: 'x',
          summary: 1,
          isVip: 'yes',
          question: {},
          answer: [],
        },
      ];
      const failures: string[] = [];
      for (const [template, methods] of Object.entries(spec.paths)) {
        if (template === '/api/v1/auth/logout') continue;
        for (const method of Object.keys(methods).map((m) => m.toUpperCase())) {
          for (const ids of ['real', 'unknown'] as const) {
            const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
              ids === 'real' && real[name] ? real[name] : `${name.slice(0, 3)}_nope`,
            );
            const token = path.startsWith('/api/v1/widget/')
              ? chat.customerToken
              : path === '/api/v1/tenants'
                ? ownerToken
                : admin;
            const queries = ['', '?limit=abc&cursor=%00&from=x&to=y&status=z&after=1&offset=-1'];
            for (const query of queries) {
              for (const body of method === 'GET' || method === 'DELETE' ? [undefined] : bodies) {
                const res = await server.api.request(method, `${path}${query}`, {
                  ...(body !== undefined ? { raw: JSON.stringify(body) } : {}),
                  token,
                });
                if (res.status >= 500)
                  failures.push(
                    `${method} ${path}${query} ${JSON.stringify(body)} → ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`,
                  );
              }
            }
          }
        }
      }
      assert.deepEqual(failures, []);
    });
  });
}
