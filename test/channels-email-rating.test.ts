import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import nodemailer from 'nodemailer';
import { eventually, startMailSink } from './support/channel-stand-ins.js';
import {
  databasesUnderTest,
  demo,
  type Json,
  startTestServer,
  type TestServer,
} from './support/harness.js';

const address = 'support@shop.test';

for (const database of databasesUnderTest()) {
  describe(`CSAT by a mailed rating link (${database.name})`, () => {
    let server: TestServer;
    let sink: Awaited<ReturnType<typeof startMailSink>>;
    let admin: string;
    let addressToken = '';

    before(async () => {
      sink = await startMailSink();
      server = await startTestServer(database, {
        SMTP_PORT: 'random',
        SMTP_URL: sink.url,
        PUBLIC_URL: 'https://support.example.com',
      });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
      const created = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'email', address },
        admin,
      );
      assert.equal(created.status, 201, JSON.stringify(created.body));
      await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels/${created.body.id}/verify`,
        { method: 'mail' },
        admin,
      );
      const confirmation = await eventually(
        () => sink.mails.find((m) => m.rcpt.includes(address)),
        'the address confirmation',
      );
      addressToken = decodeURIComponent(
        /confirm\/address\?token=(\S+)/.exec(confirmation.parsed.text ?? '')?.[1] ?? '',
      );
      const confirmed = await server.api.post('/api/v1/channels/confirm-address', {
        token: addressToken,
      });
      assert.equal(confirmed.status, 200);
    });
    after(async () => {
      await server.cleanup();
      await sink.close();
    });

    test('resolving mails five rating links; a GET rates nothing, the page’s POST records', async () => {
      const customer = nodemailer.createTransport({
        host: '127.0.0.1',
        port: server.smtpPort as number,
        secure: false,
        ignoreTLS: true,
      });
      await customer.sendMail({
        from: 'Jane <jane@example.com>',
        to: address,
        subject: 'Shipping',
        text: 'How much is shipping to Osaka?',
        messageId: '<r1@example.com>',
      });
      customer.close();
      const base = `/api/v1/tenants/${demo.tenantId}`;
      const conversation = await eventually(async () => {
        const res = await server.api.get(`${base}/conversations`, admin);
        return (res.body.conversations as Json[]).find((c) => c.channel === 'email');
      }, 'the email conversation');
      // Resolved once the bot has answered the mail (a mail stored after resolving reopens it).
      await eventually(async () => {
        const res = await server.api.get(`${base}/conversations/${conversation.id}`, admin);
        return (res.body.messages as Json[]).some((m) => m.author === 'bot');
      }, 'the bot’s answer');
      const resolved = await server.api.post(
        `${base}/conversations/${conversation.id}/resolve`,
        {},
        admin,
      );
      assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
      const mail = await eventually(
        () =>
          sink.mails.find(
            (m) => m.rcpt.includes('jane@example.com') && /\/rate\//.test(m.parsed.text ?? ''),
          ),
        'the rating mail',
      );
      const links = [...(mail.parsed.text ?? '').matchAll(/https:\/\/\S+\/rate\/\S+/g)].map(
        (m) => new URL(m[0]),
      );
      assert.deepEqual(
        links.map((l) => l.searchParams.get('score')),
        ['1', '2', '3', '4', '5'],
      );
      for (const link of links) assert.equal(link.origin, 'https://support.example.com');

      const csat = async () => {
        await server.services.analytics.flush();
        const from = new Date(Date.now() - 3_600_000).toISOString();
        const to = new Date(Date.now() + 60_000).toISOString();
        const res = await server.api.get(
          `${base}/analytics/summary?from=${from}&to=${to}&channel=email`,
          admin,
        );
        assert.equal(res.status, 200, JSON.stringify(res.body));
        return res.body.csat;
      };
      const local = (link: URL) => `${server.url}${link.pathname}${link.search}`;
      const four = links[3] as URL;
      // A scanner following the link sees the choice and records nothing.
      const page = await fetch(local(four));
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /method="post"/);
      assert.match(html, /name="score" value="4"/);
      const action = /action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
      assert.equal(await csat(), null);

      const post = (path: string, score: string) =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `score=${score}`,
        });
      const sent = await post(action, '4');
      assert.equal(sent.status, 200);
      const thanks = await sent.text();
      assert.match(thanks, /<p role="status">/);
      // The page speaks the conversation's language, as the link names it.
      assert.match(thanks, new RegExp(`<html lang="${four.searchParams.get('lang')}"`));
      assert.deepEqual(await csat(), { count: 1, average: 4 });
      // Posting again is idempotent; a later choice replaces the score.
      assert.equal((await post(action, '4')).status, 200);
      assert.deepEqual(await csat(), { count: 1, average: 4 });
      assert.equal((await post(action, '2')).status, 200);
      assert.deepEqual(await csat(), { count: 1, average: 2 });

      // Forged, other-purpose and bad-score posts are refused and change nothing.
      const token = decodeURIComponent(four.pathname.slice('/rate/'.length));
      const [body, signature] = token.split('.') as [string, string];
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      const forgedBody = Buffer.from(JSON.stringify({ ...claims, e: claims.e + 1 })).toString(
        'base64url',
      );
      const forged = await post(`/rate/${forgedBody}.${signature}?lang=en`, '5');
      assert.equal(forged.status, 403);
      assert.match(await forged.text(), /not valid or has expired/);
      // Opened, a forged link says so at once instead of offering a button that will fail.
      const forgedPage = await fetch(
        `${server.url}/rate/${forgedBody}.${signature}?score=5&lang=en`,
      );
      assert.equal(forgedPage.status, 403);
      const forgedHtml = await forgedPage.text();
      assert.match(forgedHtml, /not valid or has expired/);
      assert.doesNotMatch(forgedHtml, /method="post"/);
      const otherPurpose = await post(`/rate/${encodeURIComponent(addressToken)}?lang=ja`, '5');
      assert.equal(otherPurpose.status, 403);
      assert.match(await otherPurpose.text(), /無効/);
      assert.equal((await post(action, '9')).status, 400);
      assert.equal((await post(action, '')).status, 400);
      assert.deepEqual(await csat(), { count: 1, average: 2 });
      // The rating is not a customer message: the conversation stays resolved.
      const detail = await server.api.get(`${base}/conversations/${conversation.id}`, admin);
      assert.equal(detail.body.conversation.status, 'resolved');
    });
  });
}
