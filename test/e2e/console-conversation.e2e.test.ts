import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { customerAsksForHuman as askForHuman, type WaitingCustomer } from '../support/customers.js';
import {
  demo,
  type Json,
  nextEvent,
  startTestServer,
  type TestServer,
} from '../support/harness.js';

type Customer = WaitingCustomer;

describe('browser: an operator works conversations in the console', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;
  const sockets: Socket[] = [];

  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  after(async () => {
    for (const socket of sockets) socket.close();
    await browser?.close();
    await server?.cleanup();
  });

  const customerAsksForHuman = (contact: { name: string; email: string }) =>
    askForHuman(server, sockets, contact);

  const customerTexts = async (customer: Customer, author: string): Promise<string[]> => {
    const history = await customer.history();
    return (history.body.messages as Json[])
      .filter((m) => m.author === author)
      .map((m) => m.text as string);
  };

  /** The reply box clears once the server has taken the message (after the customer may see it). */
  const waitForValue = async (page: Page, testId: string, expected: string, ms = 5000) => {
    const field = page.locator(`[data-testid="${testId}"]`);
    const deadline = Date.now() + ms;
    while ((await field.inputValue()) !== expected) {
      if (Date.now() > deadline) assert.equal(await field.inputValue(), expected);
      await page.waitForTimeout(50);
    }
  };

  const signIn = async (page: Page, email: string, password: string) => {
    await signInToConsole(page, server.url, email, password);
  };

  test('canned response, suggestion, banned-word warning, note, transfer; wrap-up and resolve', async () => {
    const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    const tenant = `/api/v1/tenants/${demo.tenantId}`;
    assert.equal(
      (
        await server.api.post(
          `${tenant}/canned-responses`,
          { shortcut: 'orei', title: 'お礼', text: 'ご連絡ありがとうございます。' },
          adminToken,
        )
      ).status,
      201,
    );
    const yamada = await customerAsksForHuman({ name: '山田 太郎', email: 'taro@example.jp' });
    const emily = await customerAsksForHuman({ name: 'Emily Clark', email: 'emily@example.com' });
    const suzuki = await customerAsksForHuman({ name: '鈴木 花子', email: 'hanako@example.jp' });

    // An admin adds a canned response with variables from the console.
    const admin = await (
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 860 } })
    ).newPage();
    await signIn(admin, demo.admin.email, demo.admin.password);
    await admin.locator('[data-testid="presence"]').waitFor();
    await admin.goto(`${server.url}/console/conversations/${yamada.conversationId}`);
    await admin.locator('[data-testid="canned-manage"]').click();
    const manager = admin.locator('[data-testid="canned-manager"]');
    await manager.waitFor();
    await manager.locator('[data-testid="canned-shortcut"]').fill('owabi');
    await manager.locator('[data-testid="canned-title"]').fill('お詫び');
    await manager
      .locator('[data-testid="canned-text"]')
      .fill('{{contact.name}}様、ご不便をおかけして申し訳ございません。担当の{{agent.name}}です。');
    await manager.locator('[data-testid="canned-save"]').click();
    await manager.locator('li', { hasText: '/owabi' }).waitFor();
    await admin.keyboard.press('Escape');
    await manager.waitFor({ state: 'detached' });
    // …and a word of the shop's own to warn about.
    await admin.locator('[data-testid="banned-words-manage"]').click();
    const words = admin.locator('[data-testid="banned-words"]');
    await words.locator('[data-testid="banned-words-input"]:not([disabled])').waitFor();
    await words.locator('[data-testid="banned-words-input"]').fill('激安\n');
    await words.locator('[data-testid="banned-words-save"]').click();
    await words.locator('[role="status"]').waitFor();
    await admin.keyboard.press('Escape');
    await words.waitFor({ state: 'detached' });
    await admin.close();

    const agent = await (
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 860 } })
    ).newPage();
    await signIn(agent, demo.agent1.email, demo.agent1.password);
    // Going online pulls both waiting conversations to this agent.
    await agent.locator('[data-testid="presence"]').selectOption('online');
    await agent.locator('[data-testid="tab-mine"]').click();
    const mineRows = agent.locator('[data-testid="conversation-row"]');
    await mineRows.filter({ hasText: '山田' }).waitFor();
    await mineRows.filter({ hasText: 'Emily' }).waitFor();
    await mineRows.filter({ hasText: '鈴木' }).waitFor();

    await mineRows.filter({ hasText: '山田' }).click();
    const reply = agent.locator('[data-testid="reply-input"]');
    await reply.waitFor();
    // The customer panel shows the contact's details.
    await agent.locator('[data-testid="contact-panel"]', { hasText: 'taro@example.jp' }).waitFor();

    // The customer's typing shows in the console.
    yamada.socket.emit('typing', { isTyping: true });
    await agent.locator('[data-testid="customer-typing"]', { hasText: '入力中' }).waitFor();

    // `/` + prefix opens the canned list; ↓ and Enter insert the rendered text.
    const agentTyping = nextEvent(
      yamada.socket,
      'typing',
      (e: Json) => e.author === 'agent' && e.isTyping === true,
    );
    await reply.click();
    await agent.keyboard.type('/o');
    const options = agent.locator('[data-testid="canned-option"]');
    await options.first().waitFor();
    assert.equal(await options.count(), 2);
    assert.equal(await options.nth(0).getAttribute('aria-selected'), 'true');
    // Enter that confirms an IME conversion neither picks an entry nor sends.
    await reply.evaluate((el) => {
      const Keyboard = (
        globalThis as unknown as { KeyboardEvent: new (type: string, init: object) => Event }
      ).KeyboardEvent;
      el.dispatchEvent(
        new Keyboard('keydown', {
          key: 'Enter',
          code: 'Enter',
          isComposing: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    });
    assert.equal(await reply.inputValue(), '/o');
    assert.equal(await options.count(), 2);
    await agent.keyboard.press('ArrowDown');
    assert.equal(await options.nth(1).getAttribute('aria-selected'), 'true');
    await agent.keyboard.press('Enter');
    await agent.locator('[data-testid="canned-menu"]').waitFor({ state: 'detached' });
    const rendered = '山田 太郎様、ご不便をおかけして申し訳ございません。担当の佐藤 あおいです。';
    assert.equal(await reply.inputValue(), rendered);
    await agentTyping; // the customer saw the operator typing

    // Esc closes the list without leaving the reply box.
    await reply.fill('');
    await agent.keyboard.type('/ow');
    await options.first().waitFor();
    await agent.keyboard.press('Escape');
    await agent.locator('[data-testid="canned-menu"]').waitFor({ state: 'detached' });
    assert.equal(await reply.inputValue(), '/ow');

    // A draft left in the middle of a `/` command comes back with its list open after the
    // operator has looked at another conversation.
    await reply.fill('/o');
    await mineRows.filter({ hasText: 'Emily' }).click();
    await agent
      .locator('[data-testid="contact-panel"]', { hasText: 'emily@example.com' })
      .waitFor();
    await mineRows.filter({ hasText: '山田' }).click();
    await agent.locator('[data-testid="contact-panel"]', { hasText: 'taro@example.jp' }).waitFor();
    assert.equal(await reply.inputValue(), '/o');
    await options.first().waitFor();
    assert.equal(await options.count(), 2);
    await reply.fill(rendered);

    const delivered = nextEvent(
      yamada.socket,
      'message.created',
      (m: Json) => m.author === 'agent' && m.text === rendered,
    );
    await reply.press('Enter');
    await delivered;
    await waitForValue(agent, 'reply-input', '');

    // A new customer question brings FAQ suggestions; one click inserts the answer, and
    // sending it teaches the bot the customer's wording.
    const wording = '配送料っていくらかかりますか';
    assert.ok([200, 201].includes((await yamada.send(wording)).status));
    const suggestion = agent.locator('[data-testid="suggestion"]', { hasText: '550円' });
    await suggestion.waitFor();
    await suggestion.locator('[data-testid="suggestion-insert"]').click();
    assert.match(await reply.inputValue(), /送料は全国一律550円です/);
    const answered = nextEvent(
      yamada.socket,
      'message.created',
      (m: Json) => m.author === 'agent' && /550円/.test(m.text),
    );
    await reply.press('Enter');
    await answered;
    await waitForValue(agent, 'reply-input', '');
    const shipping = (await server.api.get(`${tenant}/faqs`, adminToken)).body.faqs.find(
      (f: Json) => f.question === '送料はいくらですか？',
    );
    assert.ok(shipping.alternates.includes(wording), 'the wording was learnt');

    // A banned word holds the reply back with a warning that shows the word.
    const rude = 'そんなこともわからないなんて、バカですね。';
    await reply.fill(rude);
    await agent.locator('[data-testid="reply-send"]').click();
    const warning = agent.locator('[data-testid="moderation-warning"]');
    await warning.waitFor();
    assert.equal(await warning.locator('[data-testid="moderation-word"]').innerText(), 'バカ');
    assert.equal(await warning.locator('mark.moderation__mark').innerText(), 'バカ');
    assert.equal(await reply.inputValue(), rude, 'the draft stays as typed');
    // Edit selects the flagged word, so typing replaces it.
    await warning.locator('[data-testid="moderation-edit"]').click();
    await warning.waitFor({ state: 'detached' });
    await agent.keyboard.type('ご心配');
    const polite = 'そんなこともわからないなんて、ご心配ですね。';
    assert.equal(await reply.inputValue(), polite);
    const politeDelivered = nextEvent(
      yamada.socket,
      'message.created',
      (m: Json) => m.author === 'agent' && m.text === polite,
    );
    await reply.press('Enter');
    await politeDelivered;
    await waitForValue(agent, 'reply-input', '');
    assert.ok(!(await customerTexts(yamada, 'agent')).includes(rude), 'the rude reply never left');

    // The shop's own word is caught too.
    await reply.fill('激安セールのご案内です');
    await reply.press('Enter');
    await warning.waitFor();
    assert.equal(await warning.locator('[data-testid="moderation-word"]').innerText(), '激安');
    await reply.fill('');
    await warning.waitFor({ state: 'detached' });

    // Sending anyway is an explicit second choice.
    await reply.fill('I am sorry, that was a stupid mistake on our side.');
    await reply.press('Enter');
    await warning.waitFor();
    assert.equal(await warning.locator('[data-testid="moderation-word"]').innerText(), 'stupid');
    const anyway = nextEvent(yamada.socket, 'message.created', (m: Json) =>
      String(m.text).includes('stupid mistake'),
    );
    await warning.locator('[data-testid="moderation-send-anyway"]').click();
    await anyway;
    await waitForValue(agent, 'reply-input', '');

    // An internal note shows in the timeline, marked, and never reaches the customer.
    await agent.locator('[data-testid="mode-note"]').click();
    await reply.fill('配送状況の確認が必要です');
    await agent.locator('[data-testid="note-send"]').click();
    const note = agent.locator('[data-testid="note"]', { hasText: '配送状況の確認が必要です' });
    await note.waitFor();
    assert.match(await note.innerText(), /社内メモ/);
    assert.match(await note.innerText(), /お客様には表示されません/);
    await agent.locator('[data-testid="mode-reply"]').click();

    // Transfer to the other agent with a note: the conversation leaves my inbox.
    await agent.locator('[data-testid="transfer"]').click();
    const transfer = agent.locator('[data-testid="transfer-dialog"]');
    await transfer.waitFor();
    await transfer.locator('[data-testid="transfer-agent"] option', { hasText: 'Kim' }).waitFor({
      state: 'attached',
    });
    const users = await server.api.get(`${tenant}/users`, adminToken);
    const kim = (users.body.users as Json[]).find((u) => u.email === demo.agent2.email);
    await transfer.locator('[data-testid="transfer-agent"]').selectOption(kim.id);
    await transfer.locator('[data-testid="transfer-note"]').fill('送料のご案内まで済んでいます');
    await transfer.locator('[data-testid="transfer-submit"]').click();
    await transfer.waitFor({ state: 'detached' });
    await agent.locator('[data-testid="tab-mine"]').click();
    await mineRows.filter({ hasText: '山田' }).waitFor({ state: 'detached' });
    await agent
      .locator('[data-testid="note"]', { hasText: '送料のご案内まで済んでいます' })
      .waitFor();
    const agent1Token = await server.api.login(demo.agent1.email, demo.agent1.password);
    const moved = await server.api.get(
      `${tenant}/conversations/${yamada.conversationId}`,
      agent1Token,
    );
    assert.equal(moved.body.conversation.assigneeId, kim.id);
    assert.ok(
      !(await customerTexts(yamada, 'agent')).some((text) => text.includes('配送状況')),
      'notes never reach the customer',
    );

    // The other conversation: tag it, then resolving asks for a wrap-up first.
    await mineRows.filter({ hasText: 'Emily' }).click();
    await agent.locator('main#conversation[aria-label="Emily Clark"]').waitFor();
    // `/` outside any field jumps into the reply with the canned list open.
    await mineRows.filter({ hasText: 'Emily' }).focus();
    await agent.keyboard.press('/');
    await agent.locator('[data-testid="canned-menu"]').waitFor();
    assert.equal(await reply.inputValue(), '/');
    assert.ok(await reply.evaluate((el) => el.ownerDocument.activeElement === el));
    await agent.keyboard.press('Escape');
    await reply.fill('');
    const tagInput = agent.locator('[data-testid="tag-input"]');
    await tagInput.fill('配送');
    await tagInput.press('Enter');
    await agent.locator('[data-testid="tag"]', { hasText: '配送' }).waitFor();

    await agent.locator('[data-testid="resolve"]').click();
    const wrapUp = agent.locator('[data-testid="wrap-up-dialog"]');
    await wrapUp.waitFor();
    const summary = wrapUp.locator('[data-testid="wrap-up-summary"]');
    // The drafted summary fills in once the draft arrives; the field is focused for editing.
    await wrapUp.locator('[data-testid="wrap-up-summary"]:enabled:focus').waitFor();
    assert.match(await summary.inputValue(), /人と話したい|オペレーター|担当/);
    await wrapUp.locator('[data-testid="wrap-up-category"]').fill('オペレーター希望');
    await summary.fill('オペレーターとの会話を希望。折り返し連絡で合意。');
    await wrapUp.locator('[data-testid="wrap-up-submit"]').click();
    await wrapUp.waitFor({ state: 'detached' });
    await mineRows.filter({ hasText: 'Emily' }).waitFor({ state: 'detached' });

    // A third conversation goes back to the bot; the customer is told and it leaves my inbox.
    await mineRows.filter({ hasText: '鈴木' }).click();
    await agent.locator('main#conversation[aria-label="鈴木 花子"]').waitFor();
    await agent.locator('[data-testid="transfer"]').click();
    await transfer.waitFor();
    await transfer.locator('[data-testid="transfer-target-bot"]').check();
    const toldCustomer = nextEvent(
      suzuki.socket,
      'conversation.updated',
      (u: Json) => u.status === 'bot',
    );
    await transfer.locator('[data-testid="transfer-submit"]').click();
    await transfer.waitFor({ state: 'detached' });
    await toldCustomer;
    await mineRows.filter({ hasText: '鈴木' }).waitFor({ state: 'detached' });

    const details = await server.api.get(
      `${tenant}/conversations/${emily.conversationId}/details`,
      agent1Token,
    );
    assert.equal(details.body.category, 'オペレーター希望');
    assert.equal(details.body.wrapUpSummary, 'オペレーターとの会話を希望。折り返し連絡で合意。');
    assert.deepEqual(details.body.tags, ['配送']);
    const resolved = await server.api.get(
      `${tenant}/conversations/${emily.conversationId}`,
      agent1Token,
    );
    assert.equal(resolved.body.conversation.status, 'resolved');
  });
});
