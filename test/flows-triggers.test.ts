import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTsunagi, type Tsunagi } from '../src/app.js';
import { decideReply } from '../src/bot/index.js';
import { loadConfig } from '../src/config/index.js';
import { demoOrderFlow } from '../src/flows/index.js';
import {
  createApi,
  createPgSchema,
  databasesUnderTest,
  demo,
  type Json,
  owner,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';

/** A shop's own intents, as its staff would label past messages. */
const INTENTS_CSV = [
  'text,intent',
  ...[
    '注文した商品がまだ届きません',
    '荷物はいつ届きますか',
    '配送状況を確認したい',
    '商品はもう発送されましたか',
    '届く日を知りたいです',
    'お荷物の追跡番号を教えてください',
    '注文品の到着が遅れています',
    '配達はいつになりますか',
  ].map((t) => `${t},delivery/track`),
  ...[
    '返品したいです',
    '返金してください',
    '商品を返品する方法は',
    '不良品だったので返金を希望します',
    'サイズが合わないので返品できますか',
    '返金はいつされますか',
    '届いた商品が壊れていたので返したい',
    'キャンセルして返金してほしい',
  ].map((t) => `${t},billing/refund`),
  ...[
    '会員登録の方法を教えて',
    'パスワードを忘れました',
    'ログインできません',
    'メールアドレスを変更したい',
    'アカウントを削除したい',
    '会員情報を変更するには',
  ].map((t) => `${t},account/manage`),
  ...['明日の天気は', '面白い話をして', '野球の結果を教えて', '音楽をかけて'].map(
    (t) => `${t},out_of_scope`,
  ),
].join('\n');

const texts = (res: Json) => (res.body.replies as Json[]).map((r) => r.text as string);

for (const database of databasesUnderTest()) {
  describe(`Flows started by the trained intent classifier (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    const base = `/api/v1/tenants/${demo.tenantId}`;
    before(async () => {
      server = await startTestServer(database);
      admin = await server.api.login(demo.admin.email, demo.admin.password);
    });
    after(() => server.cleanup());

    test('the customer’s own words for an intent start its flow; other intents do not', async () => {
      const { api } = server;
      const imported = await api.request('POST', `${base}/intents/import`, {
        raw: INTENTS_CSV,
        contentType: 'text/csv',
        token: admin,
      });
      assert.equal(imported.status, 200, JSON.stringify(imported.body));
      assert.deepEqual(imported.body.errors, []);
      const trained = await api.post(`${base}/nlu/train`, undefined, admin);
      assert.equal(trained.status, 200, JSON.stringify(trained.body));

      // The demo's order lookup, started by the intent instead of a keyword.
      const flow = { ...demoOrderFlow(server.url), trigger: { intent: 'delivery/track' } };
      const saved = await api.put(`${base}/flows/delivery`, flow, admin);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));

      // Words none of the examples use, and no keyword of any flow.
      const chat = await startWidgetConversation(api);
      const asked = await chat.send('頼んだ荷物がまだ届かないのですが、いつ届きますか？');
      assert.equal(asked.status, 200);
      assert.deepEqual(texts(asked), ['ご注文番号を教えてください（例: 1001）。']);
      const answered = await chat.send('1003');
      assert.equal(texts(answered)[0], 'ご注文 1003 の状況: お届け済み（お届け予定: 12月5日）');

      // Another intent is the FAQ bot's as before: no flow question.
      const other = await startWidgetConversation(api);
      const refund = await other.send('壊れていたので返金をお願いしたいです');
      assert.equal(refund.status, 200);
      assert.ok(
        !texts(refund).some((t) => /ご注文番号/.test(t)),
        `no flow: ${texts(refund).join(' / ')}`,
      );
      await api.request('DELETE', `${base}/flows/delivery`, { token: admin });
    });

    test('a flow triggered by an FAQ: the bot searches the FAQ once per message, not twice', async () => {
      const { api } = server;
      const index = await server.services.knowledge.getIndex(demo.tenantId);
      const faqId = decideReply({ text: '送料はいくらですか', index, botMisses: 0 }).answered?.id;
      assert.ok(faqId, 'the demo FAQ answers the shipping question');
      const saved = await api.put(
        `${base}/flows/shipping`,
        {
          name: '送料のご案内',
          trigger: { faqId },
          steps: [
            {
              id: 'ask',
              type: 'question',
              text: 'お届け先の都道府県は？',
              variable: 'area',
              kind: 'text',
            },
            { id: 'end', type: 'end', text: '{{area}} への送料をご案内します' },
          ],
        },
        admin,
      );
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      // Counts the searches the message path makes on the tenant's FAQ index.
      const search = index.search.bind(index);
      let searches = 0;
      index.search = (...args: Parameters<typeof index.search>) => {
        searches++;
        return search(...args);
      };
      try {
        const chat = await startWidgetConversation(api);
        const other = await chat.send('返品の方法を教えてください');
        assert.equal(other.status, 200);
        assert.ok(!texts(other).some((t) => /都道府県/.test(t)), 'not the FAQ flow');
        assert.equal(searches, 1, 'one search for the trigger check and the bot’s answer');
        const started = await chat.send('送料はいくらですか');
        assert.deepEqual(texts(started), ['お届け先の都道府県は？']);
        assert.equal(searches, 2);
        // Inside the flow, an answer is the flow's: no FAQ search.
        const done = await chat.send('北海道');
        assert.deepEqual(texts(done), ['北海道 への送料をご案内します']);
        assert.equal(searches, 2);
      } finally {
        index.search = search;
        await api.request('DELETE', `${base}/flows/shipping`, { token: admin });
      }
    });

    test('messages sent at once into one conversation: each answered once, a flow still heard', async () => {
      const chat = await startWidgetConversation(server.api);
      const sent = [
        '送料はいくらですか',
        '営業時間は？',
        '返品できますか',
        'ありがとう',
        '支払い方法は？',
      ];
      const answers = await Promise.all(sent.map((text) => chat.send(text)));
      for (const res of answers) {
        assert.equal(res.status, 200);
        assert.ok(texts(res).length >= 1, 'answered');
      }
      const started = await chat.send('注文状況を知りたい');
      assert.deepEqual(texts(started), ['ご注文番号を教えてください（例: 1001）。']);
      // Two order numbers racing: whichever comes first is the flow's answer, looked up once.
      const [first, second] = await Promise.all([chat.send('1001'), chat.send('1002')]);
      const said = [...texts(first), ...texts(second)];
      const statuses = said.filter((t) => /^ご注文 100[12] の状況/.test(t));
      assert.equal(statuses.length, 1, said.join(' / '));
      const history = await chat.history();
      const customer = (history.body.messages as Json[]).filter((m) => m.author === 'customer');
      assert.equal(customer.length, sent.length + 3);
    });
  });
}

const pgUrl = process.env.TEST_DATABASE_URL;

/**
 * A node that knows a conversation has no flow skips reading its flow state; another node
 * starting a flow there must still be heard by it.
 */
describe('a flow started on one node is followed on another', {
  skip: pgUrl ? false : 'needs TEST_DATABASE_URL',
}, () => {
  let schema: Awaited<ReturnType<typeof createPgSchema>>;
  const nodes: Tsunagi[] = [];
  const dirs: string[] = [];
  const startNode = async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-flows-'));
    dirs.push(dataDir);
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SMTP_PORT: '0',
      TSUNAGI_OWNER_EMAIL: owner.email,
      TSUNAGI_OWNER_PASSWORD: owner.password,
      RATE_LIMIT_FACTOR: '100',
      DATABASE_URL: schema.url,
      ...(process.env.TEST_REDIS_URL
        ? {
            REDIS_URL: process.env.TEST_REDIS_URL,
            REDIS_PREFIX: `flows-${randomBytes(4).toString('hex')}`,
          }
        : {}),
    });
    const node = await startTsunagi({ config });
    nodes.push(node);
    return node;
  };
  before(async () => {
    schema = await createPgSchema(pgUrl as string);
  });
  after(async () => {
    for (const node of nodes) await node.stop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    await schema?.drop();
  });

  test('node A answers the flow node B started, though it knew the conversation idle', async () => {
    const a = await startNode();
    const b = await startNode();
    const apiA = createApi(a.url);
    const apiB = createApi(b.url);
    const admin = await apiA.login(demo.admin.email, demo.admin.password);
    const saved = await apiA.put(
      `/api/v1/tenants/${demo.tenantId}/flows/sizes`,
      {
        name: 'サイズ相談',
        trigger: { keyword: 'サイズ相談' },
        steps: [
          { id: 'ask', type: 'question', text: '足のサイズは？', variable: 'size', kind: 'text' },
          { id: 'end', type: 'end', text: '{{size}} のサイズをご案内します' },
        ],
      },
      admin,
    );
    assert.equal(saved.status, 200, JSON.stringify(saved.body));

    const onA = await startWidgetConversation(apiA);
    const viaB = { ...onA, send: (text: string) => sendVia(apiB, onA, text) };
    // A answers a first message: it now knows the conversation has no flow.
    const hello = await onA.send('送料はいくらですか');
    assert.equal(hello.status, 200);
    assert.doesNotMatch(texts(hello).join(' '), /サイズ/);
    // B takes the next message, which starts the flow.
    const asked = await viaB.send('サイズ相談したいです');
    assert.deepEqual(texts(asked), ['足のサイズは？']);
    // Back on A: the answer belongs to B's flow, not to the FAQ bot.
    const answered = await onA.send('26.5cm');
    assert.deepEqual(texts(answered), ['26.5cm のサイズをご案内します']);
    // And A keeps the order of the conversation: the flow is over, the FAQ bot answers.
    const after = await onA.send('送料はいくらですか');
    assert.doesNotMatch(texts(after).join(' '), /サイズ/);
    const history = await onA.history();
    assert.deepEqual(
      (history.body.messages as Json[]).filter((m) => m.author === 'customer').map((m) => m.text),
      ['送料はいくらですか', 'サイズ相談したいです', '26.5cm', '送料はいくらですか'],
    );
  });
});

function sendVia(
  api: ReturnType<typeof createApi>,
  chat: { conversationId: string; customerToken: string },
  text: string,
) {
  return api.request(
    'POST',
    `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/messages`,
    { body: { text }, token: chat.customerToken },
  );
}
