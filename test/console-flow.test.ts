import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import nodemailer from 'nodemailer';
import {
  eventually,
  lineSignature,
  lineTextEvent,
  startApiStandIn,
  startMailSink,
} from './support/channel-stand-ins.js';
import {
  connectSocket,
  databasesUnderTest,
  startTestServer,
  type TestServer,
} from './support/harness.js';
import { createWorkspace, waitFor } from './support/routing-workspace.js';

const HUMAN_EN = 'talk to a human';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const database of databasesUnderTest()) {
  describe(`console and flow (${database.name})`, () => {
    let server: TestServer;
    let sink: Awaited<ReturnType<typeof startMailSink>>;
    before(async () => {
      sink = await startMailSink();
      server = await startTestServer(database, {
        PRESENCE_GRACE_SECONDS: '2',
        SMTP_URL: sink.url,
        SMTP_PORT: 'random',
        CHANNEL_API_HOSTS: '127.0.0.1',
        // Channel addresses on the installation's own domain need no proof.
        MAIL_DOMAINS: 'shop.test',
      });
    });
    after(async () => {
      await server.cleanup();
      await sink.close();
    });

    test('a console reconnecting within the grace period keeps the agent online and their chats', async () => {
      const ws = await createWorkspace(server, [{ name: 'Reloads', languages: ['en'] }]);
      await server.api.put(`${ws.base}/routing/settings`, { awayGraceSeconds: 1 }, ws.adminToken);
      const users = await ws.get('/users');
      const email = users.body.users.find((u: { id: string }) => u.id === ws.agentIds[0]).email;
      const token = await server.api.login(email, 'routing-password-1');
      const first = await connectSocket(server.url, '/agent', { token });
      await server.api.put(`${ws.base}/agents/me/status`, { status: 'online' }, token);
      const chat = await ws.chat({ language: 'en' });
      await chat.send(HUMAN_EN);
      assert.equal((await ws.conversation(chat.conversationId)).assigneeId, ws.agentIds[0]);

      const statusOf = async () =>
        (await ws.get('/supervisor/overview')).body.agents.find(
          (a: { id: string }) => a.id === ws.agentIds[0],
        ).status as string;
      // A page reload: the old socket goes, a new one comes a moment later.
      first.close();
      await sleep(300);
      const second = await connectSocket(server.url, '/agent', { token });
      // Past the reconnect grace and the re-routing grace together.
      await sleep(3500);
      assert.equal(await statusOf(), 'online', 'a reload does not set the agent away');
      const kept = await ws.conversation(chat.conversationId);
      assert.equal(kept.assigneeId, ws.agentIds[0], 'the unanswered chat stays with the agent');
      assert.equal(kept.status, 'assigned');

      // Gone for good: away once the grace period is over, not before.
      second.close();
      await sleep(500);
      assert.equal(await statusOf(), 'online', 'not before the grace period');
      const away = await waitFor(statusOf, (s) => s === 'away', 5000);
      assert.equal(away, 'away');
    });

    test('with the Korean speaker full, a Korean handoff waits in the Korean queue until its overflow time', async () => {
      const ws = await createWorkspace(server, [
        { name: '김민지', languages: ['ko'], maxConcurrent: 1 },
        { name: 'English only', languages: ['en'], maxConcurrent: 5 },
      ]);
      const korean = await server.api.post(
        `${ws.base}/queues`,
        { name: '한국어', languages: ['ko'], overflowAfterSeconds: 2 },
        ws.adminToken,
      );
      assert.equal(korean.status, 201);
      await ws.setStatus(0, 'online');
      await ws.setStatus(1, 'online');
      const first = await ws.chat({ language: 'ko' });
      await first.send('상담원 연결해 주세요');
      assert.equal((await ws.conversation(first.conversationId)).assigneeId, ws.agentIds[0]);

      const second = await ws.chat({ language: 'ko' });
      await second.send('상담원 연결해 주세요');
      await server.services.routing.routeTenant(ws.tenantId);
      const waiting = await ws.conversation(second.conversationId);
      assert.equal(waiting.status, 'queued', 'waits for a Korean speaker');
      assert.equal(waiting.assigneeId, null, 'not given to an agent who reads no Korean');
      const details = await ws.get(`/conversations/${second.conversationId}/details`);
      assert.equal(details.body.queueId, korean.body.id);

      // Past the queue's overflow time (no overflow queue): anyone free may take it.
      await sleep(2100);
      await server.services.routing.sweepTenant(ws.tenantId);
      assert.equal((await ws.conversation(second.conversationId)).assigneeId, ws.agentIds[1]);
    });

    test('a Korean handoff goes to the Korean speaker once she has room', async () => {
      const ws = await createWorkspace(server, [
        { name: '김민지', languages: ['ko'], maxConcurrent: 1 },
        { name: 'English only', languages: ['en'], maxConcurrent: 5 },
      ]);
      await server.api.post(
        `${ws.base}/queues`,
        { name: '한국어', languages: ['ko'] },
        ws.adminToken,
      );
      await ws.setStatus(0, 'online');
      await ws.setStatus(1, 'online');
      const first = await ws.chat({ language: 'ko' });
      await first.send('상담원 연결해 주세요');
      const second = await ws.chat({ language: 'ko' });
      await second.send('상담원 연결해 주세요');
      assert.equal((await ws.conversation(second.conversationId)).status, 'queued');
      await server.api.post(
        `${ws.base}/conversations/${first.conversationId}/resolve`,
        {},
        ws.adminToken,
      );
      const taken = await waitFor(
        () => ws.conversation(second.conversationId),
        (c) => c.assigneeId !== null,
      );
      assert.equal(taken.assigneeId, ws.agentIds[0]);
    });

    test('skills route: a billing question goes to the billing queue and an agent with the skill first', async () => {
      const ws = await createWorkspace(server, [
        { name: 'Generalist', languages: ['en'], maxConcurrent: 5 },
        { name: 'Billing expert', languages: ['en'], skills: ['billing'], maxConcurrent: 2 },
      ]);
      const faq = await server.api.post(
        `${ws.base}/faqs`,
        {
          question: 'How do I get a refund for a double charge on my invoice?',
          answer: 'We refund double charges within 5 business days.',
          category: 'billing',
          language: 'en',
        },
        ws.adminToken,
      );
      assert.equal(faq.status, 201);
      const general = await server.api.post(
        `${ws.base}/queues`,
        { name: 'General', isDefault: true },
        ws.adminToken,
      );
      const billing = await server.api.post(
        `${ws.base}/queues`,
        { name: 'Billing desk', skills: ['billing'] },
        ws.adminToken,
      );
      await ws.setStatus(0, 'online');
      await ws.setStatus(1, 'online');

      const chat = await ws.chat({ language: 'en' });
      await chat.send('I was charged twice on my invoice and want a refund for the double charge');
      await chat.send(HUMAN_EN);
      const details = await ws.get(`/conversations/${chat.conversationId}/details`);
      assert.equal(details.body.queueId, billing.body.id, 'the queue whose skill it needs');
      assert.equal((await ws.conversation(chat.conversationId)).assigneeId, ws.agentIds[1]);

      // Not about billing: the default queue, the least loaded agent.
      const other = await ws.chat({ language: 'en' });
      await other.send(HUMAN_EN);
      const otherDetails = await ws.get(`/conversations/${other.conversationId}/details`);
      assert.equal(otherDetails.body.queueId, general.body.id);
      assert.equal((await ws.conversation(other.conversationId)).assigneeId, ws.agentIds[0]);
    });

    test('after hours the bot says when a person will answer, in the customer’s language, and queues', async () => {
      const ws = await createWorkspace(server, [{ name: 'Day shift', languages: ['ja', 'en'] }]);
      const today = new Date().toISOString().slice(0, 10);
      const tomorrow = new Date(Date.now() + 86_400_000);
      const dayShift = [{ open: '09:00', close: '17:00' }];
      const everyDay = Object.fromEntries(
        ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, dayShift]),
      );
      const saved = await server.api.put(
        `${ws.base}/routing/settings`,
        { timeZone: 'UTC', businessHours: everyDay, holidays: [today] },
        ws.adminToken,
      );
      assert.equal(saved.status, 200);

      const ja = await ws.chat({ language: 'ja' });
      const asked = await ja.send('人と話したい');
      assert.equal(asked.status, 200);
      const jaReply = asked.body.replies.map((r: { text: string }) => r.text).join('\n');
      assert.doesNotMatch(jaReply, /おつなぎします/);
      assert.match(jaReply, /営業時間外/);
      assert.ok(
        jaReply.includes(`${tomorrow.getUTCMonth() + 1}月${tomorrow.getUTCDate()}日`) &&
          jaReply.includes('9:00'),
        `the next opening, in Japanese: ${jaReply}`,
      );
      assert.equal((await ws.conversation(ja.conversationId)).status, 'queued');

      const en = await ws.chat({ language: 'en' });
      // Two misses in a row hand over too: the same promise, in English.
      await en.send('zxqv wplm');
      const missed = await en.send('qqqq brrrt');
      const enReply = missed.body.replies.map((r: { text: string }) => r.text).join('\n');
      assert.doesNotMatch(enReply, /connecting you/i);
      assert.match(enReply, /closed/);
      assert.match(enReply, /9:00/);
      assert.equal((await ws.conversation(en.conversationId)).status, 'queued');

      // During hours the bot still connects at once.
      await server.api.put(
        `${ws.base}/routing/settings`,
        { businessHours: null, holidays: [] },
        ws.adminToken,
      );
      const open = await ws.chat({ language: 'ja' });
      const now = await open.send('人と話したい');
      assert.match(now.body.replies[0].text, /おつなぎします/);
    });

    test('a form inquiry is queued for a person with its fields on the card; the bot only acknowledges', async () => {
      const ws = await createWorkspace(server, [{ name: 'Mail desk', languages: ['ja'] }]);
      await server.api.post(
        `${ws.base}/faqs`,
        {
          question: '送料はいくらですか',
          answer: '送料は全国一律550円です。',
          category: 'shipping',
          language: 'ja',
        },
        ws.adminToken,
      );
      // A form's inquiry goes on once its address is confirmed from the link mailed to it.
      const submit = async (body: Record<string, string>) => {
        const res = await server.api.post(`/api/v1/widget/${ws.widgetKey}/form`, body);
        const mail = await eventually(
          () => sink.mails.find((m) => m.rcpt.includes(body.email as string)),
          'the confirmation link',
        );
        const token = /confirm\/form\?token=([^&\s]+)/.exec(mail.parsed.text ?? '')?.[1];
        assert.ok(token, 'a confirmation link');
        sink.mails.splice(sink.mails.indexOf(mail), 1);
        const confirmed = await server.api.post('/api/v1/forms/confirm', {
          token: decodeURIComponent(token),
        });
        assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
        return res;
      };
      const unknown = await submit({
        name: '佐々木花子',
        email: 'hanako.form@example.jp',
        subject: '法人契約について',
        text: '来月から法人として契約を切り替えたいのですが、手続きを相談させてください。',
        language: 'ja',
      });
      assert.equal(unknown.status, 201, JSON.stringify(unknown.body));
      const detail = await ws.get(`/conversations/${unknown.body.conversationId}`);
      assert.equal(detail.body.conversation.status, 'queued', 'waits for a person');
      assert.equal(detail.body.handoff.reason, 'form');
      assert.deepEqual(detail.body.handoff.form, {
        name: '佐々木花子',
        email: 'hanako.form@example.jp',
        subject: '法人契約について',
      });
      const ack = await eventually(
        () => sink.mails.find((m) => m.rcpt.includes('hanako.form@example.jp')),
        'the acknowledgement by mail',
      );
      const ackText = ack.parsed.text ?? '';
      assert.match(ackText, /受け付けました/);
      assert.doesNotMatch(ackText, /見つかりませんでした|おつなぎします/);

      // A question the FAQ answers: the answer comes with the acknowledgement, still queued.
      const known = await submit({
        name: 'Taro',
        email: 'taro.form@example.jp',
        text: '送料はいくらですか？',
        language: 'ja',
      });
      const knownDetail = await ws.get(`/conversations/${known.body.conversationId}`);
      assert.equal(knownDetail.body.conversation.status, 'queued');
      const answered = await eventually(
        () => sink.mails.find((m) => m.rcpt.includes('taro.form@example.jp')),
        'the answer by mail',
      );
      assert.match(answered.parsed.text ?? '', /受け付けました[\s\S]*550円/);

      // An operator coming online takes it.
      await ws.setStatus(0, 'online');
      assert.equal((await ws.conversation(unknown.body.conversationId)).assigneeId, ws.agentIds[0]);
    });

    test('the wrap-up draft labels its facts in the console’s language, else the conversation’s', async () => {
      const ws = await createWorkspace(server, [{ name: 'A', languages: ['ja'] }]);
      await ws.setStatus(0, 'online');
      const chat = await ws.chat({ language: 'ja' });
      await chat.send('注文番号 A-10293 の件で人と話したい');
      const url = `/conversations/${chat.conversationId}/wrap-up-draft`;
      const ja = await ws.get(url);
      assert.equal(ja.status, 200);
      assert.match(ja.body.summary, /注文番号：A-10293/);
      assert.doesNotMatch(ja.body.summary, /order_number/);
      const en = await ws.get(`${url}?language=en`);
      assert.match(en.body.summary, /Order number: A-10293/);
      const bad = await ws.get(`${url}?language=xx`);
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, 'validation_failed');
    });

    test('a returning mail customer is the same contact; a form typed with their address joins nobody', async () => {
      const ws = await createWorkspace(server, []);
      const address = `${ws.tenantId}-support@shop.test`.toLowerCase();
      const channel = await server.api.post(
        `${ws.base}/channels`,
        { type: 'email', address },
        ws.adminToken,
      );
      assert.equal(channel.status, 201, JSON.stringify(channel.body));
      const mail = nodemailer.createTransport({
        host: '127.0.0.1',
        port: server.smtpPort as number,
        secure: false,
        ignoreTLS: true,
      });
      const contactOf = async (conversationId: string) =>
        (await ws.get(`/conversations/${conversationId}/details`)).body.contact as {
          id: string;
          email: string | null;
        };
      const emailConversations = async () =>
        ((await ws.get('/conversations')).body.conversations as { id: string; channel: string }[])
          .filter((c) => c.channel === 'email')
          .map((c) => c.id);

      await mail.sendMail({
        from: 'Sato Ichiro <Ichiro.Sato@example.jp>',
        to: address,
        subject: '返品について',
        text: '返品の方法を教えてください。',
        messageId: `<first-${ws.tenantId}@example.jp>`,
      });
      const [first] = await eventually(async () => {
        const ids = await emailConversations();
        return ids.length === 1 && ids;
      }, 'the first mail’s conversation');
      // A new mail, not a reply, weeks later: a new conversation, the same customer.
      await mail.sendMail({
        from: 'ichiro.sato@example.jp',
        to: address,
        subject: '別件です',
        text: '領収書は発行できますか？',
        messageId: `<second-${ws.tenantId}@example.jp>`,
      });
      const ids = await eventually(async () => {
        const all = await emailConversations();
        return all.length === 2 && all;
      }, 'the second mail’s conversation');
      const second = ids.find((id) => id !== first) as string;
      const owner = await contactOf(first as string);
      assert.equal(owner.email, 'ichiro.sato@example.jp');
      assert.equal((await contactOf(second)).id, owner.id, 'the same contact');

      const form = await server.api.post(`/api/v1/widget/${ws.widgetKey}/form`, {
        name: 'Sato Ichiro',
        email: 'ichiro.sato@example.jp',
        text: '注文履歴を全部送ってください',
      });
      assert.equal(form.status, 201);
      const formContact = await contactOf(form.body.conversationId);
      assert.notEqual(formContact.id, owner.id, 'an unconfirmed form address joins nobody');
      const panel = await ws.get(`/conversations/${form.body.conversationId}/details`);
      assert.deepEqual(panel.body.pastConversations, [], 'no one else’s history beside it');
    });

    test('after hours a chat whose agent left goes back to the queue without promising another operator', async () => {
      const ws = await createWorkspace(server, [{ name: 'Late shift', languages: ['ja'] }]);
      const today = new Date().toISOString().slice(0, 10);
      const dayShift = [{ open: '09:00', close: '17:00' }];
      const everyDay = Object.fromEntries(
        ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, dayShift]),
      );
      await server.api.put(
        `${ws.base}/routing/settings`,
        { timeZone: 'UTC', businessHours: everyDay, holidays: [today], awayGraceSeconds: 1 },
        ws.adminToken,
      );
      await ws.setStatus(0, 'online');
      const chat = await ws.chat({ language: 'ja' });
      await chat.send('人と話したい');
      assert.equal((await ws.conversation(chat.conversationId)).assigneeId, ws.agentIds[0]);
      await ws.setStatus(0, 'away');
      await sleep(1100);
      await server.services.routing.sweepTenant(ws.tenantId);
      assert.equal((await ws.conversation(chat.conversationId)).status, 'queued');
      const last = (await chat.history()).body.messages.at(-1).text as string;
      assert.match(last, /営業時間外/);
      assert.doesNotMatch(last, /おつなぎ/);
    });

    test('after hours on LINE and email too: the reply says when, never that an operator is connecting', async () => {
      const ws = await createWorkspace(server, []);
      const today = new Date().toISOString().slice(0, 10);
      const dayShift = [{ open: '09:00', close: '17:00' }];
      const everyDay = Object.fromEntries(
        ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, dayShift]),
      );
      await server.api.put(
        `${ws.base}/routing/settings`,
        { timeZone: 'Asia/Tokyo', businessHours: everyDay, holidays: [today] },
        ws.adminToken,
      );
      const lineApi = await startApiStandIn();
      try {
        const secret = 'line-secret-after-hours';
        const line = await server.api.post(
          `${ws.base}/channels`,
          {
            type: 'line',
            channelSecret: secret,
            channelAccessToken: 'token',
            apiBase: lineApi.url,
          },
          ws.adminToken,
        );
        assert.equal(line.status, 201, JSON.stringify(line.body));
        const body = JSON.stringify({
          destination: 'Ubot',
          events: [
            lineTextEvent({
              eventId: `late-${ws.tenantId}`,
              userId: 'Ulate',
              text: '人と話したい',
            }),
          ],
        });
        const posted = await fetch(`${server.url}${new URL(line.body.webhookUrl).pathname}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-line-signature': lineSignature(secret, body),
          },
          body,
        });
        assert.equal(posted.status, 200);
        const sent = await eventually(() => lineApi.calls[0], 'the reply to LINE');
        const text = JSON.stringify(sent.body);
        assert.match(text, /営業時間外/);
        assert.doesNotMatch(text, /おつなぎします/);

        const address = `${ws.tenantId}-late@shop.test`.toLowerCase();
        await server.api.post(`${ws.base}/channels`, { type: 'email', address }, ws.adminToken);
        await nodemailer
          .createTransport({
            host: '127.0.0.1',
            port: server.smtpPort as number,
            secure: false,
            ignoreTLS: true,
          })
          .sendMail({
            from: 'late.customer@example.jp',
            to: address,
            subject: '至急',
            text: 'オペレーターをお願いします',
          });
        const reply = await eventually(
          () => sink.mails.find((m) => m.rcpt.includes('late.customer@example.jp')),
          'the reply by mail',
        );
        assert.match(reply.parsed.text ?? '', /営業時間外/);
        assert.doesNotMatch(reply.parsed.text ?? '', /おつなぎします/);
      } finally {
        await lineApi.close();
      }
    });
  });
}
