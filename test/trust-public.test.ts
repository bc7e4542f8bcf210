import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import nodemailer from 'nodemailer';
import { eventually, startMailSink } from './support/channel-stand-ins.js';
import { startDnsStandIn } from './support/dns-stand-in.js';
import {
  databasesUnderTest,
  demo,
  type Json,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';
import { signedContact, signWith } from './support/identity.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A raw call with headers of our choosing (X-Forwarded-For). */
async function call(
  server: TestServer,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Json) : {} };
}

const w = `/api/v1/widget/${demo.widgetKey}`;
const statuses = (results: { status: number }[]) => results.map((r) => r.status);
const assertLimited = (res: { status: number; headers: Headers; body: Json }) => {
  assert.equal(res.status, 429);
  assert.equal(res.body.error.code, 'too_many_requests');
  assert.equal(typeof res.body.error.message, 'string');
  assert.ok(Number(res.headers.get('retry-after')) >= 1, 'Retry-After in whole seconds');
};

for (const database of databasesUnderTest()) {
  describe(`public rate limits (${database.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(database, { RATE_LIMIT_FACTOR: '1' });
    });
    after(() => server.cleanup());

    test('a customer sending 10 messages at once and then one a second is never limited', async () => {
      const chat = await startWidgetConversation(server.api);
      const burst = await Promise.all(
        Array.from({ length: 10 }, (_, i) => chat.send(`送料はいくらですか ${i}`)),
      );
      assert.deepEqual(statuses(burst), Array(10).fill(200));
      for (let i = 0; i < 5; i++) {
        await sleep(1000);
        assert.equal((await chat.send(`one a second ${i}`)).status, 200);
      }
      assert.equal((await chat.history()).status, 200);
    });

    test('300 messages at once to one conversation are cut off with 429 and Retry-After', async () => {
      const chat = await startWidgetConversation(server.api);
      const started = performance.now();
      const results = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          call(server, 'POST', `${w}/conversations/${chat.conversationId}/messages`, {
            token: chat.customerToken,
            body: { text: `flood ${i}` },
          }),
        ),
      );
      const accepted = results.filter((r) => r.status === 200).length;
      // A burst of 20, then 2 a second while the flood lasts (a slow machine takes longer).
      const seconds = (performance.now() - started) / 1000;
      assert.ok(
        accepted >= 10 && accepted <= 22 + 2 * seconds,
        `accepted ${accepted} in ${seconds} s`,
      );
      assertLimited(results.find((r) => r.status === 429) as (typeof results)[number]);
      // Refused messages are not stored.
      const history = await chat.history();
      const stored = history.body.messages.filter((m: Json) => m.author === 'customer').length;
      assert.equal(stored, accepted);
    });

    test('150 conversations at once from one address: the burst passes, the rest get 429; a forged X-Forwarded-For changes nothing', async () => {
      const started = performance.now();
      const results = await Promise.all(
        Array.from({ length: 150 }, () => call(server, 'POST', `${w}/conversations`, { body: {} })),
      );
      const accepted = results.filter((r) => r.status === 201).length;
      const seconds = (performance.now() - started) / 1000;
      assert.ok(accepted >= 25 && accepted <= 32 + seconds, `accepted ${accepted} in ${seconds} s`);
      assertLimited(results.find((r) => r.status === 429) as (typeof results)[number]);
      // Five "different addresses" that are one: without TRUST_PROXY the header is not believed.
      const spoofed = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          call(server, 'POST', `${w}/conversations`, {
            body: {},
            headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
          }),
        ),
      );
      assert.ok(spoofed.filter((r) => r.status === 429).length >= 3, statuses(spoofed).join());
      // One conversation every few seconds is never refused.
      await sleep(2100);
      assert.equal((await call(server, 'POST', `${w}/conversations`, { body: {} })).status, 201);
    });

    test('50 forms at once from one address are cut off', async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          call(server, 'POST', `${w}/form`, {
            body: { name: 'n', email: `f${i}@example.jp`, text: 'hello' },
          }),
        ),
      );
      const accepted = results.filter((r) => r.status === 201).length;
      assert.ok(accepted >= 5 && accepted <= 12, `accepted ${accepted}`);
      assertLimited(results.find((r) => r.status === 429) as (typeof results)[number]);
    });
  });

  describe(`client address behind a trusted proxy (${database.name})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(database, {
        RATE_LIMIT_FACTOR: '1',
        TRUST_PROXY: '127.0.0.1',
      });
    });
    after(() => server.cleanup());

    test('the proxy’s X-Forwarded-For entry is the client: many customers pass, one address is limited', async () => {
      const many = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          call(server, 'POST', `${w}/conversations`, {
            body: {},
            headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
          }),
        ),
      );
      assert.deepEqual(statuses(many), Array(60).fill(201));
      const one = await Promise.all(
        Array.from({ length: 40 }, () =>
          call(server, 'POST', `${w}/conversations`, {
            body: {},
            // The client's own (forged) entry comes first; the proxy appends the real one.
            headers: { 'x-forwarded-for': `10.9.9.${Math.floor(Math.random() * 200)}, 192.0.2.7` },
          }),
        ),
      );
      assert.ok(
        one.some((r) => r.status === 429),
        'one address is limited',
      );
    });
  });

  describe(`mail goes only to addresses that were proven (${database.name})`, () => {
    let server: TestServer;
    let sink: Awaited<ReturnType<typeof startMailSink>>;
    let admin: string;
    before(async () => {
      sink = await startMailSink();
      server = await startTestServer(database, { RATE_LIMIT_FACTOR: '1', SMTP_URL: sink.url });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
    });
    after(async () => {
      await server.cleanup();
      await sink.close();
    });
    const mailsTo = (to: string) => sink.mails.filter((m) => m.rcpt.includes(to));
    const transcript = (chat: { conversationId: string; customerToken: string }, body: Json) =>
      call(server, 'POST', `${w}/conversations/${chat.conversationId}/transcript`, {
        token: chat.customerToken,
        body,
      });

    test('a transcript to an address the request names is refused, and nothing is mailed', async () => {
      const chat = await startWidgetConversation(server.api);
      await chat.send('送料はいくらですか');
      const res = await transcript(chat, { email: 'victim@example.org' });
      assert.equal(res.status, 403);
      assert.equal(res.body.error.code, 'forbidden');
      // An email the visitor typed in (unsigned) is not proven either.
      const typed = await startWidgetConversation(server.api, {
        contact: { email: 'victim@example.org' },
      });
      await typed.send('hello');
      assert.equal((await transcript(typed, {})).status, 403);
      assert.equal((await transcript(typed, { email: 'victim@example.org' })).status, 403);
      assert.equal((await transcript(typed, { email: 'not-an-address' })).status, 400);
      await sleep(500);
      assert.equal(mailsTo('victim@example.org').length, 0);
    });

    test('an email signed by the tenant’s server gets its transcript, only there, a few times', async () => {
      const contact = await signedContact(server.api, admin, demo.tenantId, {
        email: 'Ken@Example.jp',
      });
      const chat = await startWidgetConversation(server.api, { contact });
      await chat.send('送料はいくらですか');
      const ok = await transcript(chat, {});
      assert.equal(ok.status, 202, JSON.stringify(ok.body));
      assert.equal(ok.body.to, 'ken@example.jp');
      assert.equal((await transcript(chat, { email: 'other@example.org' })).status, 403);
      await eventually(() => mailsTo('ken@example.jp')[0], 'the transcript');
      // Three per conversation, then 429.
      await chat.send('one more');
      assert.equal((await transcript(chat, {})).status, 202);
      await chat.send('and another');
      assert.equal((await transcript(chat, {})).status, 202);
      await chat.send('and again');
      assertLimited(await transcript(chat, {}));
      assert.equal(mailsTo('other@example.org').length, 0);
    });

    test('the form mails only a confirmation link; the inquiry goes on once it is followed', async () => {
      const res = await call(server, 'POST', `${w}/form`, {
        body: {
          name: 'Mallory',
          email: 'target@example.org',
          subject: 'BUY CHEAP WATCHES',
          text: 'Visit http://spam.example now',
          language: 'en',
        },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.confirmation, 'sent');
      const mail = await eventually(() => mailsTo('target@example.org')[0], 'the confirmation');
      const text = mail.parsed.text ?? '';
      assert.doesNotMatch(String(mail.parsed.subject), /WATCHES/);
      assert.doesNotMatch(text, /spam\.example|WATCHES|Mallory/);
      const link = /(http:\/\/\S+\/confirm\/form\?token=\S+)/.exec(text)?.[1];
      assert.ok(link, text);
      const token = new URL(link).searchParams.get('token') as string;
      // Nothing reached the conversation and nothing else is mailed before the link is followed.
      const before = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/conversations/${res.body.conversationId}`,
        admin,
      );
      assert.equal(before.body.messages.length, 0);
      // Opening the page (as a mail scanner does) confirms nothing.
      const page = await fetch(link);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Confirm/);
      await sleep(300);
      assert.equal(mailsTo('target@example.org').length, 1);
      assert.equal(
        (await call(server, 'POST', '/api/v1/forms/confirm', { body: { token: `${token}x` } }))
          .status,
        401,
      );
      assert.equal((await call(server, 'POST', '/api/v1/forms/confirm', { body: {} })).status, 400);
      const confirmed = await call(server, 'POST', '/api/v1/forms/confirm', { body: { token } });
      assert.equal(confirmed.status, 200);
      assert.equal(confirmed.body.conversationId, res.body.conversationId);
      const answer = await eventually(
        () => mailsTo('target@example.org').find((m) => /^Re:/.test(String(m.parsed.subject))),
        'the answer after confirmation',
      );
      assert.ok(answer);
      // A second click posts nothing new.
      await call(server, 'POST', '/api/v1/forms/confirm', { body: { token } });
      const afterwards = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/conversations/${res.body.conversationId}`,
        admin,
      );
      assert.equal(afterwards.body.messages.filter((m: Json) => m.author === 'customer').length, 1);
    });

    test('one address gets at most a few confirmation mails', async () => {
      const send = () =>
        call(server, 'POST', `${w}/form`, {
          body: { name: 'x', email: 'bombed@example.org', text: 'hi' },
        });
      assert.equal((await send()).status, 201);
      assert.equal((await send()).status, 201);
      assert.equal((await send()).status, 201);
      assertLimited(await send());
    });
  });

  describe(`customer identity needs the tenant’s signature (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    before(async () => {
      server = await startTestServer(database, { RATE_LIMIT_FACTOR: '1' });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
    });
    after(() => server.cleanup());
    const contactOf = async (conversationId: string) =>
      (
        await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations/${conversationId}/details`,
          admin,
        )
      ).body;

    test('only admins see the secret', async () => {
      const agent = await server.api.login(demo.agent1.email, demo.agent1.password);
      assert.equal(
        (await server.api.get(`/api/v1/tenants/${demo.tenantId}/identity-secret`, agent)).status,
        403,
      );
      const res = await server.api.get(`/api/v1/tenants/${demo.tenantId}/identity-secret`, admin);
      assert.equal(res.status, 200);
      assert.ok(res.body.secret.length >= 32);
    });

    test('a signed externalId joins the member; unsigned or wrongly signed ones join nobody', async () => {
      const member = await signedContact(server.api, admin, demo.tenantId, {
        externalId: 'member-42',
        name: 'Member',
      });
      const first = await startWidgetConversation(server.api, { contact: member });
      const memberContact = (await contactOf(first.conversationId)).contact;
      assert.equal(memberContact.externalId, 'member-42');
      const vip = await server.api.put(
        `/api/v1/tenants/${demo.tenantId}/contacts/${memberContact.id}/vip`,
        { isVip: true },
        admin,
      );
      assert.ok(vip.status < 300, JSON.stringify(vip.body));

      for (const forged of [
        { externalId: 'member-42' },
        { externalId: 'member-42', userHash: 'f'.repeat(64) },
        { externalId: 'member-42', userHash: signWith('guessed-secret', 'member-42') },
        { externalId: 'member-42', userHash: member.userHash.toUpperCase().slice(2) },
      ]) {
        const chat = await startWidgetConversation(server.api, { contact: forged });
        const details = await contactOf(chat.conversationId);
        assert.notEqual(details.contact.id, memberContact.id, JSON.stringify(forged));
        assert.equal(details.contact.externalId, null);
        assert.equal(details.contact.isVip, false);
        assert.equal(details.pastConversations.length, 0);
        const shown = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations/${chat.conversationId}`,
          admin,
        );
        assert.equal(shown.body.contact.verified, false);
        assert.equal(shown.body.contact.externalId, null);
      }

      const again = await startWidgetConversation(server.api, { contact: member });
      const details = await contactOf(again.conversationId);
      assert.equal(details.contact.id, memberContact.id);
      assert.equal(details.contact.isVip, true);
      const shown = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/conversations/${again.conversationId}`,
        admin,
      );
      assert.deepEqual(shown.body.contact, {
        id: memberContact.id,
        name: 'Member',
        email: null,
        externalId: 'member-42',
        verified: true,
      });
      assert.ok(details.pastConversations.some((c: Json) => c.id === first.conversationId));
    });

    test('after rotation the old signature no longer counts', async () => {
      const old = await signedContact(server.api, admin, demo.tenantId, { externalId: 'm-7' });
      const rotated = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/identity-secret/rotate`,
        {},
        admin,
      );
      assert.equal(rotated.status, 200);
      const chat = await startWidgetConversation(server.api, { contact: old });
      assert.equal((await contactOf(chat.conversationId)).contact.externalId, null);
      const fresh = await startWidgetConversation(server.api, {
        contact: { externalId: 'm-7', userHash: signWith(rotated.body.secret, 'm-7') },
      });
      assert.equal((await contactOf(fresh.conversationId)).contact.externalId, 'm-7');
    });

    test('bad hashes are refused at the edge', async () => {
      const res = await server.api.post(`${w}/conversations`, {
        contact: { externalId: 'x', userHash: 42 },
      });
      assert.equal(res.status, 400);
    });
  });

  describe(`an email channel takes mail once its domain is proven (${database.name})`, () => {
    let server: TestServer;
    let sink: Awaited<ReturnType<typeof startMailSink>>;
    let dns: Awaited<ReturnType<typeof startDnsStandIn>>;
    const records = new Map<string, string[]>();
    let admin: string;
    before(async () => {
      sink = await startMailSink();
      dns = await startDnsStandIn(records);
      server = await startTestServer(database, {
        SMTP_PORT: 'random',
        SMTP_URL: sink.url,
        MAIL_DOMAINS: 'mail.tsunagi.test',
        DNS_SERVERS: dns.server,
      });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
    });
    after(async () => {
      await server.cleanup();
      await sink.close();
      await dns.close();
    });
    const customerMail = (to: string) =>
      nodemailer
        .createTransport({
          host: '127.0.0.1',
          port: server.smtpPort as number,
          secure: false,
          ignoreTLS: true,
        })
        .sendMail({ from: 'taro@example.jp', to, subject: '送料', text: '送料はいくらですか？' });
    const channelsList = async () =>
      (await server.api.get(`/api/v1/tenants/${demo.tenantId}/channels`, admin)).body
        .channels as Json[];

    test('a bank’s address is refused until its DNS TXT record is there', async () => {
      const created = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'email', address: 'help@bank.example' },
        admin,
      );
      assert.equal(created.status, 201);
      assert.equal(created.body.verification.status, 'pending');
      const record = created.body.verification.dnsRecord;
      assert.equal(record.name, 'bank.example');
      assert.equal(record.type, 'TXT');
      assert.match(record.value, /^tsunagi-verification=[\w-]+$/);

      await assert.rejects(customerMail('help@bank.example'), (error: Json) => {
        assert.equal(error.responseCode, 550);
        return true;
      });
      // Nor does the server send anything "from" the unproven address.
      await server.api.post(`${w}/form`, { name: 'n', email: 'asker@example.jp', text: 'hi' });
      const notice = await eventually(
        () => sink.mails.find((m) => m.rcpt.includes('asker@example.jp')),
        'the form confirmation',
        15_000,
      );
      assert.notEqual(notice.mailFrom, 'help@bank.example');
      assert.doesNotMatch(String(notice.parsed.from?.text), /bank\.example/);
      const verify = (method: string) =>
        server.api.post(
          `/api/v1/tenants/${demo.tenantId}/channels/${created.body.id}/verify`,
          { method },
          admin,
        );
      const early = await verify('dns');
      assert.equal(early.status, 409);
      assert.match(early.body.error.message, /TXT/);
      records.set('bank.example', ['v=spf1 -all']);
      assert.equal((await verify('dns')).status, 409);
      assert.equal((await verify('carrier-pigeon')).status, 400);

      records.set('bank.example', ['v=spf1 -all', record.value]);
      const proven = await verify('dns');
      assert.equal(proven.status, 200, JSON.stringify(proven.body));
      assert.equal(proven.body.verification.status, 'verified');
      assert.equal(proven.body.verification.method, 'dns');
      await customerMail('help@bank.example');
      const listed = (await channelsList()).find((c) => c.id === created.body.id);
      assert.equal(listed?.verification.status, 'verified');
    });

    test('or once a link mailed to the address is followed', async () => {
      const created = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'email', address: 'support@shop.example' },
        admin,
      );
      const res = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels/${created.body.id}/verify`,
        { method: 'mail' },
        admin,
      );
      assert.equal(res.status, 200);
      assert.equal(res.body.verification.status, 'pending');
      const mail = await eventually(
        () => sink.mails.find((m) => m.rcpt.includes('support@shop.example')),
        'the confirmation mail',
      );
      const link = /(http:\/\/\S+\/confirm\/address\?token=\S+)/.exec(mail.parsed.text ?? '')?.[1];
      assert.ok(link);
      const token = new URL(link).searchParams.get('token') as string;
      assert.equal((await fetch(link)).status, 200);
      assert.equal(
        (await channelsList()).find((c) => c.id === created.body.id)?.verification.status,
        'pending',
      );
      const forged = await server.api.post('/api/v1/channels/confirm-address', {
        // The signature's first character: every one of its bits counts (a last base64
        // character may carry unused bits, and decode to the same signature).
        token: token.replace(/\.(.)/, (_m, c: string) => `.${c === 'A' ? 'B' : 'A'}`),
      });
      assert.equal(forged.status, 401);
      const ok = await server.api.post('/api/v1/channels/confirm-address', { token });
      assert.equal(ok.status, 200);
      assert.equal(ok.body.address, 'support@shop.example');
      const listed = (await channelsList()).find((c) => c.id === created.body.id);
      assert.equal(listed?.verification.status, 'verified');
      assert.equal(listed?.verification.method, 'mail');
      await customerMail('support@shop.example');
    });

    test('the installation’s own domain needs no proof, but only for the tenant’s own name', async () => {
      const own = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'email', address: 'demo-help@mail.tsunagi.test' },
        admin,
      );
      assert.equal(own.status, 201);
      assert.equal(own.body.verification.status, 'verified');
      assert.equal(own.body.verification.method, 'installation');
      await customerMail('demo-help@mail.tsunagi.test');
      const other = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'email', address: 'acme@mail.tsunagi.test' },
        admin,
      );
      assert.equal(other.status, 400);
      const unknown = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels/ch_nope/verify`,
        { method: 'dns' },
        admin,
      );
      assert.equal(unknown.status, 404);
    });
  });
}
