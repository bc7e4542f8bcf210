import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { demo, startTestServer, type TestServer } from '../support/harness.js';
import { haveSynthesis, type SyntheticCall, synthesiseCall } from '../support/synthetic-call.js';

describe('browser: the quality scanner’s findings in a call’s transcript (en, ja)', {
  skip: browserSkipReason() || (!haveSynthesis() && 'needs espeak-ng and sox'),
}, () => {
  let stt: http.Server;
  let server: TestServer;
  let browser: Browser;
  let call: SyntheticCall;

  before(async () => {
    // A stand-in for an OpenAI-compatible /audio/transcriptions endpoint (verbose_json).
    stt = http.createServer(async (req, res) => {
      for await (const _ of req) {
        // the recording is read and dropped
      }
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          language: 'english',
          text: '',
          segments: [
            { id: 0, start: 0.5, end: 3, text: ' Thank you for calling, how can I help you?' },
            { id: 1, start: 3.5, end: 7, text: ' It never arrived. I will cancel my account.' },
          ],
        }),
      );
    });
    await new Promise<void>((r) => stt.listen(0, '127.0.0.1', r));
    const port = (stt.address() as AddressInfo).port;
    server = await startTestServer(
      { name: 'sqlite' },
      { STT_BASE_URL: `http://127.0.0.1:${port}/v1`, STT_MODEL: 'whisper-1' },
    );
    browser = await launchChromium();
    call = synthesiseCall({
      utterances: [
        { speaker: 'agent', text: 'thank you for calling how can I help you', at: 0.5 },
        { speaker: 'customer', text: 'it never arrived I will cancel my account', at: 3.5 },
      ],
      durationSeconds: 9,
      layout: 'stereo',
      format: 'wav',
    });
  });
  after(async () => {
    call?.cleanup();
    await browser?.close();
    await server?.cleanup();
    stt?.close();
  });

  for (const { locale, label, kind, heard, open, review, saved } of [
    {
      locale: 'en-US',
      label: 'Escalation or threat (high)',
      kind: 'Call',
      heard: 'at 0:04',
      open: 'Open call',
      review: 'Review',
      saved: 'Review saved.',
    },
    {
      locale: 'ja-JP',
      label: null,
      kind: '通話',
      heard: '0:04 付近',
      open: '通話を開く',
      review: 'レビュー',
      saved: 'レビューを保存しました。',
    },
  ]) {
    test(`the customer's threat to leave is marked in its segment (${locale})`, async () => {
      const page = await (
        await browser.newContext({ locale, viewport: { width: 1280, height: 900 } })
      ).newPage();
      await signInToConsole(page, server.url, demo.admin.email, demo.admin.password);
      await page.locator('[data-testid="nav-calls"]').click();
      await page.waitForURL(`${server.url}/console/calls`);
      await page.locator('[data-testid="call-file"]').setInputFiles(call.file);
      await page.locator('form.calls__upload button[type="submit"]').click();
      const detail = page.locator('[data-testid="call-detail"]');
      const marked = detail.locator('mark.call-finding--high');
      await marked.waitFor({ timeout: 30_000 });
      assert.equal((await marked.textContent())?.toLowerCase(), 'cancel my account');
      const labels = (await detail.locator('[data-testid="call-findings"]').allTextContents()).join(
        ' ',
      );
      if (label) assert.ok(labels.includes(label), labels);
      else assert.match(labels, /高/);

      // The call is in the Quality page's review queue beside chats, and leads back to itself.
      await page.locator('[data-testid="nav-quality"]').click();
      const item = page.locator('[data-testid="qa-queue-item"][data-kind="call"]').first();
      await item.waitFor();
      const text = (await item.textContent()) ?? '';
      for (const part of [kind, heard, open]) assert.ok(text.includes(part), `${part} in ${text}`);
      const href = await item.getByRole('link', { name: open }).getAttribute('href');
      await item.getByRole('link', { name: open }).click();
      await page.waitForURL(/\/console\/calls\?id=call_/);
      await page.locator('[data-testid="call-detail"] mark.call-finding--high').waitFor();

      // Scored on the scorecard like a chat, the call leaves the queue.
      await page.locator('[data-testid="nav-quality"]').click();
      const same = page
        .locator('[data-testid="qa-queue-item"]')
        .filter({ has: page.locator(`a[href="${href}"]`) });
      await same.getByRole('button', { name: review, exact: true }).click();
      const form = same.locator('[data-testid="review-form"]');
      await form.locator('select').first().selectOption('2');
      await form.locator('textarea').fill(`${locale}: offer the retention desk`);
      await form.locator('button[type="submit"]').click();
      await page.getByText(saved).waitFor();
      await same.waitFor({ state: 'detached' });
      const callId = new URL(href ?? '', server.url).searchParams.get('id');
      const reviews = await server.api.get(
        `/api/v1/tenants/${demo.tenantId}/qa/reviews`,
        await server.api.login(demo.admin.email, demo.admin.password),
      );
      assert.ok(
        reviews.body.reviews.some(
          (r: { callId: string | null; comment: string }) =>
            r.callId === callId && r.comment === `${locale}: offer the retention desk`,
        ),
        JSON.stringify(reviews.body),
      );
      await page.context().close();
    });
  }
});
