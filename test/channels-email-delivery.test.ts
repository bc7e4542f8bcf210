import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { simpleParser } from 'mailparser';
import nodemailer, { type Transporter } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { eventually } from './support/channel-stand-ins.js';
import {
  databasesUnderTest,
  demo,
  type Json,
  startTestServer,
  type TestServer,
} from './support/harness.js';

// On the installation's own mail domain (MAIL_DOMAINS), named for the tenant: no proof needed.
const address = 'demo-help@shop.test';

/** An SMTP relay that refuses one recipient for good (550) and keeps every mail it takes. */
async function startRefusingRelay(refused: string) {
  const mails: { rcpt: string[]; text: string }[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(rcpt, _session, callback) {
      if (rcpt.address === refused) {
        refusals++;
        callback(Object.assign(new Error('5.1.1 No such user'), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        mails.push({
          rcpt: session.envelope.rcptTo.map((r) => r.address),
          text: parsed.text ?? '',
        });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    mails,
    refusals: () => refusals,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

for (const database of databasesUnderTest()) {
  describe(`email delivery and senders (${database.name})`, () => {
    let server: TestServer;
    let relay: Awaited<ReturnType<typeof startRefusingRelay>>;
    let admin: string;
    let agent: string;

    before(async () => {
      relay = await startRefusingRelay('gone@example.jp');
      server = await startTestServer(database, {
        SMTP_PORT: 'random',
        SMTP_URL: relay.url,
        MAIL_DOMAINS: 'shop.test',
      });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
      agent = await server.api.login(demo.agent1.email, demo.agent1.password);
      const created = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'email', address },
        admin,
      );
      assert.equal(created.status, 201, JSON.stringify(created.body));
    });
    after(async () => {
      await server.cleanup();
      await relay.close();
    });

    /** Sends raw bytes as a mail client would, with an envelope sender of our choosing. */
    const sendRaw = async (raw: string | Buffer, envelopeFrom: string) => {
      const transport: Transporter = nodemailer.createTransport({
        host: '127.0.0.1',
        port: server.smtpPort as number,
        secure: false,
        ignoreTLS: true,
      });
      await transport.sendMail({ envelope: { from: envelopeFrom, to: [address] }, raw });
    };
    const emailConversations = async () => {
      const res = await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations`, admin);
      return (res.body.conversations as Json[]).filter((c) => c.channel === 'email');
    };
    const detailOf = async (id: string) =>
      (await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations/${id}`, admin)).body;
    const conversationWith = (text: string) =>
      eventually(async () => {
        for (const c of await emailConversations()) {
          const detail = await detailOf(c.id);
          if ((detail.messages as Json[]).some((m) => m.text.includes(text))) return c.id as string;
        }
        return undefined;
      }, `the conversation with “${text}”`);

    test('a malformed From: the envelope sender is answered; with none usable, nothing is sent and no contact is shared', async () => {
      const mail = (id: string, text: string) =>
        `From: adminlocalhost\r\nTo: ${address}\r\nSubject: question ${id}\r\nMessage-ID: <${id}@bad.example>\r\n\r\n${text}\r\n`;
      await sendRaw(mail('m1', 'envelope sender question'), 'real@example.org');
      await conversationWith('envelope sender question');
      const reply = await eventually(
        () => relay.mails.find((m) => m.rcpt.includes('real@example.org')),
        'the answer to the envelope sender',
      );
      assert.ok(reply.text.length > 0);
      // No usable address anywhere: two such mails stay apart and nobody is mailed.
      const before = relay.mails.length;
      await sendRaw(mail('m2', 'no address one'), 'admin@localhost');
      await sendRaw(mail('m3', 'no address two'), 'admin@localhost');
      const one = await conversationWith('no address one');
      const two = await conversationWith('no address two');
      assert.notEqual(one, two, 'two senders without an address are not one contact');
      const bot = await eventually(async () => {
        const reply = ((await detailOf(one)).messages as Json[]).find((m) => m.author === 'bot');
        return reply?.delivery?.status === 'failed' ? reply : undefined;
      }, 'the unanswerable delivery marked failed');
      assert.match(bot.delivery.error, /no address/);
      assert.equal(bot.delivery.attempts, 1);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(relay.mails.length, before, 'nothing was sent');
    });

    test('a permanent SMTP refusal (550) is given up at once and shown as failed', async () => {
      await sendRaw(
        `From: Gone <gone@example.jp>\r\nTo: ${address}\r\nSubject: hello\r\nMessage-ID: <gone1@example.jp>\r\n\r\nzzqx blorf wibble\r\n`,
        'gone@example.jp',
      );
      const id = await conversationWith('zzqx blorf wibble');
      const bot = await eventually(async () => {
        const reply = ((await detailOf(id)).messages as Json[]).find((m) => m.author === 'bot');
        return reply?.delivery?.status === 'failed' ? reply : undefined;
      }, 'the refused mail marked failed');
      assert.match(bot.delivery.error, /550|No such user/);
      assert.equal(bot.delivery.attempts, 1);
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(relay.refusals(), 1, 'not retried');
      // An agent's later answer is marked the same way, in the console's view of the thread.
      const sent = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/conversations/${id}/messages`,
        { text: 'Could you give us another address?' },
        agent,
      );
      assert.ok(sent.status < 300, JSON.stringify(sent.body));
      await eventually(async () => {
        const mine = ((await detailOf(id)).messages as Json[]).find((m) =>
          m.text.startsWith('Could you give'),
        );
        return mine?.delivery?.status === 'failed';
      }, 'the agent answer marked failed');
    });

    test('a numbered email menu: replying "1" (or "１") picks the first item', async () => {
      await sendRaw(
        `From: Menu <menu@example.jp>\r\nTo: ${address}\r\nSubject: help\r\nMessage-ID: <menu1@example.jp>\r\n\r\nqqmenu blorf wibble\r\n`,
        'menu@example.jp',
      );
      const id = await conversationWith('qqmenu blorf wibble');
      const menu = await eventually(
        () =>
          relay.mails.find((m) => m.rcpt.includes('menu@example.jp') && /\n\s+1\. /.test(m.text)),
        'the numbered menu',
      );
      const withButtons = ((await detailOf(id)).messages as Json[]).find((m) => m.buttons?.length);
      assert.ok(withButtons, 'the bot offered choices');
      const firstChoice = withButtons.buttons[0];
      assert.ok(menu.text.includes(`1. ${firstChoice.label}`));
      const thread = await eventually(
        () => relay.mails.find((m) => m.rcpt.includes('menu@example.jp')),
        'the first answer',
      );
      assert.ok(thread);
      await sendRaw(
        `From: Menu <menu@example.jp>\r\nTo: ${address}\r\nSubject: Re: help\r\nMessage-ID: <menu2@example.jp>\r\nIn-Reply-To: <menu1@example.jp>\r\nReferences: <menu1@example.jp>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n１\r\n\r\nOn Mon, 1 Jan 2024 at 10:00, Support <${address}> wrote:\r\n> 1. ${firstChoice.label}\r\n`,
        'menu@example.jp',
      );
      await eventually(async () => {
        const said = ((await detailOf(id)).messages as Json[])
          .filter((m) => m.author === 'customer')
          .map((m) => m.text);
        return said.length === 2 && said[1] === firstChoice.text;
      }, 'the reply "１" read as the first item');
    });

    test('a flow by email: its buttons are a numbered list, and a reply "2" picks the second', async () => {
      const saved = await server.api.put(
        `/api/v1/tenants/${demo.tenantId}/flows/mail-sizes`,
        {
          name: 'サイズ相談',
          trigger: { keyword: 'サイズ相談' },
          steps: [
            {
              id: 'pick',
              type: 'message',
              text: 'どのサイズをお探しですか？',
              buttons: [
                { label: 'Sサイズ', next: 'small' },
                { label: 'Lサイズ', next: 'large' },
              ],
            },
            { id: 'small', type: 'end', text: 'Sサイズは在庫があります。' },
            { id: 'large', type: 'end', text: 'Lサイズは来週入荷します。' },
          ],
        },
        admin,
      );
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      await sendRaw(
        `From: Size <size@example.jp>\r\nTo: ${address}\r\nSubject: size\r\nMessage-ID: <size1@example.jp>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nサイズ相談をしたいです\r\n`,
        'size@example.jp',
      );
      const menu = await eventually(
        () => relay.mails.find((m) => m.rcpt.includes('size@example.jp')),
        'the flow question by mail',
      );
      assert.match(menu.text, /どのサイズをお探しですか？\s+1\. Sサイズ\s+2\. Lサイズ/);
      await sendRaw(
        `From: Size <size@example.jp>\r\nTo: ${address}\r\nSubject: Re: size\r\nMessage-ID: <size2@example.jp>\r\nIn-Reply-To: <size1@example.jp>\r\nReferences: <size1@example.jp>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n2\r\n\r\n> 1. Sサイズ\r\n> 2. Lサイズ\r\n`,
        'size@example.jp',
      );
      const answer = await eventually(
        () => relay.mails.filter((m) => m.rcpt.includes('size@example.jp'))[1] ?? undefined,
        'the flow answer by mail',
      );
      assert.match(answer.text, /Lサイズは来週入荷します。/);
      await server.api.request('DELETE', `/api/v1/tenants/${demo.tenantId}/flows/mail-sizes`, {
        token: admin,
      });
    });

    test('raw 8-bit attachment names arrive readable in the console API and download', async () => {
      const raw = readFileSync(
        new URL('fixtures/channels/mail/attachment_nonascii_filename.eml', import.meta.url),
      )
        .toString('latin1')
        .replace('To: blah@example.com', `To: ${address}`);
      await sendRaw(Buffer.from(raw, 'latin1'), 'foo@example.com');
      const id = await conversationWith('This is the first part.');
      const list = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/conversations/${id}/attachments`,
        agent,
      );
      assert.equal(list.status, 200);
      assert.deepEqual(
        list.body.attachments.map((a: Json) => a.filename),
        ['ciële.txt'],
      );
      const file = await fetch(
        `${server.url}/api/v1/tenants/${demo.tenantId}/attachments/${list.body.attachments[0].id}`,
        { headers: { authorization: `Bearer ${agent}` } },
      );
      assert.equal(file.status, 200);
      assert.match(String(file.headers.get('content-disposition')), /^attachment;/);
      assert.match(
        String(file.headers.get('content-disposition')),
        /filename\*=UTF-8''ci%C3%ABle\.txt/,
      );
      assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
      assert.equal((await file.text()).trim(), 'Hi there.');
      const anonymous = await fetch(
        `${server.url}/api/v1/tenants/${demo.tenantId}/attachments/${list.body.attachments[0].id}`,
      );
      assert.equal(anonymous.status, 401);
    });
  });
}
