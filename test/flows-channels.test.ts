import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import nodemailer, { type Transporter } from 'nodemailer';
import { demoOrderFlow } from '../src/flows/index.js';
import {
  eventually,
  lineSignature,
  lineTextEvent,
  type SinkMail,
  startApiStandIn,
  startMailSink,
} from './support/channel-stand-ins.js';
import {
  databasesUnderTest,
  demo,
  type Json,
  startTestServer,
  type TestServer,
} from './support/harness.js';

const channelSecret = 'line-secret-for-flow-tests';
const address = 'orders@shop.test';

/**
 * The demo's order-status flow, as shipped (against the demo shop API the server serves
 * itself), spoken over LINE and mail: each channel's own way of showing the flow's buttons.
 */
for (const database of databasesUnderTest()) {
  describe(`The order-status flow on LINE and email (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    let lineApi: Awaited<ReturnType<typeof startApiStandIn>>;
    let lineWebhook: string;
    let sink: Awaited<ReturnType<typeof startMailSink>>;
    let customer: Transporter;
    /** A shop API that is down (answers 503), for the flow's error path. */
    let downShop: http.Server;
    let downShopHits = 0;

    before(async () => {
      lineApi = await startApiStandIn();
      sink = await startMailSink();
      downShop = http.createServer((_req, res) => {
        downShopHits++;
        res.statusCode = 503;
        res.setHeader('content-type', 'application/json');
        res.end('{"message":"maintenance"}');
      });
      await new Promise<void>((resolve) => downShop.listen(0, '127.0.0.1', resolve));
      server = await startTestServer(database, {
        CHANNEL_API_HOSTS: '127.0.0.1',
        // The stand-in shop that is down listens on loopback too.
        OUTBOUND_ALLOW_HOSTS: '127.0.0.1',
        SMTP_PORT: 'random',
        SMTP_URL: sink.url,
      });
      admin = await server.api.login(demo.admin.email, demo.admin.password);

      const line = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'line', channelSecret, channelAccessToken: 'line-token', apiBase: lineApi.url },
        admin,
      );
      assert.equal(line.status, 201, JSON.stringify(line.body));
      lineWebhook = new URL(line.body.webhookUrl).pathname;

      const mail = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'email', address },
        admin,
      );
      assert.equal(mail.status, 201, JSON.stringify(mail.body));
      await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels/${mail.body.id}/verify`,
        { method: 'mail' },
        admin,
      );
      const confirmation = await eventually(
        () => sink.mails.find((m) => m.rcpt.includes(address)),
        'the address confirmation',
      );
      const token = /confirm\/address\?token=(\S+)/.exec(confirmation.parsed.text ?? '')?.[1];
      const confirmed = await server.api.post('/api/v1/channels/confirm-address', {
        token: decodeURIComponent(token ?? ''),
      });
      assert.equal(confirmed.status, 200);
      customer = nodemailer.createTransport({
        host: '127.0.0.1',
        port: server.smtpPort as number,
        secure: false,
        ignoreTLS: true,
      });
    });
    after(async () => {
      await server.cleanup();
      await lineApi.close();
      await sink.close();
      downShop.closeAllConnections();
      downShop.close();
    });

    const base = `/api/v1/tenants/${demo.tenantId}`;
    const postLine = async (events: unknown[]) => {
      const body = JSON.stringify({ destination: 'Ubot', events });
      const res = await fetch(`${server.url}${lineWebhook}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-line-signature': lineSignature(channelSecret, body),
        },
        body,
      });
      assert.equal(res.status, 200);
    };
    /** What the LINE API stand-in was asked to send with a reply token. */
    const lineReply = (replyToken: string, what: string) =>
      eventually(() => lineApi.calls.find((c) => c.body?.replyToken === replyToken), what).then(
        (call) => call.body.messages as Json[],
      );
    const conversationOf = async (channel: string, externalId: string) => {
      const res = await server.api.get(`${base}/conversations?channel=${channel}`, admin);
      for (const c of res.body.conversations as Json[]) {
        if (c.channel !== channel) continue;
        const detail = (await server.api.get(`${base}/conversations/${c.id}`, admin)).body;
        if (JSON.stringify(detail).includes(externalId)) return detail;
      }
      return undefined;
    };
    const detailOf = async (id: string) =>
      (await server.api.get(`${base}/conversations/${id}`, admin)).body;
    const postback = (eventId: string, userId: string, data: string) => ({
      type: 'postback',
      mode: 'active',
      timestamp: Date.now(),
      source: { type: 'user', userId },
      webhookEventId: eventId,
      deliveryContext: { isRedelivery: false },
      replyToken: `rt-${eventId}`,
      postback: { data },
    });

    test('LINE: the customer gives the order number and gets the shop’s status, with quick replies', async () => {
      await postLine([
        lineTextEvent({ eventId: 'o-1', userId: 'Uorder', text: '注文状況を教えて' }),
      ]);
      const [asked] = await lineReply('rt-o-1', 'the question for the order number');
      assert.equal(asked?.text, 'ご注文番号を教えてください（例: 1001）。');

      // Not an order number: asked again, the flow holds.
      await postLine([lineTextEvent({ eventId: 'o-2', userId: 'Uorder', text: 'えーと' })]);
      const [again] = await lineReply('rt-o-2', 'the question asked again');
      assert.match(again?.text, /もう一度お願いします/);

      // Full-width digits, as a Japanese keyboard types them.
      await postLine([lineTextEvent({ eventId: 'o-3', userId: 'Uorder', text: '１００２' })]);
      const answered = await lineReply('rt-o-3', 'the order status');
      assert.deepEqual(
        answered.map((m) => m.text),
        [
          'ご注文 1002 の状況: 準備中（お届け予定: 12月10日）',
          'ほかにお手伝いできることはありますか？',
        ],
      );
      assert.deepEqual(
        answered[1]?.quickReply.items.map((i: Json) => [
          i.action.type,
          i.action.label,
          i.action.text,
        ]),
        [
          ['message', 'いいえ、大丈夫です', 'いいえ、大丈夫です'],
          ['message', '担当者と話す', '担当者と話す'],
        ],
      );

      // The first button, pressed as a postback of its index, ends the flow.
      await postLine([postback('o-4', 'Uorder', 'b:0')]);
      const [ended] = await lineReply('rt-o-4', 'the flow’s end');
      assert.equal(ended?.text, 'ご利用ありがとうございました。');

      const detail = await conversationOf('line', 'Uorder');
      assert.ok(detail, 'the LINE conversation');
      assert.equal(detail.conversation.status, 'bot');
      assert.deepEqual(
        (detail.messages as Json[]).filter((m) => m.author === 'customer').map((m) => m.text),
        ['注文状況を教えて', 'えーと', '１００２', 'いいえ、大丈夫です'],
      );

      // The flow is over: the FAQ bot answers the next question.
      await postLine([
        lineTextEvent({ eventId: 'o-5', userId: 'Uorder', text: '送料はいくらですか？' }),
      ]);
      const faq = await lineReply('rt-o-5', 'the FAQ answer');
      assert.doesNotMatch(faq.map((m) => m.text).join(' '), /ご注文番号/);
    });

    let firstReply: SinkMail;
    test('email: a numbered menu in the reply mail; the customer answers in the thread', async () => {
      const mailsTo = () => sink.mails.filter((m) => m.rcpt.includes('hanako@example.jp'));
      await customer.sendMail({
        from: '佐藤花子 <hanako@example.jp>',
        to: address,
        subject: '注文状況について',
        text: '先日注文した商品はいつ届きますか？',
        messageId: '<order-1@example.jp>',
      });
      firstReply = await eventually(() => mailsTo()[0], 'the bot’s first mail');
      assert.equal(firstReply.parsed.inReplyTo, '<order-1@example.jp>');
      assert.match(firstReply.parsed.text ?? '', /ご注文番号を教えてください/);

      // Written as a sentence, the question quoted below, as mail clients do.
      await customer.sendMail({
        from: 'hanako@example.jp',
        to: address,
        subject: 'Re: 注文状況について',
        text: `注文番号は 1001 です。\nよろしくお願いします。\n\n2026年12月7日 10:00 <${address}>:\n> ご注文番号を教えてください（例: 1001）。`,
        messageId: '<order-2@example.jp>',
        inReplyTo: String(firstReply.parsed.messageId),
        references: ['<order-1@example.jp>', String(firstReply.parsed.messageId)],
      });
      const status = await eventually(() => mailsTo()[1], 'the status mail');
      const body = status.parsed.text ?? '';
      assert.match(body, /ご注文 1001 の状況: 発送済み（お届け予定: 12月8日）/);
      assert.match(body, /ほかにお手伝いできることはありますか？/);
      // Buttons become a numbered menu to answer with.
      assert.match(body, /1\. いいえ、大丈夫です/);
      assert.match(body, /2\. 担当者と話す/);
      assert.equal(status.parsed.inReplyTo, '<order-2@example.jp>');

      // "2" picks the second entry: a person takes over, the order number on the card.
      await customer.sendMail({
        from: 'hanako@example.jp',
        to: address,
        subject: 'Re: 注文状況について',
        text: `2\n\n> ほかにお手伝いできることはありますか？\n>   1. いいえ、大丈夫です\n>   2. 担当者と話す`,
        messageId: '<order-3@example.jp>',
        inReplyTo: String(status.parsed.messageId),
        references: [
          '<order-1@example.jp>',
          '<order-2@example.jp>',
          String(status.parsed.messageId),
        ],
      });
      const handedOff = await eventually(() => mailsTo()[2], 'the handoff mail');
      assert.match(handedOff.parsed.text ?? '', /担当者におつなぎします/);

      const res = await server.api.get(`${base}/conversations?channel=email`, admin);
      const emailConversations = (res.body.conversations as Json[]).filter(
        (c) => c.channel === 'email',
      );
      assert.equal(emailConversations.length, 1, 'one thread, one conversation');
      const detail = await detailOf(emailConversations[0]?.id);
      assert.ok(['queued', 'assigned'].includes(detail.conversation.status));
      assert.equal(detail.handoff.variables.order, '1001');
      assert.deepEqual(
        (detail.messages as Json[]).filter((m) => m.author === 'customer').map((m) => m.text),
        [
          '注文状況について\n\n先日注文した商品はいつ届きますか？',
          '注文番号は 1001 です。\nよろしくお願いします。',
          '担当者と話す',
        ],
      );
    });

    test('LINE with the shop API down: a clear message, a handoff with the order number, nothing lost', async () => {
      const flow = demoOrderFlow(`http://127.0.0.1:${(downShop.address() as AddressInfo).port}`);
      const saved = await server.api.put(`${base}/flows/order-status`, flow, admin);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));

      await postLine([lineTextEvent({ eventId: 'd-1', userId: 'Udown', text: '注文状況' })]);
      await lineReply('rt-d-1', 'the question for the order number');
      await postLine([lineTextEvent({ eventId: 'd-2', userId: 'Udown', text: '#1003' })]);
      const answered = await lineReply('rt-d-2', 'the error message');
      assert.deepEqual(
        answered.map((m) => m.text),
        [
          '申し訳ありません。ご注文 1003 の状況をただいま確認できませんでした。担当者におつなぎします。',
          '担当者におつなぎします。少々お待ちください。',
        ],
      );
      // Tried, and retried once: a 503 may pass.
      assert.equal(downShopHits, 2);

      const detail = await conversationOf('line', 'Udown');
      assert.ok(detail, 'the LINE conversation');
      assert.ok(['queued', 'assigned'].includes(detail.conversation.status));
      assert.deepEqual(detail.handoff.variables, { order: '1003' });
      assert.deepEqual(
        (detail.messages as Json[]).filter((m) => m.author === 'customer').map((m) => m.text),
        ['注文状況', '#1003'],
      );

      // What the customer says next waits for the person: no flow, no bot.
      const before = lineApi.calls.length;
      await postLine([
        lineTextEvent({ eventId: 'd-3', userId: 'Udown', text: 'よろしくお願いします' }),
      ]);
      await eventually(
        async () =>
          (await detailOf(detail.conversation.id)).messages.some(
            (m: Json) => m.text === 'よろしくお願いします',
          ),
        'the next message stored',
      );
      assert.equal(lineApi.calls.length, before);
      assert.equal(downShopHits, 2);
    });

    test('email with the shop API down: the apology mail names the order, a person takes over', async () => {
      // The flow still points at the shop that is down (saved by the test before).
      const mailsTo = () => sink.mails.filter((m) => m.rcpt.includes('ken@example.jp'));
      await customer.sendMail({
        from: 'ken@example.jp',
        to: address,
        subject: '注文状況',
        text: '教えてください',
        messageId: '<down-1@example.jp>',
      });
      const asked = await eventually(() => mailsTo()[0], 'the question mail');
      const hitsBefore = downShopHits;
      await customer.sendMail({
        from: 'ken@example.jp',
        to: address,
        subject: 'Re: 注文状況',
        text: 'A-2042 です',
        messageId: '<down-2@example.jp>',
        inReplyTo: String(asked.parsed.messageId),
        references: ['<down-1@example.jp>', String(asked.parsed.messageId)],
      });
      const apology = await eventually(() => mailsTo()[1], 'the apology mail');
      assert.match(apology.parsed.text ?? '', /ご注文 A-2042 の状況をただいま確認できませんでした/);
      assert.match(apology.parsed.text ?? '', /担当者におつなぎします。少々お待ちください。/);
      assert.equal(downShopHits - hitsBefore, 2);
      const res = await server.api.get(`${base}/conversations?channel=email`, admin);
      const ids = (res.body.conversations as Json[])
        .filter((c) => c.channel === 'email')
        .map((c) => c.id as string);
      const details = await Promise.all(ids.map(detailOf));
      const detail = details.find((d) => JSON.stringify(d.messages).includes('A-2042'));
      assert.ok(detail, 'the mail conversation');
      assert.ok(['queued', 'assigned'].includes(detail.conversation.status));
      assert.deepEqual(detail.handoff.variables, { order: 'A-2042' });
      assert.deepEqual(
        (detail.messages as Json[]).filter((m) => m.author === 'customer').map((m) => m.text),
        ['注文状況\n\n教えてください', 'A-2042 です'],
      );
    });
  });
}
