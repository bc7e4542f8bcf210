import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { customerAsksForHuman as askForHuman } from '../support/customers.js';
import { demo, startTestServer, type TestServer } from '../support/harness.js';

describe('browser: the Ctrl+K command palette', { skip: browserSkipReason() }, () => {
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

  const signIn = async (page: Page, email: string, password: string) => {
    await signInToConsole(page, server.url, email, password);
    await page.locator('[data-testid="presence"]').waitFor();
  };

  /** An attribute of the focused element, read in the page. */
  const focused = (page: Page, name: string) =>
    page.evaluate(
      (attribute) =>
        (
          globalThis as unknown as {
            document: { activeElement: { getAttribute: (n: string) => string | null } | null };
          }
        ).document.activeElement?.getAttribute(attribute) ?? null,
      name,
    );

  const palette = (page: Page) => page.locator('[data-testid="palette"]');
  const paletteInput = (page: Page) => page.locator('[data-testid="palette-input"]');
  const options = (page: Page) => page.locator('[data-testid="palette-option"]');

  const openPalette = async (page: Page) => {
    await page.keyboard.press('Control+k');
    await paletteInput(page).waitFor();
    assert.equal(await focused(page, 'id'), await paletteInput(page).getAttribute('id'));
  };

  /** The command the arrows and Enter would run now. */
  const activeCommand = async (page: Page) => {
    const activeId = await paletteInput(page).getAttribute('aria-activedescendant');
    assert.ok(activeId, 'an option is active');
    return page.locator(`[id="${activeId}"]`).getAttribute('data-command');
  };

  /** Types into the palette until the wanted command is the active one. */
  const search = async (page: Page, text: string, command: string, isInserted = false) => {
    await paletteInput(page).fill('');
    // Inserted text arrives as an IME would commit it: in one piece.
    if (isInserted) await page.keyboard.insertText(text);
    else await page.keyboard.type(text);
    const deadline = Date.now() + 5000;
    for (;;) {
      const active = await activeCommand(page).catch(() => null);
      if (active === command) return active;
      if (Date.now() > deadline) assert.fail(`"${text}" does not select ${command} (${active})`);
      await page.waitForTimeout(50);
    }
  };

  /** Enter as an IME sends it while confirming a conversion. */
  const imeEnter = (page: Page, init: { isComposing?: boolean; keyCode?: number }) =>
    paletteInput(page).evaluate((el, extra) => {
      const Keyboard = (
        globalThis as unknown as { KeyboardEvent: new (type: string, init: object) => Event }
      ).KeyboardEvent;
      const event = new Keyboard('keydown', {
        key: 'Enter',
        code: 'Enter',
        isComposing: extra.isComposing ?? false,
        bubbles: true,
        cancelable: true,
      });
      if (extra.keyCode) Object.defineProperty(event, 'keyCode', { value: extra.keyCode });
      el.dispatchEvent(event);
    }, init);

  test('an agent goes online, switches tabs, opens a conversation and acts on it by keyboard', async () => {
    const yamada = await customerAsksForHuman({ name: '山田 太郎', email: 'taro@example.jp' });
    const emily = await customerAsksForHuman({ name: 'Emily Clark', email: 'emily@example.com' });

    const page = await (
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 860 } })
    ).newPage();
    await signIn(page, demo.agent1.email, demo.agent1.password);

    // The palette is a modal dialog holding a combobox that drives a listbox.
    await openPalette(page);
    assert.equal(await palette(page).getAttribute('aria-modal'), 'true');
    assert.equal(await palette(page).getAttribute('open'), '');
    assert.equal(await paletteInput(page).getAttribute('role'), 'combobox');
    assert.equal(await paletteInput(page).getAttribute('placeholder'), 'コマンドを検索…');
    const listId = await paletteInput(page).getAttribute('aria-controls');
    assert.equal(await page.locator(`[id="${listId}"]`).getAttribute('role'), 'listbox');
    assert.equal(await options(page).first().getAttribute('role'), 'option');
    // Only what an agent may do: no supervisor view, no admin pages.
    const commands = await options(page).evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-command')),
    );
    for (const id of ['tab-queued', 'tab-mine', 'tab-all', 'search', 'presence-online']) {
      assert.ok(commands.includes(id), `${id} is offered`);
    }
    for (const id of ['go-supervisor', 'go-routing', 'go-channels', 'go-knowledge']) {
      assert.ok(!commands.includes(id), `${id} is not offered to an agent`);
    }
    // Shortcut hints are shown beside the commands they belong to.
    assert.equal(
      await options(page)
        .and(page.locator('[data-command="tab-all"]'))
        .locator('kbd')
        .textContent(),
      '3',
    );
    // ↓ moves the active option.
    const first = await activeCommand(page);
    await page.keyboard.press('ArrowDown');
    assert.notEqual(await activeCommand(page), first);

    // The English label matches in the Japanese UI: "online" sets my status (対応可能).
    await search(page, 'online', 'presence-online');
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'detached' });
    assert.equal(await page.locator('[data-testid="presence"]').inputValue(), 'online');

    // A navigation command: the All tab, found by its Japanese label.
    await openPalette(page);
    await search(page, 'すべて', 'tab-all');
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'detached' });
    assert.equal(
      await page.locator('[data-testid="tab-all"]').getAttribute('aria-selected'),
      'true',
    );

    // Conversations the inbox loaded open by a part of the customer's name, in any width or case.
    await page
      .locator(`[data-testid="conversation-row"][data-id="${yamada.conversationId}"]`)
      .waitFor();
    await page
      .locator(`[data-testid="conversation-row"][data-id="${emily.conversationId}"]`)
      .waitFor();
    await openPalette(page);
    // Enter while an IME is composing does nothing.
    await search(page, '山田', `open-${yamada.conversationId}`);
    await imeEnter(page, { isComposing: true });
    await imeEnter(page, { keyCode: 229 });
    await page.waitForTimeout(200);
    assert.equal(await palette(page).count(), 1);
    assert.ok(!page.url().includes(yamada.conversationId));

    await search(page, 'ＥＭＩＬＹ', `open-${emily.conversationId}`, true);
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'detached' });
    await page.waitForURL(`**/console/conversations/${emily.conversationId}`);
    await page.locator('.conversation__title', { hasText: 'Emily Clark' }).waitFor();

    // …and by a part of the last message.
    assert.ok(
      [200, 201].includes((await yamada.send('注文番号 A-1001 の配送状況を知りたい')).status),
    );
    await page.locator('[data-testid="conversation-row"]', { hasText: 'A-1001' }).waitFor();
    await openPalette(page);
    await search(page, 'A-1001', `open-${yamada.conversationId}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/console/conversations/${yamada.conversationId}`);
    await page.locator('.conversation__title', { hasText: '山田 太郎' }).waitFor();

    // From inside the reply box: Ctrl+K opens the palette without typing into the reply,
    // and Esc gives focus back to the reply box.
    const reply = page.locator('[data-testid="reply-input"]');
    await reply.click();
    await page.keyboard.type('確認します');
    await openPalette(page);
    assert.equal(await reply.inputValue(), '確認します');
    await page.keyboard.press('Escape');
    await palette(page).waitFor({ state: 'detached' });
    assert.equal(await focused(page, 'data-testid'), 'reply-input');
    assert.equal(await reply.inputValue(), '確認します');

    // Conversation actions run the buttons' handlers: "resolve" opens the wrap-up dialog.
    await openPalette(page);
    const actions = await options(page).evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-command')),
    );
    for (const id of ['reply', 'transfer', 'hand-back', 'resolve', 'close-conversation']) {
      assert.ok(actions.includes(id), `${id} is offered for my open conversation`);
    }
    // The details drawer exists only on narrow screens, and so does its command.
    assert.ok(!actions.includes('details'));
    // An agent does not manage the tenant's canned responses.
    assert.ok(!actions.includes('canned'));
    await search(page, 'resolve', 'resolve');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="wrap-up-dialog"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="wrap-up-dialog"]').waitFor({ state: 'detached' });

    // The mouse works too: a click on an option runs it.
    await page.locator('[data-testid="open-palette"]').click();
    await search(page, 'hand back', 'hand-back');
    await page.locator('[data-testid="palette-option"][data-command="hand-back"]').click();
    await page.locator('[data-testid="transfer-dialog"]').waitFor();
    assert.equal(await page.locator('[data-testid="transfer-target-bot"]').isChecked(), true);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="transfer-dialog"]').waitFor({ state: 'detached' });

    // Switching the UI language is a command too.
    await openPalette(page);
    await search(page, 'english', 'language-en');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="tab-all"]', { hasText: 'All' }).waitFor();
    await page.context().close();
  });

  test('an admin reaches the supervisor view and back to a tab by keyboard', async () => {
    const page = await (
      await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 860 } })
    ).newPage();
    await signIn(page, demo.admin.email, demo.admin.password);
    await openPalette(page);
    const commands = await options(page).evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-command')),
    );
    for (const id of ['go-supervisor', 'go-routing', 'go-knowledge', 'go-channels']) {
      assert.ok(commands.includes(id), `${id} is offered to an admin`);
    }
    await search(page, 'superv', 'go-supervisor');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="supervisor-page"]').waitFor();
    assert.ok(page.url().endsWith('/console/supervisor'));

    await openPalette(page);
    await search(page, 'queued', 'tab-queued');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="supervisor-page"]').waitFor({ state: 'detached' });
    assert.equal(
      await page.locator('[data-testid="tab-queued"]').getAttribute('aria-selected'),
      'true',
    );
    await page.context().close();
  });
});
