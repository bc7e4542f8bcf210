import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { loadJapaneseAnalyzer } from '../src/nlu/index.js';
import {
  databasesUnderTest,
  demo,
  type Json,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('FAQ');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function multipart(field: string, filename: string, type: string, data: Buffer) {
  const boundary = '----tsunagi-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
        `Content-Type: ${type}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

const INTENTS_CSV = [
  'text,intent',
  ...[
    'where is my order',
    'track my package',
    'has my parcel shipped yet',
    'when will my order arrive',
    'my delivery is late',
    'order status please',
    '注文した商品はいつ届きますか',
    '荷物の配送状況を知りたい',
  ].map((t) => `${t},track_order`),
  ...[
    'cancel my order',
    'I want to cancel the purchase',
    'please cancel order',
    'how do I cancel an order',
    'cancel the order I placed yesterday',
    '注文をキャンセルしたい',
    '注文を取り消してください',
    'キャンセルの方法を教えて',
  ].map((t) => `${t},cancel_order`),
  ...[
    'I forgot my password',
    'reset my password',
    'cannot log in to my account',
    'password reset link',
    'locked out of my account',
    'パスワードを忘れました',
    'ログインできません',
    'パスワードを再設定したい',
  ].map((t) => `${t},reset_password`),
  ...[
    'what is the weather tomorrow',
    'tell me a joke',
    'who won the football match',
    'play some music',
    '明日の天気は',
    'おすすめの映画は',
  ].map((t) => `${t},out_of_scope`),
  ',missing text',
].join('\n');

for (const database of databasesUnderTest()) {
  describe(`knowledge base and NLU through the API (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    const t = `/api/v1/tenants/${demo.tenantId}`;
    const parse = (text: string) => server.api.post(`${t}/nlu/parse`, { text }, admin);
    const faqs = async (): Promise<Json[]> => (await server.api.get(`${t}/faqs`, admin)).body.faqs;

    before(async () => {
      server = await startTestServer(database);
      await loadJapaneseAnalyzer();
      admin = await server.api.login(demo.admin.email, demo.admin.password);
    });
    after(() => server.cleanup());

    test('intents: import CSV, train, then parse names the intent or abstains', async () => {
      const untrained = await parse('where is my order?');
      assert.equal(untrained.status, 200);
      assert.equal(untrained.body.intent, null, 'no intents trained yet');

      const imported = await server.api.request('POST', `${t}/intents/import`, {
        raw: INTENTS_CSV,
        contentType: 'text/csv',
        token: admin,
      });
      assert.equal(imported.status, 200);
      assert.equal(imported.body.imported, 30);
      assert.deepEqual(imported.body.errors, [{ row: 32, message: 'text is empty' }]);

      const trained = await server.api.post(`${t}/nlu/train`, undefined, admin);
      assert.equal(trained.status, 200);
      assert.equal(trained.body.intents, 3);

      const en = await parse('has my package shipped?');
      assert.equal(en.body.language, 'en');
      assert.equal(en.body.intent?.name, 'track_order');
      assert.ok(en.body.intent.confidence > 0 && en.body.intent.confidence <= 1);
      assert.equal((await parse('注文をキャンセルできますか')).body.intent?.name, 'cancel_order');
      assert.equal((await parse('will it rain this weekend?')).body.intent, null);

      const faq = await parse('送料っていくらですか');
      assert.equal(faq.body.language, 'ja');
      assert.equal(faq.body.faq?.question, '送料はいくらですか？');
      assert.equal(faq.body.decision, 'answer');
      assert.ok(faq.body.faq.matchedTerms.includes('送料'));
      assert.ok(Array.isArray(faq.body.keywords));
    });

    test('intent import rejects a file without the header and changes nothing', async () => {
      const res = await server.api.request('POST', `${t}/intents/import`, {
        raw: 'question,answer\nq,a\n',
        contentType: 'text/csv',
        token: admin,
      });
      assert.equal(res.status, 400);
      assert.equal(res.body.error.code, 'validation_failed');
    });

    test('FAQ import from XLSX, raw and as a form field, with per-row errors and upsert', async () => {
      const before = (await faqs()).length;
      const file = await xlsx([
        ['question', 'answer', 'category'],
        ['ギフト包装はできますか？', '1個につき200円で承ります。', 'gift'],
        ['', 'question missing', null],
      ]);
      const raw = await server.api.request('POST', `${t}/faqs/import`, {
        raw: file,
        contentType: XLSX,
        token: admin,
      });
      assert.equal(raw.status, 200);
      assert.equal(raw.body.imported, 1);
      assert.deepEqual(raw.body.errors, [{ row: 3, message: 'question is empty' }]);

      const changed = await xlsx([
        ['question', 'answer'],
        ['ギフト包装はできますか?', '1個につき300円で承ります。'],
        ['のし紙は付けられますか？', '無料でお付けします。'],
      ]);
      const form = multipart('file', 'faq.xlsx', XLSX, changed);
      const upsert = await server.api.request('POST', `${t}/faqs/import?mode=upsert`, {
        raw: form.body,
        contentType: form.contentType,
        token: admin,
      });
      assert.equal(upsert.status, 200);
      assert.equal(upsert.body.imported, 1, 'the new question');
      assert.equal(upsert.body.updated, 1, 'the same question (width aside) is updated');
      const list = await faqs();
      assert.equal(list.length, before + 2);
      const gift = list.filter((f) => f.question.startsWith('ギフト包装'));
      assert.equal(gift.length, 1);
      assert.equal(gift[0].answer, '1個につき300円で承ります。');
      assert.equal(gift[0].category, 'gift', 'a row without a category keeps the old one');

      const chat = await startWidgetConversation(server.api, { language: 'ja' });
      const reply = await chat.send('ギフト包装の料金は？');
      assert.match(reply.body.replies[0].text, /300円/);
    });

    test('a broken upload is a 4xx and changes nothing', async () => {
      const count = (await faqs()).length;
      const garbage = await server.api.request('POST', `${t}/faqs/import`, {
        raw: Buffer.from('not a spreadsheet at all'),
        contentType: XLSX,
        token: admin,
      });
      assert.equal(garbage.status, 400);
      assert.equal(garbage.body.error.code, 'validation_failed');
      const noField = multipart('other', 'x.xlsx', XLSX, await xlsx([['question', 'answer']]));
      const missing = await server.api.request('POST', `${t}/faqs/import`, {
        raw: noField.body,
        contentType: noField.contentType,
        token: admin,
      });
      assert.equal(missing.status, 400);
      const wrongType = await server.api.request('POST', `${t}/faqs/import`, {
        raw: 'question,answer',
        contentType: 'text/plain',
        token: admin,
      });
      assert.ok(wrongType.status >= 400 && wrongType.status < 500);
      assert.equal((await faqs()).length, count);
    });

    test('the widget answers paraphrases in Japanese and English and declines the unrelated', async () => {
      const chat = await startWidgetConversation(server.api, { language: 'ja' });
      assert.match((await chat.send('配送料はいくらかかる？')).body.replies[0].text, /550円/);
      assert.match((await chat.send('届くまで何日くらいかかる？')).body.replies[0].text, /営業日/);
      const en = await startWidgetConversation(server.api, { language: 'en' });
      assert.match((await en.send('what does shipping cost?')).body.replies[0].text, /550 yen/);
      const unrelated = await startWidgetConversation(server.api);
      const reply = (await unrelated.send('東京の明日の天気を教えて')).body.replies[0];
      assert.doesNotMatch(reply.text, /550|返品|パスワード|ポイント/);
    });

    test('a bot miss is listed; an operator answering with a FAQ teaches the bot that wording', async () => {
      const wording = '品物を運んでもらうお代はどれほどでしょうか';
      const chat = await startWidgetConversation(server.api, { language: 'ja' });
      const missed = await chat.send(wording);
      assert.doesNotMatch(missed.body.replies[0].text, /550円/, 'the bot does not know it yet');
      const listed = await server.api.get(`${t}/unanswered`, admin);
      assert.ok(listed.body.questions.some((q: Json) => q.text === wording));

      const shipping = (await faqs()).find((f) => f.question === '送料はいくらですか？');
      const agent = await server.api.login(demo.agent1.email, demo.agent1.password);
      const answered = await server.api.post(
        `${t}/conversations/${chat.conversationId}/answer-with-faq`,
        { faqId: shipping.id },
        agent,
      );
      assert.equal(answered.status, 201);
      assert.equal(answered.body.message.author, 'agent');
      assert.equal(answered.body.message.text, shipping.answer);
      assert.equal(answered.body.learnt, wording);
      const history = await chat.history();
      assert.equal(history.body.messages.at(-1).text, shipping.answer, 'the customer sees it');

      const after = await server.api.get(`${t}/unanswered`, admin);
      assert.ok(!after.body.questions.some((q: Json) => q.text === wording), 'resolved');
      const next = await startWidgetConversation(server.api, { language: 'ja' });
      assert.match((await next.send(wording)).body.replies[0].text, /550円/);
    });

    test('a reply sent from a suggestion names its FAQ, and the bot learns that wording', async () => {
      const wording = 'Is it possible to get some paperwork proving what I paid for my stuff?';
      const chat = await startWidgetConversation(server.api, { language: 'en' });
      const missed = await chat.send(wording);
      const receipt = (await faqs()).find((f) => f.question === 'Can I get a receipt?');
      assert.notEqual(missed.body.replies[0].text, receipt.answer, 'the bot does not know it yet');
      const agent = await server.api.login(demo.agent1.email, demo.agent1.password);
      const reply = `${receipt.answer} (Sato)`;
      const base = `${t}/conversations/${chat.conversationId}/messages`;

      const unknown = await server.api.post(base, { text: reply, faqId: 'faq_nope' }, agent);
      assert.equal(unknown.status, 404);
      assert.ok(!(await chat.history()).body.messages.some((m: Json) => m.text === reply));

      const sent = await server.api.post(base, { text: reply, faqId: receipt.id }, agent);
      assert.equal(sent.status, 201);
      assert.equal((await chat.history()).body.messages.at(-1).text, reply, 'sent as edited');
      const updated = (await faqs()).find((f) => f.id === receipt.id);
      assert.ok(updated.alternates.includes(wording), 'the wording is an alternate now');
      const next = await startWidgetConversation(server.api, { language: 'en' });
      assert.equal((await next.send(wording)).body.replies[0].text, receipt.answer);
    });

    test('unanswered questions become a FAQ or an alternate in one call', async () => {
      const chat = await startWidgetConversation(server.api, { language: 'en' });
      await chat.send('Do you have a shop in Osaka where I can pick things up?');
      await chat.send('Do you take gift certificates?');
      const { questions } = (await server.api.get(`${t}/unanswered`, admin)).body;
      const pickup = questions.find((q: Json) => q.text.includes('Osaka'));
      const voucher = questions.find((q: Json) => q.text.includes('gift certificates'));

      const created = await server.api.post(
        `${t}/unanswered/${pickup.id}/faq`,
        { answer: 'We have no shop; orders are delivered only.', category: 'store' },
        admin,
      );
      assert.equal(created.status, 201);
      assert.equal(created.body.question, pickup.text);

      const payment = (await faqs()).find((f) => f.question.startsWith('Which payment'));
      const alternate = await server.api.post(
        `${t}/unanswered/${voucher.id}/alternate`,
        { faqId: payment.id },
        admin,
      );
      assert.equal(alternate.status, 200);
      assert.ok(alternate.body.alternates.includes(voucher.text));
      const again = await server.api.post(
        `${t}/unanswered/${voucher.id}/alternate`,
        { faqId: payment.id },
        admin,
      );
      assert.equal(again.status, 404, 'already resolved');

      const left = (await server.api.get(`${t}/unanswered`, admin)).body.questions;
      assert.ok(!left.some((q: Json) => q.id === pickup.id || q.id === voucher.id));
      const next = await startWidgetConversation(server.api, { language: 'en' });
      assert.match(
        (await next.send('Do you have a shop in Osaka where I can pick things up?')).body.replies[0]
          .text,
        /no shop/,
      );
      assert.equal(
        (await next.send('Do you take gift certificates?')).body.replies[0].text,
        payment.answer,
        'the learnt alternate answers at once',
      );
    });

    test('agents may parse but not manage the knowledge base', async () => {
      const agent = await server.api.login(demo.agent2.email, demo.agent2.password);
      assert.equal((await server.api.post(`${t}/nlu/parse`, { text: 'hi' }, agent)).status, 200);
      assert.equal((await server.api.post(`${t}/nlu/train`, undefined, agent)).status, 403);
      assert.equal((await server.api.get(`${t}/unanswered`, agent)).status, 403);
    });
  });
}
