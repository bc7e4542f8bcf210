import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { eventually, lineSignature, startApiStandIn } from './support/channel-stand-ins.js';
import {
  databasesUnderTest,
  demo,
  type Json,
  startTestServer,
  type TestServer,
} from './support/harness.js';

// Samples from the official LINE SDK's and other projects' test suites (test/fixtures/channels).
const fixture = (path: string) =>
  readFileSync(new URL(`fixtures/channels/${path}`, import.meta.url));
const lineSamples = JSON.parse(fixture('line/webhook.json').toString()).events as Json[];
const telegramSamples = JSON.parse(fixture('telegram/updates.json').toString()) as Record<
  string,
  Json
>;

/** A sample LINE event with its own event id and reply token (the samples share one). */
const lineSample = (
  pick: (e: Json) => boolean,
  id: string,
  change: (e: Json) => void = () => {},
) => {
  const found = lineSamples.find(pick);
  assert.ok(found, `a LINE sample for ${id}`);
  const event = structuredClone(found);
  event.webhookEventId = id;
  event.replyToken = `rt-${id}`;
  event.timestamp = Date.now();
  change(event);
  return event;
};

const channelSecret = 'line-secret-real-samples';

for (const database of databasesUnderTest()) {
  describe(`channels against real platform samples (${database.name})`, () => {
    let server: TestServer;
    let lineApi: Awaited<ReturnType<typeof startApiStandIn>>;
    let telegramApi: Awaited<ReturnType<typeof startApiStandIn>>;
    let admin: string;
    let agent: string;
    let lineChannelId: string;
    let lineWebhook: string;
    let telegramWebhook: string;
    let telegramSecret: string;

    before(async () => {
      server = await startTestServer(database, { CHANNEL_API_HOSTS: '127.0.0.1' });
      // The platforms keep what customers send: LINE serves message content, Telegram files.
      lineApi = await startApiStandIn(undefined, (path) => {
        const id = /^\/v2\/bot\/message\/([^/]+)\/content$/.exec(path)?.[1];
        return id ? { type: 'text/plain', body: `content of LINE message ${id}` } : undefined;
      });
      telegramApi = await startApiStandIn(undefined, (path) => {
        if (path.endsWith('/getFile')) {
          return {
            type: 'application/json',
            body: JSON.stringify({ ok: true, result: { file_path: 'documents/file_7.bin' } }),
          };
        }
        return path.endsWith('/documents/file_7.bin')
          ? { type: 'application/octet-stream', body: Buffer.from([0, 1, 2, 3, 254, 255]) }
          : undefined;
      });
      admin = await server.api.login(demo.admin.email, demo.admin.password);
      agent = await server.api.login(demo.agent1.email, demo.agent1.password);
      const line = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        { type: 'line', channelSecret, channelAccessToken: 'line-token', apiBase: lineApi.url },
        admin,
      );
      assert.equal(line.status, 201, JSON.stringify(line.body));
      lineChannelId = line.body.id;
      lineWebhook = new URL(line.body.webhookUrl).pathname;
      const telegram = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/channels`,
        {
          type: 'telegram',
          botToken: '123456:ABCdefGhIJKlmNoPQRstuVWXyz012345',
          apiBase: telegramApi.url,
        },
        admin,
      );
      assert.equal(telegram.status, 201, JSON.stringify(telegram.body));
      telegramWebhook = new URL(telegram.body.webhookUrl).pathname;
      telegramSecret = telegram.body.secretToken;
    });
    after(async () => {
      await server.cleanup();
      await lineApi.close();
      await telegramApi.close();
    });

    const postLine = (events: unknown[]) => {
      const body = JSON.stringify({ destination: 'U123', events });
      return fetch(`${server.url}${lineWebhook}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-line-signature': lineSignature(channelSecret, body),
        },
        body,
      });
    };
    const postTelegram = (update: unknown) =>
      fetch(`${server.url}${telegramWebhook}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-telegram-bot-api-secret-token': telegramSecret,
        },
        body: JSON.stringify(update),
      });
    const conversationsOf = async (channel: string) => {
      const res = await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations`, admin);
      return (res.body.conversations as Json[]).filter((c) => c.channel === channel);
    };
    const detailOf = async (id: string) =>
      (await server.api.get(`/api/v1/tenants/${demo.tenantId}/conversations/${id}`, admin)).body;
    const customerTexts = async (id: string) =>
      ((await detailOf(id)).messages as Json[])
        .filter((m) => m.author === 'customer')
        .map((m) => m.text as string);
    /** The conversation whose first customer message satisfies `match`. */
    const conversationSaying = (channel: string, match: (text: string) => boolean) =>
      eventually(async () => {
        for (const c of await conversationsOf(channel)) {
          if ((await customerTexts(c.id)).some(match)) return c.id as string;
        }
        return undefined;
      }, `a ${channel} conversation with the expected message`);

    test('LINE: a group and a room are their own conversations, never the member’s 1:1; replies go where the customer wrote', async () => {
      const userId = 'U206d25c2ea6bd87c17655609a1c37cb8';
      const direct = lineSample(
        (e) => e.source.type === 'user' && e.message?.type === 'text',
        'direct-1',
      );
      const group = lineSample(
        (e) => e.source.type === 'group' && e.message?.type === 'text',
        'group-1',
        (e) => {
          e.message.text = '人と話したい';
        },
      );
      const room = lineSample(
        (e) => e.source.type === 'room' && e.message?.type === 'text',
        'room-1',
      );
      assert.equal(group.source.userId, userId, 'the same member writes in the group');
      assert.equal((await postLine([direct, group, room])).status, 200);
      const directId = await conversationSaying('line', (t) => t === 'Hello, world');
      const groupId = await conversationSaying('line', (t) => t === '人と話したい');
      await eventually(async () => (await conversationsOf('line')).length === 3, 'three chats');
      assert.notEqual(directId, groupId);
      assert.deepEqual(await customerTexts(directId), ['Hello, world']);
      assert.deepEqual(await customerTexts(groupId), ['人と話したい']);

      // Each bot answer used its own event's reply token: the group's went to the group only.
      const replies = await eventually(() => {
        const found = lineApi.calls.filter((c) => c.path === '/v2/bot/message/reply');
        return found.length >= 3 ? found : undefined;
      }, 'three bot replies');
      assert.deepEqual(replies.map((c) => c.body.replyToken).sort(), [
        'rt-direct-1',
        'rt-group-1',
        'rt-room-1',
      ]);

      // The operator's answer in the group's conversation is pushed to the group, not the user.
      await eventually(
        async () => (await detailOf(groupId)).conversation.status === 'queued',
        'the group handoff',
      );
      const sent = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/conversations/${groupId}/messages`,
        { text: 'グループの皆さま、担当の佐藤です。' },
        agent,
      );
      assert.ok(sent.status < 300, JSON.stringify(sent.body));
      const push = await eventually(
        () =>
          lineApi.calls.find(
            (c) =>
              c.path === '/v2/bot/message/push' &&
              c.body.messages.some((m: Json) => m.text.includes('グループの皆さま')),
          ),
        'the pushed group answer',
      );
      assert.equal(push.body.to, group.source.groupId);
      assert.ok(!lineApi.calls.some((c) => c.path.endsWith('/push') && c.body.to === userId));
    });

    test('LINE: a channel set to ignore groups opens nothing for them; bad settings are refused', async () => {
      const url = `/api/v1/tenants/${demo.tenantId}/channels/${lineChannelId}/settings`;
      const bad = await server.api.put(url, { groups: 'merge' }, admin);
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, 'validation_failed');
      assert.equal((await server.api.put(url, { groups: 'ignore' }, agent)).status, 403);
      const foreign = await server.api.put(
        `/api/v1/tenants/${demo.tenantId}/channels/ch_nope/settings`,
        { groups: 'ignore' },
        admin,
      );
      assert.equal(foreign.status, 404);
      const set = await server.api.put(url, { groups: 'ignore' }, admin);
      assert.equal(set.status, 200, JSON.stringify(set.body));
      assert.equal(set.body.groups, 'ignore');
      const before = (await conversationsOf('line')).length;
      const group = lineSample(
        (e) => e.source.type === 'group' && e.message?.type === 'text',
        'group-ignored',
        (e) => {
          e.source.groupId = 'Cnew-group-ignored';
          e.message.text = 'ignored group text';
        },
      );
      assert.equal((await postLine([group])).status, 200);
      await new Promise((r) => setTimeout(r, 400));
      assert.equal((await conversationsOf('line')).length, before);
      const listed = await server.api.get(`/api/v1/tenants/${demo.tenantId}/channels`, admin);
      const line = (listed.body.channels as Json[]).find((c) => c.id === lineChannelId);
      assert.equal(line.groups, 'ignore');
      assert.equal((await server.api.put(url, { groups: 'conversation' }, admin)).status, 200);
    });

    test('LINE: location and file messages keep their details', async () => {
      const location = lineSample(
        (e) => e.message?.type === 'location',
        'loc-1',
        (e) => {
          e.source.userId = 'Ulocation-user';
        },
      );
      const file = lineSample(
        (e) => e.message?.type === 'file',
        'file-1',
        (e) => {
          e.source.userId = 'Ulocation-user';
        },
      );
      assert.equal((await postLine([location, file])).status, 200);
      const id = await conversationSaying('line', (t) => t.includes('file.txt'));
      const [loc, doc] = await customerTexts(id);
      assert.match(loc ?? '', /my location/);
      assert.match(loc ?? '', /Tokyo/);
      assert.match(loc ?? '', /35\.659\d*, 139\.70\d*/);
      assert.match(doc ?? '', /file\.txt \(2 KB\)/);
      // The file itself is fetched from LINE and downloadable in the console.
      const files = await eventually(async () => {
        const res = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations/${id}/attachments`,
          agent,
        );
        return res.body.attachments?.length ? (res.body.attachments as Json[]) : undefined;
      }, 'the stored LINE file');
      assert.deepEqual(
        files.map((f) => f.filename),
        ['file.txt'],
      );
      const download = await fetch(
        `${server.url}/api/v1/tenants/${demo.tenantId}/attachments/${files[0]?.id}`,
        { headers: { authorization: `Bearer ${agent}` } },
      );
      assert.equal(await download.text(), 'content of LINE message 325708');
    });

    test('Telegram: voice, audio, video, files, stickers, places, contacts and dice are kept with their details', async () => {
      const sample = telegramSamples.voice.message;
      const more = {
        video_note: { duration: 5, length: 240, file_id: 'DQAC', file_size: 40960 },
        venue: {
          location: { latitude: 35.6586, longitude: 139.7454 },
          title: 'Tokyo Tower',
          address: '4-2-8 Shibakoen, Minato',
        },
        contact: { phone_number: '+81 90 0000 0000', first_name: 'Taro', last_name: 'Yamada' },
        dice: { emoji: '🎲', value: 4 },
      };
      let updateId = 500;
      const updates = [
        ...['voice', 'audio', 'video', 'doc', 'sticker', 'location'].map((k) => telegramSamples[k]),
        ...Object.entries(more).map(([key, value]) => {
          const message: Json = { ...structuredClone(sample), message_id: ++updateId };
          delete message.voice;
          message[key] = value;
          return { update_id: updateId, message };
        }),
      ];
      for (const update of updates) assert.equal((await postTelegram(update)).status, 200);
      const id = await conversationSaying('telegram', (t) => t.startsWith('[dice]'));
      const said = await eventually(async () => {
        const texts = await customerTexts(id);
        return texts.length >= updates.length ? texts : undefined;
      }, 'every update stored');
      const expected = [
        /^\[voice\] 1s, 11 KB, audio\/ogg$/,
        /^\[audio\] 86s, 1\.3 MB, audio\/mp3$/,
        /^\[video\] 1s, 640×360, 23 KB, video\/mp4$/,
        /^📎 \[file\] myvk_py\.1, 2 KB$/,
        /^\[sticker\] ❤ CatPusheen$/,
        /^📍 \[location\] 20\.659324, -11\.406255$/,
        /^\[video note\] 5s, 40 KB$/,
        /^📍 \[venue\] Tokyo Tower \/ 4-2-8 Shibakoen, Minato 35\.6586, 139\.7454$/,
        /^👤 \[contact\] Taro Yamada \+81 90 0000 0000$/,
        /^\[dice\] 🎲 4$/,
      ];
      assert.equal(said.length, expected.length, JSON.stringify(said));
      for (const [i, pattern] of expected.entries()) assert.match(said[i] ?? '', pattern);
      // Files Telegram keeps (voice, audio, video, the document) are fetched and stored.
      const files = await eventually(async () => {
        const res = await server.api.get(
          `/api/v1/tenants/${demo.tenantId}/conversations/${id}/attachments`,
          agent,
        );
        return res.body.attachments?.length >= 4 ? (res.body.attachments as Json[]) : undefined;
      }, 'the stored Telegram files');
      assert.deepEqual(
        files.map((f) => f.filename),
        ['voice.ogg', 'audio', 'video.mp4', 'myvk_py.1'],
      );
      const document = await fetch(
        `${server.url}/api/v1/tenants/${demo.tenantId}/attachments/${files[3]?.id}`,
        { headers: { authorization: `Bearer ${agent}` } },
      );
      assert.deepEqual([...Buffer.from(await document.arrayBuffer())], [0, 1, 2, 3, 254, 255]);
      assert.ok(
        telegramApi.calls.some(
          (c) =>
            c.path.endsWith('/getFile') && c.body.file_id === 'BQADAgAEBQACwmeJSHVa-LJKFWEpFgQ',
        ),
      );
    });

    test('Telegram: /start greets, a pressed button is answered, an edit shows as an edit', async () => {
      const base = telegramSamples.voice.message;
      const start: Json = {
        update_id: 900,
        message: { ...structuredClone(base), message_id: 900, chat: { id: 777, type: 'private' } },
      };
      delete start.message.voice;
      start.message.text = '/start promo-42';
      start.message.entities = [{ offset: 0, length: 6, type: 'bot_command' }];
      assert.equal((await postTelegram(start)).status, 200);
      const greeting = await eventually(
        () =>
          telegramApi.calls.find(
            (c) => c.path.endsWith('/sendMessage') && c.body.chat_id === '777',
          ),
        'the greeting',
      );
      assert.equal(greeting.body.text, 'Hi! This is Tsunagi support. How can we help?');

      const edited: Json = { update_id: 901, edited_message: structuredClone(start.message) };
      edited.edited_message.text = 'What does shipping cost to Osaka?';
      edited.edited_message.edit_date = 1700000100;
      assert.equal((await postTelegram(edited)).status, 200);
      const id = await conversationSaying('telegram', (t) => t === '/start promo-42');
      await eventually(
        async () =>
          (await customerTexts(id)).includes('✏️ [edited] What does shipping cost to Osaka?'),
        'the edit shown',
      );

      const press = structuredClone(telegramSamples.callback_query);
      assert.equal((await postTelegram(press)).status, 200);
      const answered = await eventually(
        () => telegramApi.calls.find((c) => c.path.endsWith('/answerCallbackQuery')),
        'answerCallbackQuery',
      );
      assert.equal(answered.body.callback_query_id, '1579255662248293506');
      assert.equal(
        answered.path,
        '/bot123456:ABCdefGhIJKlmNoPQRstuVWXyz012345/answerCallbackQuery',
      );
    });

    test('delivery state: a message to a user who unfollowed fails with the reason; sent ones say sent', async () => {
      const userId = 'Udelivery-user';
      const hello = lineSample(
        (e) => e.source.type === 'user' && e.message?.type === 'text',
        'delivery-1',
        (e) => {
          e.source.userId = userId;
          e.message.text = '人と話したい';
        },
      );
      assert.equal((await postLine([hello])).status, 200);
      const id = await conversationSaying('line', (t) => t === '人と話したい');
      const botReply = await eventually(async () => {
        const messages = (await detailOf(id)).messages as Json[];
        const bot = messages.find((m) => m.author === 'bot');
        return bot?.delivery?.status === 'sent' ? bot : undefined;
      }, 'the bot answer delivered');
      assert.equal(botReply.delivery.error, null);
      const customer = ((await detailOf(id)).messages as Json[]).find(
        (m) => m.author === 'customer',
      );
      assert.equal(customer.delivery, undefined, 'customer messages carry no delivery state');

      const unfollow = lineSample(
        (e) => e.type === 'unfollow',
        'delivery-unfollow',
        (e) => {
          e.source.userId = userId;
        },
      );
      assert.equal((await postLine([unfollow])).status, 200);
      await new Promise((r) => setTimeout(r, 200));
      const sent = await server.api.post(
        `/api/v1/tenants/${demo.tenantId}/conversations/${id}/messages`,
        { text: 'まだいらっしゃいますか？' },
        agent,
      );
      assert.ok(sent.status < 300, JSON.stringify(sent.body));
      const failed = await eventually(async () => {
        const messages = (await detailOf(id)).messages as Json[];
        const mine = messages.find((m) => m.text === 'まだいらっしゃいますか？');
        return mine?.delivery?.status === 'failed' ? mine : undefined;
      }, 'the failed delivery');
      assert.match(failed.delivery.error, /unfollowed/);
      assert.ok(
        !lineApi.calls.some((c) =>
          c.body?.messages?.some((m: Json) => m.text === 'まだいらっしゃいますか？'),
        ),
      );
    });

    test('delivery state: Telegram refusing a chat for good (403) marks the message failed', async () => {
      const blocked: Json = {
        update_id: 950,
        message: {
          ...structuredClone(telegramSamples.voice.message),
          message_id: 950,
          chat: { id: 403403, type: 'private' },
        },
      };
      delete blocked.message.voice;
      blocked.message.text = 'zzqx blorf wibble';
      const refusing = await startApiStandIn((call) =>
        call.body?.chat_id === '403403' ? 403 : 200,
      );
      try {
        // The channel's API base is fixed at creation: this test's own channel points at the
        // refusing stand-in.
        const channel = await server.api.post(
          `/api/v1/tenants/${demo.tenantId}/channels`,
          {
            type: 'telegram',
            botToken: '654321:ZYXdefGhIJKlmNoPQRstuVWXyz012345',
            apiBase: refusing.url,
          },
          admin,
        );
        assert.equal(channel.status, 201);
        const res = await fetch(`${server.url}${new URL(channel.body.webhookUrl).pathname}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-telegram-bot-api-secret-token': channel.body.secretToken,
          },
          body: JSON.stringify(blocked),
        });
        assert.equal(res.status, 200);
        const id = await conversationSaying('telegram', (t) => t === 'zzqx blorf wibble');
        const bot = await eventually(async () => {
          const messages = (await detailOf(id)).messages as Json[];
          const reply = messages.find((m) => m.author === 'bot');
          return reply?.delivery?.status === 'failed' ? reply : undefined;
        }, 'the refused delivery');
        assert.match(bot.delivery.error, /HTTP 403/);
        assert.equal(bot.delivery.attempts, 1, 'a permanent refusal is not retried');
      } finally {
        await refusing.close();
      }
    });
  });
}
