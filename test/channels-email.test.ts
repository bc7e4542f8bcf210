import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import nodemailer, { type Transporter } from 'nodemailer';
import { eventually, type SinkMail, startMailSink } from './support/channel-stand-ins.js';
import {
  databasesUnderTest,
  demo,
  type Json,
  startTestServer,
  type TestServer,
} from './support/harness.js';

const address = 'support@shop.test';

for (const database of databasesUnderTest()) {
  describe(`email channel over real SMTP (${database.name})`, () => {
    let server: TestServer;
    let sink: Awaited<ReturnType<typeof startMailSink>>;
    let admin: string;
    let agent: string;
    let customer: Transporter;

    before(async () => {
      sink = await startMailSink();
      server = await startTestServer(database, { SMTP_PORT: 'random', SMTP_URL: sink.url });
      assert.ok(server.smtpPort, 'the SMTP listener is up');
      customer = nodemailer.createTransport({
        host: '127.0.0.1',
        port: server.smtpPort as number,
        secure: false,
        ignoreTLS: true,
      });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
      agent = await server.api.login(demo.agent1.email, demo.agent1.password);
      const created = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'email', address },
        admin,
      );
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.type, 'email');
      assert.equal(created.body.webhookUrl, undefined);
      // The address takes mail once proven: here by the link mailed to it.
      assert.equal(created.body.verification.status, 'pending');
      await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels/${created.body.id}/verify`,
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
    });
    after(async () => {
      await server.cleanup();
      await sink.close();
    });

    const emailConversations = async () => {
      const res = await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations`, admin);
      return (res.body.conversations as Json[]).filter((c) => c.channel === 'email');
    };
    const detailOf = async (id: string) =>
      (await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations/${id}`, admin)).body;
    const mailsTo = (to: string) => sink.mails.filter((m) => m.rcpt.includes(to));

    let firstReply: SinkMail;
    let conversationId: string;

    test('a new mail opens a conversation and the bot answers in the same thread', async () => {
      await customer.sendMail({
        from: '山田太郎 <taro@example.jp>',
        to: address,
        subject: '送料について',
        text: '送料はいくらですか？\n\n-- \n山田太郎\n090-0000-0000',
        messageId: '<c1@example.jp>',
      });
      firstReply = await eventually(() => mailsTo('taro@example.jp')[0], 'the bot’s mail');
      const headers = firstReply.parsed;
      assert.equal(headers.inReplyTo, '<c1@example.jp>');
      assert.ok(String(headers.references).includes('<c1@example.jp>'));
      assert.equal(headers.subject, 'Re: 送料について');
      assert.equal(firstReply.parsed.headers.get('auto-submitted'), 'auto-replied');
      const replyTo = (firstReply.parsed.replyTo?.value[0]?.address ?? '') as string;
      assert.match(replyTo, /^support\+r[0-9a-z]{16}@shop\.test$/);
      assert.match(String(headers.messageId), /^<msg_.+@shop\.test>$/);
      const [conversation] = await emailConversations();
      assert.ok(conversation);
      conversationId = conversation.id;
      const detail = await detailOf(conversationId);
      const first = detail.messages[0];
      assert.equal(first.author, 'customer');
      assert.ok(first.text.includes('送料はいくらですか？'));
      assert.ok(!first.text.includes('090-0000-0000'), 'the signature is stripped');
      assert.equal(detail.messages[1].author, 'bot');
    });

    test('the customer’s reply continues the conversation, quote stripped; the agent’s answer threads', async () => {
      await customer.sendMail({
        from: 'taro@example.jp',
        to: address,
        subject: 'Re: 送料について',
        text: '人と話したい\n\n2024年1月1日(月) 10:00 Support <support@shop.test>:\n> 送料は全国一律500円です。',
        messageId: '<c2@example.jp>',
        inReplyTo: String(firstReply.parsed.messageId),
        references: ['<c1@example.jp>', String(firstReply.parsed.messageId)],
      });
      await eventually(
        async () => (await detailOf(conversationId)).conversation.status === 'queued',
        'the handoff',
      );
      assert.equal((await emailConversations()).length, 1, 'no second conversation');
      const detail = await detailOf(conversationId);
      const customerTexts = detail.messages
        .filter((m: Json) => m.author === 'customer')
        .map((m: Json) => m.text);
      assert.equal(customerTexts[1], '人と話したい');

      const sent = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/conversations/${conversationId}/messages`,
        { text: '担当の佐藤です。送料についてご案内します。' },
        agent,
      );
      assert.ok(sent.status === 200 || sent.status === 201, JSON.stringify(sent.body));
      const agentMail = await eventually(
        () =>
          mailsTo('taro@example.jp').find((m) =>
            (m.parsed.text ?? '').includes('送料についてご案内します'),
          ),
        'the agent’s mail',
      );
      assert.equal(agentMail.parsed.inReplyTo, '<c2@example.jp>');
      const refs = [agentMail.parsed.references].flat().join(' ');
      assert.ok(refs.includes('<c1@example.jp>') && refs.includes('<c2@example.jp>'));
      assert.equal(agentMail.parsed.headers.get('auto-submitted'), undefined);

      // A reply that only carries the token in its address (a client that drops References).
      const replyTo = firstReply.parsed.replyTo?.value[0]?.address as string;
      await customer.sendMail({
        from: 'taro@example.jp',
        to: replyTo,
        subject: 'また質問です',
        text: 'ありがとうございました',
        messageId: '<c3@example.jp>',
      });
      await eventually(async () => {
        const d = await detailOf(conversationId);
        return d.messages.some((m: Json) => m.text === 'ありがとうございました');
      }, 'the token-threaded reply');
      assert.equal((await emailConversations()).length, 1);
    });

    test('a redelivered mail (same Message-ID) stores nothing new', async () => {
      const before = (await detailOf(conversationId)).messages.length;
      await customer.sendMail({
        from: 'taro@example.jp',
        to: address,
        subject: 'Re: 送料について',
        text: 'ありがとうございました',
        messageId: '<c3@example.jp>',
      });
      await new Promise((r) => setTimeout(r, 400));
      assert.equal((await detailOf(conversationId)).messages.length, before);
    });

    test('auto-replies, bounces and mailer-daemons never open conversations or get answers', async () => {
      const mailsBefore = sink.mails.length;
      const conversationsBefore = (await emailConversations()).length;
      await customer.sendMail({
        from: 'bob@example.jp',
        to: address,
        subject: '不在のお知らせ',
        text: '1月5日まで不在です。',
        headers: { 'Auto-Submitted': 'auto-replied' },
      });
      await customer.sendMail({
        from: 'carol@example.jp',
        to: address,
        subject: 'Out of office',
        text: 'I am away',
        headers: { Precedence: 'auto_reply' },
      });
      await customer.sendMail({
        from: 'MAILER-DAEMON@mx.example.jp',
        to: address,
        subject: 'Undelivered Mail Returned to Sender',
        text: 'This is the mail system.',
      });
      await customer.sendMail({
        envelope: { from: '', to: [address] },
        from: 'someone@example.jp',
        to: address,
        subject: 'bounce',
        text: 'bounce with an empty return path',
      });
      await new Promise((r) => setTimeout(r, 600));
      assert.equal((await emailConversations()).length, conversationsBefore);
      assert.equal(sink.mails.length, mailsBefore);
    });

    test('an unknown recipient is refused at RCPT', async () => {
      await assert.rejects(
        customer.sendMail({
          from: 'x@example.jp',
          to: 'nobody@shop.test',
          subject: 's',
          text: 't',
        }),
        /550|No such mailbox/,
      );
    });

    test('HTML is reduced to text; attachments are kept and served only as downloads', async () => {
      await customer.sendMail({
        from: 'Eve <eve@example.jp>',
        to: address,
        subject: 'Invoice question',
        html: '<p>Please check the <b>invoice</b>.</p><script>alert(1)</script><img src="https://x.test/p.png" onerror="alert(2)">',
        messageId: '<html-1@example.jp>',
        attachments: [
          {
            filename: 'invoice <1>.html',
            content: '<script>alert("x")</script>',
            contentType: 'text/html',
          },
        ],
      });
      const conversation = await eventually(async () => {
        const list = await emailConversations();
        for (const c of list) {
          const d = await detailOf(c.id);
          if (d.messages[0]?.text.includes('invoice')) return d;
        }
        return undefined;
      }, 'the HTML mail’s conversation');
      const text = conversation.messages[0].text as string;
      assert.ok(text.includes('Please check the'));
      assert.ok(!/<script|<p>|onerror|alert\(1\)/.test(text), `no markup survives: ${text}`);
      assert.ok(text.includes('📎 invoice <1>.html'));
      const listed = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/conversations/${conversation.conversation.id}/attachments`,
        agent,
      );
      assert.equal(listed.status, 200);
      assert.equal(listed.body.attachments.length, 1);
      const file = listed.body.attachments[0];
      const download = await fetch(
        `${server.url}/api/v1/tenants/${demo.tenantId}/attachments/${file.id}`,
        {
          headers: { authorization: `Bearer ${agent}` },
        },
      );
      assert.equal(download.status, 200);
      assert.match(String(download.headers.get('content-disposition')), /^attachment;/);
      assert.equal(download.headers.get('content-type'), 'application/octet-stream');
      assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(await download.text(), '<script>alert("x")</script>');
      const anonymous = await fetch(
        `${server.url}/api/v1/tenants/${demo.tenantId}/attachments/${file.id}`,
      );
      assert.equal(anonymous.status, 401);
    });

    test('a second email channel with the same address is a 409; bad input is a 400', async () => {
      const again = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'email', address },
        admin,
      );
      assert.equal(again.status, 409);
      const bad = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'fax' },
        admin,
      );
      assert.equal(bad.status, 400);
      const plus = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'email', address: 'a+b@shop.test' },
        admin,
      );
      assert.equal(plus.status, 400);
    });
  });
}
