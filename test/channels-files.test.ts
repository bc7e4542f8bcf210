import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import nodemailer from 'nodemailer';
import { eventually, startMailSink } from './support/channel-stand-ins.js';
import {
  databasesUnderTest,
  demo,
  type Json,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';

// On the installation's own mail domain (MAIL_DOMAINS), named for the tenant: no proof needed.
const address = 'demo-files@shop.test';
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

for (const database of databasesUnderTest()) {
  describe(`files both ways: widget, console and email (${database.name})`, () => {
    let server: TestServer;
    let sink: Awaited<ReturnType<typeof startMailSink>>;
    let admin: string;
    let agent: string;

    before(async () => {
      sink = await startMailSink();
      server = await startTestServer(database, {
        SMTP_PORT: 'random',
        SMTP_URL: sink.url,
        MAIL_DOMAINS: 'shop.test',
      });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
      agent = await server.api.login(demo.agent1.email, demo.agent1.password);
      const created = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'email', address },
        admin,
      );
      assert.equal(created.status, 201);
    });
    after(async () => {
      await server.cleanup();
      await sink.close();
    });

    const tenant = `/api/v1/tenants/${demo.tenantId}`;
    const upload = (
      customer: { conversationId: string; customerToken: string },
      body: Json,
      token = customer.customerToken,
    ) =>
      server.api.request(
        'POST',
        `/api/v1/widget/${demo.widgetKey}/conversations/${customer.conversationId}/attachments`,
        { body, token },
      );

    test('a customer sends a file from the widget; staff see and download it; limits hold', async () => {
      const customer = await startWidgetConversation(server.api, { language: 'ja' });
      const other = await startWidgetConversation(server.api);
      const file = {
        filename: '注文書.pdf',
        contentType: 'application/pdf',
        data: pdf.toString('base64'),
      };
      const sent = await upload(customer, { ...file, clientMessageId: 'file-1' });
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      assert.match(sent.body.message.text, /^📎 注文書\.pdf \(1 KB\)$/);
      assert.deepEqual(sent.body.replies, [], 'a file is not a question for the bot');
      const again = await upload(customer, { ...file, clientMessageId: 'file-1' });
      assert.equal(again.status, 201);
      assert.equal(again.body.message.id, sent.body.message.id, 'a retry stores nothing new');

      // Refused: a type a browser would run, an oversized file, broken base64, another's token.
      const html = await upload(customer, {
        filename: 'x.html',
        contentType: 'text/html',
        data: Buffer.from('<script>alert(1)</script>').toString('base64'),
      });
      assert.equal(html.status, 415);
      assert.equal(html.body.error.code, 'unsupported_media_type');
      const big = await upload(customer, {
        filename: 'big.pdf',
        contentType: 'application/pdf',
        data: Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64'),
      });
      assert.equal(big.status, 413);
      const broken = await upload(customer, { ...file, data: '***not base64***' });
      assert.equal(broken.status, 400);
      const foreign = await upload(customer, file, other.customerToken);
      assert.equal(foreign.status, 401);

      const list = await server.api.get(
        `${tenant}/conversations/${customer.conversationId}/attachments`,
        agent,
      );
      assert.equal(list.status, 200);
      assert.equal(list.body.attachments.length, 1, 'refused files stored nothing');
      const [stored] = list.body.attachments;
      assert.equal(stored.filename, '注文書.pdf');
      assert.equal(stored.messageId, sent.body.message.id);
      const download = await fetch(`${server.url}${tenant}/attachments/${stored.id}`, {
        headers: { authorization: `Bearer ${agent}` },
      });
      assert.equal(download.status, 200);
      assert.match(String(download.headers.get('content-disposition')), /^attachment;/);
      assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
      assert.ok(Buffer.from(await download.arrayBuffer()).equals(pdf));
    });

    test('an agent sends a file: the widget customer downloads it, another customer cannot', async () => {
      const customer = await startWidgetConversation(server.api);
      const other = await startWidgetConversation(server.api);
      await customer.send('人と話したい');
      const sent = await server.api.post(
        `${tenant}/conversations/${customer.conversationId}/attachments`,
        {
          filename: 'manual.txt',
          contentType: 'text/plain',
          data: Buffer.from('取扱説明書').toString('base64'),
          text: '説明書をお送りします。',
        },
        agent,
      );
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      assert.equal(sent.body.message.author, 'agent');
      assert.match(sent.body.message.text, /^説明書をお送りします。\n📎 manual\.txt/);
      const base = `/api/v1/widget/${demo.widgetKey}/conversations/${customer.conversationId}/attachments`;
      const list = await server.api.get(base, customer.customerToken);
      assert.equal(list.status, 200);
      const mine = list.body.attachments.find((a: Json) => a.filename === 'manual.txt');
      assert.ok(mine);
      const file = await fetch(`${server.url}${base}/${mine.id}`, {
        headers: { authorization: `Bearer ${customer.customerToken}` },
      });
      assert.equal(file.status, 200);
      assert.equal(await file.text(), '取扱説明書');
      assert.match(String(file.headers.get('content-disposition')), /^attachment;/);
      // Another customer, even with a valid token for their own conversation, gets nothing.
      const otherBase = `/api/v1/widget/${demo.widgetKey}/conversations/${other.conversationId}/attachments`;
      const stolen = await fetch(`${server.url}${otherBase}/${mine.id}`, {
        headers: { authorization: `Bearer ${other.customerToken}` },
      });
      assert.equal(stolen.status, 404);
    });

    test('an agent sends a file on an email conversation: it arrives attached to the mail', async () => {
      await nodemailer
        .createTransport({
          host: '127.0.0.1',
          port: server.smtpPort as number,
          secure: false,
          ignoreTLS: true,
        })
        .sendMail({
          from: 'kana@example.jp',
          to: address,
          subject: '見積もり',
          text: '見積書をください',
          messageId: '<q1@example.jp>',
        });
      const id = await eventually(async () => {
        const res = await server.api.get(`${tenant}/conversations`, admin);
        return (res.body.conversations as Json[]).find((c) => c.channel === 'email')?.id;
      }, 'the email conversation');
      const sent = await server.api.post(
        `${tenant}/conversations/${id}/attachments`,
        { filename: '見積書.pdf', contentType: 'application/pdf', data: pdf.toString('base64') },
        agent,
      );
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      const mail = await eventually(
        () => sink.mails.find((m) => m.parsed.attachments.length > 0),
        'the mail with the file',
      );
      assert.deepEqual(mail.rcpt, ['kana@example.jp']);
      assert.equal(mail.parsed.attachments[0]?.filename, '見積書.pdf');
      assert.ok(mail.parsed.attachments[0]?.content.equals(pdf));
      assert.match(mail.parsed.text ?? '', /📎 見積書\.pdf/);
    });
  });
}
