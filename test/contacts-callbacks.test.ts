import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import nodemailer from 'nodemailer';
import {
  eventually,
  lineSignature,
  lineTextEvent,
  startApiStandIn,
  startMailSink,
} from './support/channel-stand-ins.js';
import {
  databasesUnderTest,
  demo,
  type Json,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';
import { signedContact } from './support/identity.js';

const t = `/api/v1/tenants/${demo.tenantId}`;
const hour = 3_600_000;

for (const database of databasesUnderTest()) {
  describe(`Contacts (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    let agent: string;
    before(async () => {
      server = await startTestServer(database);
      admin = await server.api.login(demo.admin.email, demo.admin.password);
      agent = await server.api.login(demo.agent1.email, demo.agent1.password);
    });
    after(() => server.cleanup());

    const csv = (text: string, token = admin) =>
      server.api.request('POST', `${t}/contacts/import`, {
        raw: text,
        contentType: 'text/csv',
        token,
      });

    it('imports a CSV all or nothing, with every bad row named', async () => {
      const defined = await server.api.put(
        `${t}/contact-attributes`,
        {
          attributes: [
            { key: 'plan', label: 'プラン', type: 'select', options: ['free', 'pro'] },
            { key: 'orders', label: 'Orders', type: 'number' },
            { key: 'birthday', label: 'Birthday', type: 'date' },
          ],
        },
        admin,
      );
      assert.equal(defined.status, 200, JSON.stringify(defined.body));
      const bad = await csv(
        'name,email,phone,externalId,plan,orders\n' +
          '山田 花子,hanako@example.jp,090-1234-5678,C-1,pro,3\n' +
          'Bob,not-an-email,12,C-2,gold,many\n' +
          'Carol,carol@example.com,,C-1,,\n',
      );
      assert.equal(bad.status, 200, JSON.stringify(bad.body));
      assert.equal(bad.body.imported, 0);
      assert.deepEqual(
        bad.body.errors.map((e: Json) => e.row),
        [3, 4],
      );
      assert.match(bad.body.errors[0].message, /email.*phone.*plan.*orders/s);
      assert.match(bad.body.errors[1].message, /also on row 2/);
      const none = await server.api.get(`${t}/contacts?q=hanako`, admin);
      assert.equal(none.body.contacts.length, 0, 'nothing of a bad file is stored');

      const unknown = await csv('name,shoe_size\nA,42\n');
      assert.equal(unknown.status, 400);
      assert.match(unknown.body.error.message, /Unknown column "shoe_size"/);

      const good = await csv(
        '\uFEFFname,email,phone,externalId,plan,orders,birthday\n' +
          '山田 花子,hanako@example.jp,090-1234-5678,C-1,pro,3,1990-04-01\n' +
          'Bob Smith,bob@example.com,+1 415 555 0100,C-2,free,0,\n',
      );
      assert.deepEqual(good.body, { imported: 2, updated: 0, errors: [] });
      const again = await csv('externalId,orders\nC-1,4\n');
      assert.deepEqual(again.body, { imported: 0, updated: 1, errors: [] });
      const found = await server.api.get(`${t}/contacts?q=C-1`, admin);
      assert.equal(found.body.contacts.length, 1);
      assert.equal(found.body.contacts[0].phone, '+819012345678');
      assert.deepEqual(found.body.contacts[0].attributes, {
        plan: 'pro',
        orders: 4,
        birthday: '1990-04-01',
      });
    });

    it('searches by name, email, phone as typed and external id, a page at a time', async () => {
      const byPhone = await server.api.get(
        `${t}/contacts?q=${encodeURIComponent('090-1234')}`,
        admin,
      );
      assert.deepEqual(
        byPhone.body.contacts.map((c: Json) => c.name),
        ['山田 花子'],
      );
      const byName = await server.api.get(`${t}/contacts?q=smith`, admin);
      assert.deepEqual(
        byName.body.contacts.map((c: Json) => c.email),
        ['bob@example.com'],
      );
      const first = await server.api.get(`${t}/contacts?limit=1`, admin);
      assert.equal(first.body.contacts.length, 1);
      assert.ok(first.body.nextCursor);
      const second = await server.api.get(
        `${t}/contacts?limit=1&cursor=${first.body.nextCursor}`,
        admin,
      );
      assert.notEqual(second.body.contacts[0].id, first.body.contacts[0].id);
      const wild = await server.api.get(`${t}/contacts?q=%25`, admin);
      assert.equal(wild.body.contacts.length, 0, '% is a character, not a wildcard');
    });

    it('edits a contact; bad input is a 400 that changes nothing', async () => {
      const [contact] = (await server.api.get(`${t}/contacts?q=C-2`, admin)).body.contacts;
      const url = `${t}/contacts/${contact.id}`;
      for (const body of [
        { phone: '123' },
        { attributes: { plan: 'gold' } },
        { attributes: { birthday: '1990-02-30' } },
        { attributes: { unknown: 'x' } },
        { email: 'nope' },
      ]) {
        const res = await server.api.put(url, body, admin);
        assert.equal(res.status, 400, JSON.stringify(body));
      }
      const asAgent = await server.api.put(url, { name: 'X' }, agent);
      assert.equal(asAgent.status, 403);
      const unchanged = await server.api.get(url, admin);
      assert.equal(unchanged.body.contact.name, 'Bob Smith');
      assert.equal(unchanged.body.contact.phone, '+14155550100');
      const edited = await server.api.put(
        url,
        { name: 'Robert Smith', phone: '03-1234-5678', attributes: { plan: 'pro', orders: null } },
        admin,
      );
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      assert.equal(edited.body.contact.phone, '+81312345678');
      assert.deepEqual(edited.body.contact.attributes, { plan: 'pro' });
      const taken = await server.api.put(url, { externalId: 'C-1' }, admin);
      assert.equal(taken.status, 409);
    });

    it('merges two contacts: conversations and identities move, and the audit log says so', async () => {
      const web = await startWidgetConversation(server.api, { language: 'ja' });
      await web.send('こんにちは');
      const conversation = await server.api.get(`${t}/conversations/${web.conversationId}`, admin);
      const anonymousId = conversation.body.conversation.contactId ?? conversation.body.contact?.id;
      assert.ok(anonymousId, JSON.stringify(conversation.body).slice(0, 300));
      const [hanako] = (await server.api.get(`${t}/contacts?q=C-1`, admin)).body.contacts;
      await server.api.put(`${t}/contacts/${anonymousId}`, { externalId: 'WEB-9' }, admin);
      const merged = await server.api.post(
        `${t}/contacts/${hanako.id}/merge`,
        { mergeContactId: anonymousId },
        admin,
      );
      assert.equal(merged.status, 200, JSON.stringify(merged.body));
      assert.equal(merged.body.moved.conversations, 1);
      const view = await server.api.get(`${t}/contacts/${hanako.id}`, admin);
      assert.deepEqual(
        view.body.conversations.map((c: Json) => c.id),
        [web.conversationId],
      );
      assert.equal((await server.api.get(`${t}/contacts/${anonymousId}`, admin)).status, 404);
      // The merged contact's signed external id still finds the survivor.
      const returning = await startWidgetConversation(server.api, {
        contact: await signedContact(server.api, admin, demo.tenantId, { externalId: 'WEB-9' }),
      });
      await returning.send('こんにちは');
      const after = await server.api.get(`${t}/contacts/${hanako.id}`, admin);
      assert.deepEqual(
        after.body.conversations.map((c: Json) => c.id).sort(),
        [web.conversationId, returning.conversationId].sort(),
      );
      const self = await server.api.post(
        `${t}/contacts/${hanako.id}/merge`,
        { mergeContactId: hanako.id },
        admin,
      );
      assert.equal(self.status, 400);
      const audit = await server.api.get(`${t}/audit`, admin);
      const entry = audit.body.entries.find((e: Json) => e.action === 'contact.merge');
      assert.ok(entry, 'the merge is in the audit log');
      assert.equal(entry.target, hanako.id);
    });

    it('masks email and phone in the list and the export for readers without pii.read', async () => {
      const plainList = await server.api.get(`${t}/contacts?q=hanako`, agent);
      assert.equal(plainList.body.contacts[0].email, 'hanako@example.jp');
      await server.api.put(`${t}/security`, { maskPiiForAgents: true }, admin);
      try {
        const list = await server.api.get(`${t}/contacts?q=hanako`, agent);
        assert.equal(list.status, 200);
        const [row] = list.body.contacts;
        assert.equal(row.email, 'h***@example.jp');
        assert.ok(!JSON.stringify(list.body).includes('9012345678'), JSON.stringify(row));
        const exported = await server.api.get(`${t}/contacts/export`, agent);
        assert.equal(exported.status, 200);
        assert.match(exported.headers.get('content-type') ?? '', /text\/csv/);
        const text = exported.body as string;
        assert.ok(text.includes('h***@example.jp'), text);
        assert.ok(!text.includes('hanako@example.jp') && !text.includes('9012345678'), text);
      } finally {
        await server.api.put(`${t}/security`, { maskPiiForAgents: false }, admin);
      }
      const full = await server.api.get(`${t}/contacts/export`, admin);
      const lines = (full.body as string).trim().split('\r\n');
      assert.equal(
        lines[0]?.replace(/^\uFEFF/, ''),
        'id,name,email,phone,externalId,createdAt,plan,orders,birthday',
      );
      assert.ok(lines.some((l) => l.includes('hanako@example.jp') && l.includes('+819012345678')));
    });
  });

  describe(`Callback requests (${database.name})`, () => {
    let server: TestServer;
    let admin: string;
    let agent1: string;
    let agent2: string;
    before(async () => {
      server = await startTestServer(database, { CHANNEL_API_HOSTS: '127.0.0.1' });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
      agent1 = await server.api.login(demo.agent1.email, demo.agent1.password);
      agent2 = await server.api.login(demo.agent2.email, demo.agent2.password);
    });
    after(() => server.cleanup());

    const ask = (chat: { conversationId: string; customerToken: string }, body: unknown) =>
      server.api.request(
        'POST',
        `/api/v1/widget/${demo.widgetKey}/conversations/${chat.conversationId}/callbacks`,
        { body, token: chat.customerToken },
      );

    it('the widget form books a callback; a bad phone or a past window is a 400 that stores nothing', async () => {
      const chat = await startWidgetConversation(server.api, { language: 'ja' });
      const start = new Date(Date.now() + hour).toISOString();
      const end = new Date(Date.now() + 3 * hour).toISOString();
      for (const body of [
        { phone: '12345', windowStart: start, windowEnd: end },
        {
          phone: '090-1111-2222',
          windowStart: new Date(Date.now() - 3 * hour).toISOString(),
          windowEnd: new Date(Date.now() - hour).toISOString(),
        },
        { phone: '090-1111-2222', windowStart: end, windowEnd: start },
        { phone: '090-1111-2222', windowStart: 'soon', windowEnd: end },
      ]) {
        const res = await ask(chat, body);
        assert.equal(res.status, 400, JSON.stringify(body));
      }
      const wrongToken = await ask(
        { conversationId: chat.conversationId, customerToken: 'not-the-token' },
        { phone: '090-1111-2222', windowStart: start, windowEnd: end },
      );
      assert.equal(wrongToken.status, 401);
      assert.equal((await server.api.get(`${t}/callbacks`, agent1)).body.callbacks.length, 0);

      const booked = await ask(chat, {
        phone: '０９０－１１１１－２２２２',
        windowStart: start,
        windowEnd: end,
        note: '請求書の件',
      });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
      assert.equal(booked.body.phone, '+819011112222');
      assert.equal(booked.body.status, 'open');
      const list = await server.api.get(`${t}/callbacks`, agent1);
      assert.equal(list.body.callbacks.length, 1);
      assert.equal(list.body.callbacks[0].conversationId, chat.conversationId);
    });

    it('operators claim (one wins), report no answer (back to the queue) and complete; the board counts them', async () => {
      const [callback] = (await server.api.get(`${t}/callbacks`, agent1)).body.callbacks;
      const url = `${t}/callbacks/${callback.id}`;
      const before = await server.api.get(`${t}/callbacks/summary`, admin);
      assert.equal(before.body.open, 1);
      const early = await server.api.post(`${url}/complete`, {}, agent1);
      assert.equal(early.status, 409, 'an unclaimed callback cannot be completed');
      const claims = await Promise.all([
        server.api.post(`${url}/claim`, {}, agent1),
        server.api.post(`${url}/claim`, {}, agent2),
      ]);
      assert.deepEqual(claims.map((c) => c.status).sort(), [200, 409]);
      const winner = claims[0]?.status === 200 ? agent1 : agent2;
      const loser = winner === agent1 ? agent2 : agent1;
      assert.equal((await server.api.post(`${url}/complete`, {}, loser)).status, 403);
      const mine = await server.api.get(`${t}/callbacks?mine=true`, winner);
      assert.equal(mine.body.callbacks.length, 1);
      assert.equal((await server.api.get(`${t}/callbacks/summary`, admin)).body.claimed, 1);

      const missed = await server.api.post(`${url}/no-answer`, {}, winner);
      assert.equal(missed.status, 200);
      assert.equal(missed.body.status, 'open');
      assert.equal(missed.body.attempts, 1);
      assert.equal(missed.body.assigneeId, null);
      await server.api.post(`${url}/claim`, {}, loser);
      const done = await server.api.post(`${url}/complete`, { note: '対応済み' }, loser);
      assert.equal(done.status, 200);
      assert.equal(done.body.status, 'completed');
      assert.equal(done.body.attempts, 2);
      const after = await server.api.get(`${t}/callbacks/summary`, admin);
      assert.deepEqual(
        { open: after.body.open, claimed: after.body.claimed, done: after.body.completedToday },
        { open: 0, claimed: 0, done: 1 },
      );
      const closed = await server.api.get(`${t}/callbacks?status=completed`, admin);
      assert.equal(closed.body.callbacks.length, 1);
      assert.equal((await server.api.get(`${t}/callbacks?status=bogus`, admin)).status, 400);
    });

    it('in chat, 「折り返し電話」 leads the bot to ask for the number and the window', async () => {
      const chat = await startWidgetConversation(server.api, { language: 'ja' });
      const first = await chat.send('折り返し電話をお願いします');
      assert.match(first.body.replies[0].text, /電話番号/);
      const badPhone = await chat.send('わかりません');
      assert.match(badPhone.body.replies[0].text, /読み取れません/);
      const phone = await chat.send('080-2222-3333');
      assert.match(phone.body.replies[0].text, /時間帯/);
      const window = await chat.send('明日 14時〜16時');
      assert.match(window.body.replies[0].text, /承りました/);
      const list = await server.api.get(`${t}/callbacks`, admin);
      const booked = list.body.callbacks.find(
        (c: Json) => c.conversationId === chat.conversationId,
      );
      assert.ok(booked, 'the callback is in the list');
      assert.equal(booked.phone, '+818022223333');
      assert.equal(booked.channel, 'web');
      assert.equal(Date.parse(booked.windowEnd) - Date.parse(booked.windowStart), 2 * hour);
      // Afterwards the bot answers as usual again.
      const next = await chat.send('送料はいくらですか？');
      assert.doesNotMatch(next.body.replies[0]?.text ?? '', /電話番号|時間帯/);
    });

    it('a contact’s export holds their callbacks, and erasing the contact removes them', async () => {
      const list = await server.api.get(`${t}/callbacks`, admin);
      const booked = list.body.callbacks.find((c: Json) => c.phone === '+818022223333');
      const exported = await server.api.get(`${t}/contacts/${booked.contactId}/export`, admin);
      assert.equal(exported.status, 200);
      assert.deepEqual(
        exported.body.callbacks.map((c: Json) => c.phone),
        ['+818022223333'],
      );
      const erased = await server.api.request('DELETE', `${t}/contacts/${booked.contactId}`, {
        token: admin,
      });
      assert.equal(erased.status, 200, JSON.stringify(erased.body));
      const remaining = await server.api.get(
        `${t}/callbacks?status=open,claimed,completed,no_answer`,
        admin,
      );
      assert.ok(!JSON.stringify(remaining.body).includes('+818022223333'));
    });

    it('on LINE, "call me back" books a callback through the same questions', async () => {
      const lineApi = await startApiStandIn();
      try {
        const channelSecret = 'line-secret-callbacks';
        const created = await server.api.post(
          `${t}/channels`,
          { type: 'line', channelSecret, channelAccessToken: 'tok', apiBase: lineApi.url },
          admin,
        );
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const path = new URL(created.body.webhookUrl).pathname;
        let n = 0;
        const say = async (text: string) => {
          n++;
          const body = JSON.stringify({
            destination: 'Ubot',
            events: [
              lineTextEvent({ eventId: `cb-${n}`, userId: 'Ucall', text, replyToken: `rt-${n}` }),
            ],
          });
          const res = await fetch(`${server.url}${path}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-line-signature': lineSignature(channelSecret, body),
            },
            body,
          });
          assert.equal(res.status, 200);
          const reply = await eventually(
            () => lineApi.calls.find((c) => c.body?.replyToken === `rt-${n}`),
            `the LINE reply ${n}`,
          );
          return reply.body.messages[0].text as string;
        };
        assert.match(await say('Please call me back'), /phone number/);
        assert.match(await say('090-5555-6666'), /When suits you/);
        assert.match(await say('tomorrow 10:00-12:00'), /Thank you/);
        const list = await server.api.get(`${t}/callbacks`, admin);
        const booked = list.body.callbacks.find((c: Json) => c.phone === '+819055556666');
        assert.ok(booked, JSON.stringify(list.body));
        assert.equal(booked.channel, 'line');
      } finally {
        await lineApi.close();
      }
    });
  });

  describe(`Callback requests by mail (${database.name})`, () => {
    let server: TestServer;
    let sink: Awaited<ReturnType<typeof startMailSink>>;
    const address = 'support@shop.test';
    before(async () => {
      sink = await startMailSink();
      server = await startTestServer(database, { SMTP_PORT: 'random', SMTP_URL: sink.url });
      const admin = await server.api.login(demo.admin.email, demo.admin.password);
      const created = await server.api.post(`${t}/channels`, { type: 'email', address }, admin);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      await server.api.post(`${t}/channels/${created.body.id}/verify`, { method: 'mail' }, admin);
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

    it('「折り返し電話」 by mail: the bot asks by mail, the replies book the callback', async () => {
      const customer = nodemailer.createTransport({
        host: '127.0.0.1',
        port: server.smtpPort as number,
        secure: false,
        ignoreTLS: true,
      });
      const from = 'hanako@example.jp';
      const replies = () => sink.mails.filter((m) => m.rcpt.includes(from));
      let previous = '<cb1@example.jp>';
      const write = async (text: string, n: number) => {
        const before = replies().length;
        await customer.sendMail({
          from,
          to: address,
          subject: n === 1 ? 'お願い' : 'Re: お願い',
          text,
          messageId: `<cb${n}@example.jp>`,
          ...(n > 1 ? { inReplyTo: previous, references: [previous] } : {}),
        });
        const reply = await eventually(() => replies()[before], `the bot's mail ${n}`);
        previous = String(reply.parsed.messageId);
        return reply.parsed.text ?? '';
      };
      assert.match(await write('折り返し電話をお願いします。', 1), /電話番号/);
      assert.match(await write('090-7777-8888', 2), /時間帯/);
      assert.match(await write('明日 14時〜16時', 3), /承りました/);
      const admin = await server.api.login(demo.admin.email, demo.admin.password);
      const list = await server.api.get(`${t}/callbacks`, admin);
      const booked = list.body.callbacks.find((c: Json) => c.phone === '+819077778888');
      assert.ok(booked, JSON.stringify(list.body));
      assert.equal(booked.channel, 'email');
    });
  });
}
