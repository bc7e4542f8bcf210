import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  eventually,
  lineSignature,
  lineTextEvent,
  startApiStandIn,
} from './support/channel-stand-ins.js';
import {
  databasesUnderTest,
  demo,
  type Json,
  startTestServer,
  type TestServer,
} from './support/harness.js';

const channelSecret = 'line-channel-secret-for-tests';

for (const database of databasesUnderTest()) {
  describe(`LINE and Telegram channels (${database.name})`, () => {
    let server: TestServer;
    let lineApi: Awaited<ReturnType<typeof startApiStandIn>>;
    let admin: string;
    let agent: string;
    let lineWebhook: string;

    before(async () => {
      server = await startTestServer(database, { CHANNEL_API_HOSTS: '127.0.0.1' });
      lineApi = await startApiStandIn();
      admin = await server.api.login(demo.admin.email, demo.admin.password);
      agent = await server.api.login(demo.agent1.email, demo.agent1.password);
      const created = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        {
          type: 'line',
          channelSecret,
          channelAccessToken: 'line-access-token',
          apiBase: lineApi.url,
        },
        admin,
      );
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.type, 'line');
      assert.match(created.body.webhookUrl, /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/channels\/ch_/);
      lineWebhook = new URL(created.body.webhookUrl).pathname;
    });
    after(async () => {
      await server.cleanup();
      await lineApi.close();
    });

    const postLine = (events: unknown[], signature?: string) => {
      const body = JSON.stringify({ destination: 'Ubot', events });
      return fetch(`${server.url}${lineWebhook}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-line-signature': signature ?? lineSignature(channelSecret, body),
        },
        body,
      });
    };

    const lineConversations = async () => {
      const res = await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations`, admin);
      return (res.body.conversations as Json[]).filter((c) => c.channel === 'line');
    };

    test('secrets are never returned by the API', async () => {
      const res = await server.api.get(`/api/v1/tenants/${demo.tenantId}/channels`, admin);
      assert.equal(res.status, 200);
      const text = JSON.stringify(res.body);
      assert.ok(!text.includes(channelSecret) && !text.includes('line-access-token'));
      assert.equal(res.body.channels[0].webhookUrl.endsWith(lineWebhook), true);
      const asAgent = await server.api.get(`/api/v1/tenants/${demo.tenantId}/channels`, agent);
      assert.equal(asAgent.status, 403);
    });

    test('a forged signature gets 401 and stores nothing', async () => {
      const event = lineTextEvent({ eventId: 'forged-1', userId: 'Uforged', text: '送料は？' });
      const res = await postLine(
        [event],
        lineSignature('not-the-secret', JSON.stringify({ events: [event] })),
      );
      assert.equal(res.status, 401);
      assert.equal(((await res.json()) as Json).error.code, 'unauthorized');
      const missing = await fetch(`${server.url}${lineWebhook}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events: [event] }),
      });
      assert.equal(missing.status, 401);
      assert.equal((await lineConversations()).length, 0);
    });

    test('a text message is answered by the bot through the reply API, with quick replies', async () => {
      const res = await postLine([
        lineTextEvent({
          eventId: 'ev-1',
          userId: 'U1',
          text: '送料はいくらですか？',
          replyToken: 'reply-token-1',
        }),
      ]);
      assert.equal(res.status, 200);
      const reply = await eventually(
        () => lineApi.calls.find((c) => c.path === '/v2/bot/message/reply'),
        'the LINE reply',
      );
      assert.equal(reply.headers.authorization, 'Bearer line-access-token');
      assert.equal(reply.body.replyToken, 'reply-token-1');
      assert.equal(reply.body.messages[0].type, 'text');
      assert.ok(reply.body.messages[0].text.length > 0);
      const [conversation] = await lineConversations();
      assert.ok(conversation, 'a LINE conversation was opened');
      const detail = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/conversations/${conversation.id}`,
        admin,
      );
      const authors = detail.body.messages.map((m: Json) => m.author);
      assert.deepEqual(authors.slice(0, 2), ['customer', 'bot']);
      assert.equal(detail.body.messages[0].text, '送料はいくらですか？');

      // Something the bot cannot answer offers buttons: they become LINE quick replies.
      await postLine([lineTextEvent({ eventId: 'ev-2', userId: 'U1', text: 'zzqx blorf wibble' })]);
      const withButtons = await eventually(
        () => lineApi.calls.find((c) => c.body?.replyToken === 'rt-ev-2'),
        'the second reply',
      );
      const items = withButtons.body.messages[0].quickReply?.items ?? [];
      assert.ok(items.length > 0, 'quick replies offered');
      assert.equal(items[0].action.type, 'message');
      assert.ok([...items[0].action.label].length <= 20);
    });

    test('a redelivered event creates nothing new and sends nothing twice', async () => {
      const before = lineApi.calls.length;
      const event = lineTextEvent({ eventId: 'ev-3', userId: 'U1', text: 'ありがとう' });
      assert.equal((await postLine([event])).status, 200);
      const [conversation] = await lineConversations();
      const count = async () =>
        (
          await server.api.get(
            `/api/v1/tenants/${demo.tenantId}/conversations/${conversation.id}`,
            admin,
          )
        ).body.messages.length as number;
      const afterFirst = await eventually(async () => {
        const n = await count();
        return lineApi.calls.length > before ? n : undefined;
      }, 'the answer to the first delivery');
      const redelivered = { ...event, deliveryContext: { isRedelivery: true } };
      assert.equal((await postLine([redelivered])).status, 200);
      assert.equal((await postLine([redelivered])).status, 200);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await count(), afterFirst);
      assert.equal(lineApi.calls.length, before + 1);
    });

    test("one user's events are stored in order while several users' run side by side", async () => {
      const texts = (user: string) => [1, 2, 3].map((n) => `${user} の質問 ${n}`);
      const events = [0, 1, 2].flatMap((n) =>
        ['Uorder-a', 'Uorder-b'].map((user) =>
          lineTextEvent({
            eventId: `order-${user}-${n}`,
            userId: user,
            text: texts(user)[n] ?? '',
          }),
        ),
      );
      assert.equal((await postLine(events)).status, 200);
      for (const user of ['Uorder-a', 'Uorder-b']) {
        const customerTexts = await eventually(async () => {
          for (const c of await lineConversations()) {
            const detail = await server.api.get(
              `/api/v1/tenants/${demo.tenantId}/conversations/${c.id}`,
              admin,
            );
            const said = (detail.body.messages as Json[])
              .filter((m) => m.author === 'customer')
              .map((m) => m.text as string);
            if (said[0]?.startsWith(user) && said.length === 3) return said;
          }
          return undefined;
        }, `the three messages of ${user}`);
        assert.deepEqual(customerTexts, texts(user));
      }
    });

    test('handoff and an agent reply: pushed once the reply token is used', async () => {
      await postLine([lineTextEvent({ eventId: 'ev-4', userId: 'U1', text: '人と話したい' })]);
      const [conversation] = await lineConversations();
      await eventually(async () => {
        const detail = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations/${conversation.id}`,
          admin,
        );
        return detail.body.conversation.status === 'queued';
      }, 'the handoff');
      const sent = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/conversations/${conversation.id}/messages`,
        { text: '担当の佐藤です。ご用件を伺います。' },
        agent,
      );
      assert.ok(sent.status === 200 || sent.status === 201, JSON.stringify(sent.body));
      const push = await eventually(
        () =>
          lineApi.calls.find(
            (c) =>
              c.path === '/v2/bot/message/push' &&
              c.body.messages.some((m: Json) => m.text.includes('佐藤')),
          ),
        'the pushed agent reply',
      );
      assert.equal(push.body.to, 'U1');
      assert.match(String(push.headers['x-line-retry-key']), /^[0-9a-f-]{36}$/);
    });

    test('resolving asks for a rating by quick reply; the tap is the conversation’s CSAT', async () => {
      const [conversation] = await lineConversations();
      const base = `/api/v1/tenants/${demo.tenantId}`;
      const resolved = await server.api.post(
        `${base}/conversations/${conversation.id}/resolve`,
        {},
        admin,
      );
      assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
      const ask = await eventually(
        () =>
          lineApi.calls.find(
            (c) =>
              c.path === '/v2/bot/message/push' &&
              c.body.messages.some(
                (m: Json) => m.quickReply?.items?.[0]?.action?.type === 'postback',
              ),
          ),
        'the rating request',
      );
      assert.equal(ask.body.to, 'U1');
      const items = ask.body.messages[0].quickReply.items as Json[];
      assert.deepEqual(
        items.map((i) => i.action.label),
        ['★', '★★', '★★★', '★★★★', '★★★★★'],
      );
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
      const csat = async () => {
        await server.services.analytics.flush();
        const from = new Date(Date.now() - 3_600_000).toISOString();
        const to = new Date(Date.now() + 60_000).toISOString();
        const res = await server.api.get(
          `${base}/analytics/summary?from=${from}&to=${to}&channel=line`,
          admin,
        );
        assert.equal(res.status, 200, JSON.stringify(res.body));
        return res.body.csat;
      };
      assert.equal(await csat(), null);
      // Another user replaying U1's postback data rates nothing.
      const fourStars = items[3].action.data as string;
      assert.equal((await postLine([postback('pb-other', 'U2', fourStars)])).status, 200);
      assert.equal((await postLine([postback('pb-1', 'U1', fourStars)])).status, 200);
      await eventually(async () => (await csat())?.count === 1, 'the recorded score');
      assert.deepEqual(await csat(), { count: 1, average: 4 });
      // LINE redelivering the same event changes nothing; a later tap replaces the score.
      await postLine([postback('pb-1', 'U1', fourStars)]);
      await postLine([postback('pb-2', 'U1', items[1].action.data as string)]);
      await eventually(async () => (await csat())?.average === 2, 'the replaced score');
      assert.deepEqual(await csat(), { count: 1, average: 2 });
      // The tap is not a customer message: the conversation stays resolved.
      const detail = await server.api.get(`${base}/conversations/${conversation.id}`, admin);
      assert.equal(detail.body.conversation.status, 'resolved');
    });

    test('apiBase may only name an allowed host; agents cannot manage channels', async () => {
      const before = await server.api.get(`/api/v1/tenants/${demo.tenantId}/channels`, admin);
      const internal = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        {
          type: 'line',
          channelSecret: 'other-secret',
          channelAccessToken: 'other-token',
          apiBase: 'http://169.254.169.254/latest',
        },
        admin,
      );
      assert.equal(internal.status, 400);
      assert.match(internal.body.error.message, /169\.254\.169\.254/);
      const byAgent = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'line', channelSecret: 'x', channelAccessToken: 'y' },
        agent,
      );
      assert.equal(byAgent.status, 403);
      const after = await server.api.get(`/api/v1/tenants/${demo.tenantId}/channels`, admin);
      assert.deepEqual(after.body, before.body, 'nothing was created');
    });

    test('bad JSON with a valid signature is a 400, not a 5xx; unknown channels are 404', async () => {
      const body = '{"events": [';
      const res = await fetch(`${server.url}${lineWebhook}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-line-signature': lineSignature(channelSecret, body),
        },
        body,
      });
      assert.equal(res.status, 400);
      const unknown = await fetch(`${server.url}/api/v1/channels/ch_nope/line/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      assert.equal(unknown.status, 404);
    });

    test('Telegram: secret token checked, updates deduped, bot answers with an inline keyboard', async () => {
      const telegramApi = await startApiStandIn();
      try {
        const created = await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/channels`,
          {
            type: 'telegram',
            botToken: '123456:ABCdefGhIJKlmNoPQRstuVWXyz012345',
            apiBase: telegramApi.url,
          },
          admin,
        );
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const secretToken = created.body.secretToken as string;
        assert.ok(secretToken, 'a generated secret token is shown once');
        const listed = await server.api.get(`/api/v1/tenants/${demo.tenantId}/channels`, admin);
        assert.ok(!JSON.stringify(listed.body).includes(secretToken));
        const webhook = new URL(created.body.webhookUrl).pathname;
        const update = (id: number, text: string) => ({
          update_id: id,
          message: {
            message_id: id,
            from: { id: 42, is_bot: false, first_name: 'Hanako', language_code: 'ja' },
            chat: { id: 42, type: 'private' },
            date: 1700000000,
            text,
          },
        });
        const post = (body: unknown, token?: string) =>
          fetch(`${server.url}${webhook}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(token ? { 'x-telegram-bot-api-secret-token': token } : {}),
            },
            body: JSON.stringify(body),
          });
        assert.equal((await post(update(1, 'hello'), 'wrong')).status, 401);
        assert.equal((await post(update(1, 'hello'))).status, 401);
        assert.equal((await post(update(2, 'zzqx blorf wibble'), secretToken)).status, 200);
        assert.equal((await post(update(2, 'zzqx blorf wibble'), secretToken)).status, 200);
        const sent = await eventually(
          () => telegramApi.calls.find((c) => c.path.endsWith('/sendMessage')),
          'the Telegram answer',
        );
        assert.equal(sent.path, '/bot123456:ABCdefGhIJKlmNoPQRstuVWXyz012345/sendMessage');
        assert.equal(sent.body.chat_id, '42');
        assert.ok(sent.body.reply_markup.inline_keyboard.length > 0);
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(telegramApi.calls.length, 1, 'the redelivered update was not answered again');
        // Pressing a button arrives as a callback query and is handled as the customer's words.
        const button = sent.body.reply_markup.inline_keyboard[0][0];
        const pressed = await post(
          {
            update_id: 3,
            callback_query: {
              id: 'cb1',
              from: { id: 42, is_bot: false, first_name: 'Hanako' },
              message: { message_id: 9, chat: { id: 42, type: 'private' } },
              data: button.callback_data,
            },
          },
          secretToken,
        );
        assert.equal(pressed.status, 200);
        const conversations = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations`,
          admin,
        );
        const telegram = (conversations.body.conversations as Json[]).filter(
          (c) => c.channel === 'telegram',
        );
        assert.equal(telegram.length, 1);
        const detail = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations/${telegram[0].id}`,
          admin,
        );
        const customerTexts = detail.body.messages
          .filter((m: Json) => m.author === 'customer')
          .map((m: Json) => m.text);
        assert.equal(customerTexts.length, 2);
        assert.ok(customerTexts[1].length > 0 && !customerTexts[1].startsWith('b:'));
      } finally {
        await telegramApi.close();
      }
    });

    test('a flow with buttons: LINE quick replies and postbacks, Telegram inline keyboards', async () => {
      const saved = await server.api.put(
        `/api/v1/tenants/${demo.tenantId}/flows/sizes`,
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
                { label: 'Lサイズ（ゆったりめのシルエット・丈長め・ワイド）', next: 'large' },
              ],
            },
            { id: 'small', type: 'end', text: 'Sサイズは在庫があります。' },
            { id: 'large', type: 'end', text: 'Lサイズは来週入荷します。' },
          ],
        },
        admin,
      );
      assert.equal(saved.status, 200, JSON.stringify(saved.body));

      // LINE: the flow's buttons arrive as quick replies in the Messaging API's format.
      await postLine([
        lineTextEvent({ eventId: 'flow-1', userId: 'Uflow', text: 'サイズ相談したい' }),
      ]);
      const asked = await eventually(
        () => lineApi.calls.find((c) => c.body?.replyToken === 'rt-flow-1'),
        'the flow question on LINE',
      );
      const message = asked.body.messages[0];
      assert.equal(message.text, 'どのサイズをお探しですか？');
      assert.deepEqual(
        message.quickReply.items.map((i: Json) => [i.type, i.action.type, i.action.label]),
        [
          ['action', 'message', 'Sサイズ'],
          // LINE labels hold 20 characters; the text sent keeps the whole label.
          ['action', 'message', 'Lサイズ（ゆったりめのシルエット・丈長め'],
        ],
      );
      assert.equal(
        message.quickReply.items[1].action.text,
        'Lサイズ（ゆったりめのシルエット・丈長め・ワイド）',
      );
      // A postback of the second button (as LINE sends it for a postback action) picks it.
      await postLine([
        {
          type: 'postback',
          mode: 'active',
          timestamp: Date.now(),
          source: { type: 'user', userId: 'Uflow' },
          webhookEventId: 'flow-2',
          deliveryContext: { isRedelivery: false },
          replyToken: 'rt-flow-2',
          postback: { data: 'b:1' },
        },
      ]);
      const answered = await eventually(
        () => lineApi.calls.find((c) => c.body?.replyToken === 'rt-flow-2'),
        'the flow answer on LINE',
      );
      assert.equal(answered.body.messages[0].text, 'Lサイズは来週入荷します。');

      // Telegram: the same buttons are an inline keyboard; a press is answered and picks.
      const telegramApi = await startApiStandIn();
      try {
        const created = await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/channels`,
          {
            type: 'telegram',
            botToken: '654321:flowsBotTokenForTests0123456789',
            apiBase: telegramApi.url,
          },
          admin,
        );
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const post = (body: unknown) =>
          fetch(`${server.url}${new URL(created.body.webhookUrl).pathname}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-telegram-bot-api-secret-token': created.body.secretToken,
            },
            body: JSON.stringify(body),
          });
        const from = { id: 77, is_bot: false, first_name: 'Taro', language_code: 'ja' };
        const chat = { id: 77, type: 'private' };
        await post({
          update_id: 100,
          message: { message_id: 1, from, chat, date: 1700000000, text: 'サイズ相談です' },
        });
        const sent = await eventually(
          () => telegramApi.calls.find((c) => c.path.endsWith('/sendMessage')),
          'the flow question on Telegram',
        );
        assert.equal(sent.body.text, 'どのサイズをお探しですか？');
        const keyboard = sent.body.reply_markup.inline_keyboard as Json[][];
        assert.deepEqual(
          keyboard.map((row) => row[0]?.text),
          ['Sサイズ', 'Lサイズ（ゆったりめのシルエット・丈長め・ワイド）'],
        );
        // The long label does not fit callback_data's 64 bytes: it is sent by index.
        assert.equal(keyboard[1]?.[0]?.callback_data, 'b:1');
        await post({
          update_id: 101,
          callback_query: {
            id: 'cb-flow',
            from,
            message: { message_id: 2, chat },
            data: keyboard[1]?.[0]?.callback_data,
          },
        });
        const answeredQuery = await eventually(
          () => telegramApi.calls.find((c) => c.path.endsWith('/answerCallbackQuery')),
          'the answered callback query',
        );
        assert.equal(answeredQuery.body.callback_query_id, 'cb-flow');
        const reply = await eventually(
          () => telegramApi.calls.filter((c) => c.path.endsWith('/sendMessage'))[1] ?? undefined,
          'the flow answer on Telegram',
        );
        assert.equal(reply.body.text, 'Lサイズは来週入荷します。');
      } finally {
        await telegramApi.close();
        await server.api.request('DELETE', `/api/v1/tenants/${demo.tenantId}/flows/sizes`, {
          token: admin,
        });
      }
    });

    test('Telegram: resolving asks for a rating by inline keyboard; the press is the CSAT', async () => {
      const telegramApi = await startApiStandIn();
      const base = `/api/v1/tenants/${demo.tenantId}`;
      try {
        const created = await server.api.post(
          `${base}/channels`,
          {
            type: 'telegram',
            botToken: '777777:ratingBotTokenForTests0123456789',
            apiBase: telegramApi.url,
          },
          admin,
        );
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const post = (body: unknown) =>
          fetch(`${server.url}${new URL(created.body.webhookUrl).pathname}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-telegram-bot-api-secret-token': created.body.secretToken,
            },
            body: JSON.stringify(body),
          });
        const from = { id: 88, is_bot: false, first_name: 'Jiro', language_code: 'en' };
        await post({
          update_id: 500,
          message: { message_id: 1, from, chat: { id: 88, type: 'private' }, date: 1, text: 'hi' },
        });
        const conversation = await eventually(async () => {
          const list = await server.api.get(`${base}/conversations`, admin);
          return (list.body.conversations as Json[]).find(
            (c) => c.channel === 'telegram' && c.contactName === 'Jiro',
          );
        }, 'the Telegram conversation');
        const resolved = await server.api.post(
          `${base}/conversations/${conversation.id}/resolve`,
          {},
          admin,
        );
        assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
        const ask = await eventually(
          () =>
            telegramApi.calls.find(
              (c) =>
                c.path.endsWith('/sendMessage') &&
                c.body.reply_markup?.inline_keyboard?.[0]?.length === 5,
            ),
          'the rating request',
        );
        assert.equal(ask.body.chat_id, '88');
        assert.match(ask.body.text, /How did we do/);
        const row = ask.body.reply_markup.inline_keyboard[0] as Json[];
        assert.deepEqual(
          row.map((b) => b.text),
          ['★', '★★', '★★★', '★★★★', '★★★★★'],
        );
        for (const b of row) assert.ok(Buffer.byteLength(b.callback_data) <= 64);
        const csat = async () => {
          await server.services.analytics.flush();
          const since = new Date(Date.now() - 3_600_000).toISOString();
          const to = new Date(Date.now() + 60_000).toISOString();
          const res = await server.api.get(
            `${base}/analytics/summary?from=${since}&to=${to}&channel=telegram`,
            admin,
          );
          assert.equal(res.status, 200, JSON.stringify(res.body));
          return res.body.csat;
        };
        assert.equal(await csat(), null);
        const press = (updateId: number, id: string, chatId: number, data: string) =>
          post({
            update_id: updateId,
            callback_query: {
              id,
              from: { ...from, id: chatId },
              message: { message_id: 2, chat: { id: chatId, type: 'private' } },
              data,
            },
          });
        // Another chat replaying this chat's callback data rates nothing.
        assert.equal((await press(501, 'cb-other', 89, row[4]?.callback_data)).status, 200);
        assert.equal((await press(502, 'cb-5', 88, row[4]?.callback_data)).status, 200);
        await eventually(async () => (await csat())?.count === 1, 'the recorded score');
        assert.deepEqual(await csat(), { count: 1, average: 5 });
        await eventually(
          () =>
            telegramApi.calls.find(
              (c) => c.path.endsWith('/answerCallbackQuery') && c.body.callback_query_id === 'cb-5',
            ),
          'the answered callback query',
        );
        // A later press replaces the score; the press is not a customer message.
        await press(503, 'cb-2', 88, row[1]?.callback_data);
        await eventually(async () => (await csat())?.average === 2, 'the replaced score');
        assert.deepEqual(await csat(), { count: 1, average: 2 });
        const detail = await server.api.get(`${base}/conversations/${conversation.id}`, admin);
        assert.equal(detail.body.conversation.status, 'resolved');
        assert.equal(detail.body.messages.filter((m: Json) => m.author === 'customer').length, 1);
      } finally {
        await telegramApi.close();
      }
    });
  });
}
