import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchChromium, signInToConsole } from '../support/browser.js';
import { demo, owner, startTestServer, type TestServer } from '../support/harness.js';

describe('browser: the owner groups clients under an outsourcer', {
  skip: browserSkipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  test('an outsourcer is created over two clients, given a supervisor, and changed', async () => {
    const ownerToken = await server.api.login(owner.email, owner.password);
    const second = await server.api.post('/api/v1/tenants', { name: 'Harbor Books' }, ownerToken);
    const third = await server.api.post('/api/v1/tenants', { name: 'Sakura Foods' }, ownerToken);
    assert.equal(second.status, 201);
    // A person with an account in the demo workspace only.
    const adminToken = await server.api.login(demo.admin.email, demo.admin.password);
    const email = 'bpo.lead@demo.test';
    const made = await server.api.post(
      `/api/v1/tenants/${demo.tenantId}/users`,
      { email, password: 'bpo-lead-pass-1', name: 'Dana Lead', role: 'agent' },
      adminToken,
    );
    assert.equal(made.status, 201);

    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await signInToConsole(page, server.url, owner.email, owner.password);
    const section = page.locator('[data-testid="outsourcers"]');
    await section.getByRole('heading', { name: 'Outsourcers' }).waitFor();
    await section.getByText('No outsourcers yet.').waitFor();

    await section.getByLabel('Outsourcer name').fill('Nagoya Contact Partners');
    await section.getByRole('group', { name: 'Client tenants' }).getByLabel('Harbor Books').check();
    await section.getByRole('group', { name: 'Client tenants' }).getByLabel('Sakura Foods').check();
    await section.getByRole('button', { name: 'Create outsourcer' }).click();
    await page
      .locator('[data-testid="outsourcers-notice"]', {
        hasText: 'Outsourcer “Nagoya Contact Partners” was created.',
      })
      .waitFor();
    const card = page.locator('[data-outsourcer="Nagoya Contact Partners"]');
    await card.locator('[data-testid="outsourcer-tenants"] li').nth(1).waitFor();
    assert.deepEqual(
      (await card.locator('[data-testid="outsourcer-tenants"] li').allInnerTexts()).map((s) =>
        s.replace(/\s*Remove$/, ''),
      ),
      ['Harbor Books', 'Sakura Foods'],
    );

    // An unknown address is refused with a reason, and nobody is added.
    await card.getByLabel('Email of an existing account').fill('nobody@nowhere.test');
    await card.getByRole('button', { name: 'Give group role' }).click();
    await section.locator('[role="alert"]', { hasText: 'That did not work' }).waitFor();
    await card.getByText('Nobody has a group role yet.').waitFor();

    await card.getByLabel('Email of an existing account').fill(email);
    await card.getByLabel('Role', { exact: true }).selectOption('supervisor');
    await card.getByRole('button', { name: 'Give group role' }).click();
    await card.locator(`[data-member="${email}"]`, { hasText: 'Supervisor' }).waitFor();
    // The API agrees, and the person now works in both clients.
    const listed = await server.api.get('/api/v1/outsourcers', ownerToken);
    const group = listed.body.outsourcers[0];
    assert.equal(group.name, 'Nagoya Contact Partners');
    assert.deepEqual([...group.tenantIds].sort(), [second.body.id, third.body.id].sort());
    assert.deepEqual(
      group.members.map((m: { email: string; role: string }) => [m.email, m.role]),
      [[email, 'supervisor']],
    );
    const leadToken = await server.api.login(email, 'bpo-lead-pass-1');
    const tenants = await server.api.get('/api/v1/auth/tenants', leadToken);
    assert.deepEqual(tenants.body.tenants.map((x: { name: string }) => x.name).sort(), [
      'Harbor Books',
      'Sakura Foods',
      'つなぎショップ',
    ]);

    // Take a client out, add it back via the picker, then take the person's role away.
    await card.getByRole('button', { name: 'Remove Sakura Foods from the group' }).click();
    await card
      .locator('[data-testid="outsourcer-tenants"] li')
      .nth(1)
      .waitFor({ state: 'detached' });
    assert.deepEqual(
      (await server.api.get('/api/v1/outsourcers', ownerToken)).body.outsourcers[0].tenantIds,
      [second.body.id],
    );
    await card.getByLabel('Add a client tenant').selectOption({ label: 'Sakura Foods' });
    await card.getByRole('button', { name: 'Add', exact: true }).click();
    await card.locator('[data-testid="outsourcer-tenants"] li').nth(1).waitFor();

    await card.getByRole('button', { name: 'Take the group role away from Dana Lead' }).click();
    await card.getByText('Nobody has a group role yet.').waitFor();
    assert.deepEqual(
      (await server.api.get('/api/v1/outsourcers', ownerToken)).body.outsourcers[0].members,
      [],
    );
    await context.close();
  });
});
