import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { demo, startTestServer, type TestServer } from '../support/harness.js';
import { haveSynthesis, type SyntheticCall, synthesiseCall } from '../support/synthetic-call.js';

describe('browser: a supervisor reviews a call', {
  skip: browserSkipReason() || (!haveSynthesis() && 'needs espeak-ng and sox'),
}, () => {
  let server: TestServer;
  let browser: Browser;
  let call: SyntheticCall;

  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    call = synthesiseCall({
      utterances: [
        { speaker: 'agent', text: 'thank you for calling how can I help you', at: 0.5 },
        { speaker: 'customer', text: 'my parcel has not arrived and I want to know why', at: 3.5 },
        { speaker: 'agent', text: 'let me check that for you right now', at: 4.8 },
      ],
      durationSeconds: 14,
      layout: 'stereo',
      format: 'wav',
    });
  });
  after(async () => {
    call?.cleanup();
    await browser?.close();
    await server?.cleanup();
  });

  for (const { locale, heading, ready, overlaps, agent } of [
    {
      locale: 'ja-JP',
      heading: '通話',
      ready: '完了',
      overlaps: 'かぶり（同時発話）',
      agent: 'オペレーター',
    },
    {
      locale: 'en-US',
      heading: 'Calls',
      ready: 'Ready',
      overlaps: 'Talking over each other',
      agent: 'Agent',
    },
  ]) {
    test(`upload, timeline, figures and a jump in the player (${locale})`, async () => {
      const page = await (
        await browser.newContext({ locale, viewport: { width: 1280, height: 900 } })
      ).newPage();
      await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
      await page.locator('[data-testid="nav-calls"]').click();
      await page.waitForURL(`${server.url}/console/calls`);
      await page.locator('h1', { hasText: heading }).waitFor();

      await page.locator('[data-testid="call-file"]').setInputFiles(call.file);
      await page.locator('form.calls__upload button[type="submit"]').click();
      const detail = page.locator('[data-testid="call-detail"]');
      await detail.locator('[data-testid="call-timeline"]').waitFor({ timeout: 30_000 });
      await page.locator('.call-status', { hasText: ready }).first().waitFor();
      await detail.locator('dt', { hasText: overlaps }).waitFor();
      await page.locator('.call-timeline__labels', { hasText: agent }).waitFor();
      assert.equal(await detail.locator('[data-testid="call-overlaps"]').textContent(), '1');
      const ratio = await detail.locator('[data-testid="call-talk-ratio"]').textContent();
      assert.match(ratio ?? '', /^\d+%$/);
      // Two lanes of speech: the agent's two turns and the customer's one.
      assert.equal(await detail.locator('.call-timeline__speech--agent').count(), 2);
      assert.equal(await detail.locator('.call-timeline__speech--customer').count(), 1);

      // A click three quarters along the timeline moves the player there.
      await page.locator('audio').waitFor();
      type Player = { readyState: number; currentTime: number };
      const player = page.locator('audio');
      await waitUntil(
        async () => (await player.evaluate((a) => (a as unknown as Player).readyState)) >= 1,
      );
      const box = await detail.locator('[data-testid="call-timeline"]').boundingBox();
      assert.ok(box);
      await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2);
      const time = await player.evaluate((a) => (a as unknown as Player).currentTime);
      assert.ok(Math.abs(time - 14 * 0.75) < 1, `the player jumped to ${time}`);
      await page.context().close();
    });
  }
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the player');
    await new Promise((r) => setTimeout(r, 100));
  }
}
