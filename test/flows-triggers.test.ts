import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoOrderFlow } from '../src/flows/index.js';
import {
  databasesUnderTest,
  demo,
  type Json,
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
    });
  });
}
