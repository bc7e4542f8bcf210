import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTsunagi, type Tsunagi } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import {
  eventually,
  lineSignature,
  lineTextEvent,
  startApiStandIn,
  startMailSink,
} from './support/channel-stand-ins.js';
import {
  createApi,
  createPgSchema,
  databasesUnderTest,
  demo,
  type Json,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';
import { signedContact } from './support/identity.js';

for (const database of databasesUnderTest()) {
  describe(`inquiry form, transcripts and signed links (${database.name})`, () => {
    let server: TestServer;
    let sink: Awaited<ReturnType<typeof startMailSink>>;
    let admin: string;
    let agent: string;

    before(async () => {
      sink = await startMailSink();
      server = await startTestServer(database, {
        SMTP_URL: sink.url,
        CHANNEL_API_HOSTS: '127.0.0.1',
      });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
      agent = await server.api.login(demo.agent1.email, demo.agent1.password);
    });
    after(async () => {
      await server.cleanup();
      await sink.close();
    });

    const mailsTo = (to: string) => sink.mails.filter((m) => m.rcpt.includes(to));

    test('the hosted form page is plain HTML in the visitor’s language, under a strict CSP', async () => {
      const ja = await fetch(`${server.url}/form/${demo.widgetKey}`, {
        headers: { 'accept-language': 'ja,en;q=0.8' },
      });
      assert.equal(ja.status, 200);
      assert.match(String(ja.headers.get('content-type')), /^text\/html/);
      assert.match(String(ja.headers.get('content-security-policy')), /script-src 'nonce-/);
      const html = await ja.text();
      assert.ok(html.includes('<html lang="ja">') && html.includes('お問い合わせ内容'));
      const en = await fetch(`${server.url}/form/${demo.widgetKey}?lang=en`);
      assert.ok((await en.text()).includes('Your message'));
      assert.equal((await fetch(`${server.url}/form/no-such-key`)).status, 404);
    });

    test('a form inquiry opens a `form` conversation answered by email, bot and agent alike', async () => {
      const res = await server.api.post(`/api/v1/widget/${demo.widgetKey}/form`, {
        name: '佐々木花子',
        email: 'hanako@example.jp',
        subject: '送料',
        text: '送料はいくらですか？',
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const { conversationId } = res.body;
      // The address gets a confirmation link first; the inquiry goes on once it is followed.
      const confirmation = await eventually(
        () => mailsTo('hanako@example.jp')[0],
        'the confirmation mail',
      );
      const link = /(http:\/\/\S+\/confirm\/form\?token=\S+)/.exec(confirmation.parsed.text ?? '');
      assert.ok(link?.[1]);
      const token = new URL(link[1]).searchParams.get('token');
      assert.equal((await server.api.post('/api/v1/forms/confirm', { token })).status, 200);
      const botMail = await eventually(
        () => mailsTo('hanako@example.jp').find((m) => m.parsed.subject === 'Re: 送料'),
        'the bot’s answer by mail',
      );
      assert.equal(botMail.parsed.subject, 'Re: 送料');
      assert.ok((botMail.parsed.text ?? '').length > 0);
      const detail = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/conversations/${conversationId}`,
        admin,
      );
      assert.equal(detail.body.conversation.channel, 'form');
      assert.equal(detail.body.messages[0].text, '送料\n\n送料はいくらですか？');

      const sent = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/conversations/${conversationId}/messages`,
        { text: '担当の鈴木です。詳しくご案内します。' },
        agent,
      );
      assert.ok(sent.status < 300);
      const agentMail = await eventually(
        () => mailsTo('hanako@example.jp').find((m) => (m.parsed.text ?? '').includes('鈴木')),
        'the agent’s answer by mail',
      );
      assert.ok(
        [agentMail.parsed.references].flat().join(' ').includes(String(botMail.parsed.messageId)),
      );

      const bad = await server.api.post(`/api/v1/widget/${demo.widgetKey}/form`, {
        name: 'x',
        email: 'not-an-email',
        text: 'hello',
      });
      assert.equal(bad.status, 400);
    });

    test('a customer asks for the transcript: one mail with the whole conversation', async () => {
      const chat = await startWidgetConversation(server.api, {
        contact: await signedContact(server.api, admin, demo.tenantId, {
          name: 'Ken',
          email: 'ken@example.jp',
        }),
      });
      await chat.send('送料はいくらですか？');
      const asked = await server.api.request(
        'POST',
        `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/transcript`,
        { body: {}, token: chat.customerToken },
      );
      assert.equal(asked.status, 202, JSON.stringify(asked.body));
      assert.equal(asked.body.to, 'ken@example.jp');
      const mail = await eventually(() => mailsTo('ken@example.jp')[0], 'the transcript');
      const history = (await chat.history()).body.messages as Json[];
      for (const m of history)
        assert.ok((mail.parsed.text ?? '').includes(m.text), `contains: ${m.text}`);
      // Asking again without anything new sends nothing more.
      await server.api.request(
        'POST',
        `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/transcript`,
        { body: {}, token: chat.customerToken },
      );
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(mailsTo('ken@example.jp').length, 1);
      const elsewhere = await server.api.request(
        'POST',
        `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/transcript`,
        { body: { email: 'ken.other@example.jp' }, token: chat.customerToken },
      );
      // Only ever to the verified address: the server relays mail for no one.
      assert.equal(elsewhere.status, 403);
      const forged = await server.api.request(
        'POST',
        `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/transcript`,
        { body: {}, token: 'not-the-token' },
      );
      assert.equal(forged.status, 401);
      const anonymous = await startWidgetConversation(server.api);
      const noAddress = await server.api.request(
        'POST',
        `/api/v1/widget/${demo.widgetKey}/conversations/${anonymous.conversationId}/transcript`,
        { body: {}, token: anonymous.customerToken },
      );
      assert.equal(noAddress.status, 403);
      assert.equal(mailsTo('ken.other@example.jp').length, 0);
    });

    test('with the tenant setting on, resolving a conversation emails its transcript', async () => {
      const put = await server.api.put(
        `/api/v1/tenants/${demo.tenantId}/channel-settings`,
        { transcriptOnResolve: true },
        admin,
      );
      assert.equal(put.status, 200);
      assert.equal(
        (await server.api.get(`/api/v1/tenants/${demo.tenantId}/channel-settings`, admin)).body
          .transcriptOnResolve,
        true,
      );
      const chat = await startWidgetConversation(server.api, {
        contact: await signedContact(server.api, admin, demo.tenantId, {
          email: 'yui@example.jp',
        }),
      });
      await chat.send('返品したいです');
      const base = `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`;
      assert.ok((await server.api.post(`${base}/assign`, {}, agent)).status < 300);
      assert.ok((await server.api.post(`${base}/resolve`, {}, agent)).status < 300);
      const mail = await eventually(
        () => mailsTo('yui@example.jp')[0],
        'the transcript on resolve',
      );
      assert.ok((mail.parsed.text ?? '').includes('返品したいです'));
      assert.equal(mail.parsed.headers.get('auto-submitted'), 'auto-generated');
    });

    test('signed links verify, and forged or foreign ones do not', async () => {
      const chat = await startWidgetConversation(server.api, { contact: { name: 'Link' } });
      const { contactId } = await server.services.conversations.getRaw(
        demo.tenantId,
        chat.conversationId,
      );
      const created = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/links`,
        {
          contactId,
          purpose: 'order-status',
          expiresInSeconds: 600,
          url: 'https://shop.test/orders',
        },
        agent,
      );
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const link = new URL(created.body.url);
      assert.equal(link.searchParams.get('tsunagi_link'), created.body.token);
      const verified = await server.api.post('/api/v1/links/verify', { token: created.body.token });
      assert.equal(verified.status, 200);
      assert.deepEqual(
        { ...verified.body, expiresAt: undefined },
        { tenantId: demo.tenantId, contactId, purpose: 'order-status', expiresAt: undefined },
      );
      const [body, signature] = String(created.body.token).split('.');
      const tampered = `${body}x.${signature}`;
      assert.equal(
        (await server.api.post('/api/v1/links/verify', { token: tampered })).status,
        401,
      );
      const unknown = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/links`,
        { contactId: 'ct_nope', purpose: 'x' },
        agent,
      );
      assert.equal(unknown.status, 404);
    });
  });
}

/** One database kept across restarts: a data directory, or a PostgreSQL schema. */
async function persistentStorage(database: ReturnType<typeof databasesUnderTest>[number]) {
  if (database.name === 'postgres') {
    const schema = await createPgSchema(database.url);
    return { env: { DATABASE_URL: schema.url }, cleanup: schema.drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-outbox-'));
  return {
    env: { DATA_DIR: dir },
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

for (const database of databasesUnderTest()) {
  test(`a restart between receive and send loses and duplicates nothing (${database.name})`, async () => {
    const storage = await persistentStorage(database);
    let isApiUp = false;
    let refused = 0;
    const lineApi = await startApiStandIn(() => {
      if (isApiUp) return 200;
      refused++;
      return 503;
    });
    const start = () =>
      startTsunagi({
        config: loadConfig({
          PORT: '0',
          LOG_LEVEL: 'silent',
          SMTP_PORT: '0',
          TSUNAGI_SECRET_KEY: 'a-fixed-secret-key-for-this-restart-test',
          CHANNEL_API_HOSTS: '127.0.0.1',
          ...storage.env,
        }),
      });
    let node: Tsunagi | undefined;
    try {
      node = await start();
      const api = createApi(node.url);
      const admin = await api.login(demo.admin.email, demo.admin.password);
      const channel = await api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        {
          type: 'line',
          channelSecret: 's3cret',
          channelAccessToken: 'token',
          apiBase: lineApi.url,
        },
        admin,
      );
      const body = JSON.stringify({
        events: [
          lineTextEvent({ eventId: 'restart-1', userId: 'Urestart', text: '送料はいくらですか？' }),
        ],
      });
      const webhook = await fetch(`${node.url}${new URL(channel.body.webhookUrl).pathname}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-line-signature': lineSignature('s3cret', body),
        },
        body,
      });
      assert.equal(webhook.status, 200);
      await eventually(() => refused > 0, 'a first, refused delivery attempt');
      await node.stop();
      node = undefined;

      isApiUp = true;
      node = await start();
      const delivered = await eventually(
        () => lineApi.calls[0],
        'the delivery after the restart',
        15_000,
      );
      assert.equal(delivered.path, '/v2/bot/message/push');
      assert.equal(delivered.body.to, 'Urestart');
      // Give a second node-local attempt every chance to happen: it must not.
      await new Promise((r) => setTimeout(r, 2500));
      assert.equal(lineApi.calls.length, 1, 'delivered exactly once');
      const conversations = await createApi(node.url).get(
        `/api/v1/tenants/${demo.tenantId}/conversations`,
        await createApi(node.url).login(demo.admin.email, demo.admin.password),
      );
      const line = (conversations.body.conversations as Json[]).filter((c) => c.channel === 'line');
      assert.equal(line.length, 1);
    } finally {
      await node?.stop();
      await lineApi.close();
      await storage.cleanup();
    }
  });
}

for (const database of databasesUnderTest()) {
  test(`a transcript due on resolve survives a stop right after it (${database.name})`, async () => {
    const storage = await persistentStorage(database);
    const sink = await startMailSink();
    const start = (smtpUrl: string) =>
      startTsunagi({
        config: loadConfig({
          PORT: '0',
          LOG_LEVEL: 'silent',
          SMTP_PORT: '0',
          SMTP_URL: smtpUrl,
          TSUNAGI_SECRET_KEY: 'a-fixed-secret-key-for-this-restart-test',
          ...storage.env,
        }),
      });
    let node: Tsunagi | undefined;
    try {
      // The first node's mail server is down: nothing can leave before it stops.
      node = await start('smtp://127.0.0.1:9');
      const api = createApi(node.url);
      const admin = await api.login(demo.admin.email, demo.admin.password);
      const agent = await api.login(demo.agent1.email, demo.agent1.password);
      await api.put(
        `/api/v1/tenants/${demo.tenantId}/channel-settings`,
        { transcriptOnResolve: true },
        admin,
      );
      const chat = await startWidgetConversation(api, {
        contact: await signedContact(api, admin, demo.tenantId, { email: 'mio@example.jp' }),
      });
      await chat.send('領収書がほしいです');
      const base = `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`;
      assert.ok((await api.post(`${base}/assign`, {}, agent)).status < 300);
      assert.ok((await api.post(`${base}/resolve`, {}, agent)).status < 300);
      await node.stop();
      node = undefined;

      node = await start(sink.url);
      const mail = await eventually(
        () => sink.mails.find((m) => m.rcpt.includes('mio@example.jp')),
        'the transcript after the restart',
        15_000,
      );
      assert.ok((mail.parsed.text ?? '').includes('領収書がほしいです'));
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(sink.mails.filter((m) => m.rcpt.includes('mio@example.jp')).length, 1);
    } finally {
      await node?.stop();
      await sink.close();
      await storage.cleanup();
    }
  });
}
