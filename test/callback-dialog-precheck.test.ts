import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type CallbackRepository,
  createCallbackRepository,
  createCallbackService,
} from '../src/callbacks/index.js';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '../src/db/index.js';

/** Two nodes' callback services over one database, without the event that links them. */
describe('the callback dialog check reads only where questions may be under way', () => {
  let dataDir: string;
  let database: DatabaseHandle;
  const tenantId = 'ten_precheck';
  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-precheck-'));
    database = openDatabase({ dataDir });
    await migrateToLatest(database.db, database.dialect);
    const at = new Date().toISOString();
    await database.db
      .insertInto('tenants')
      .values({ id: tenantId, name: 'T', widget_key: 'precheck', created_at: at })
      .execute();
    await database.db
      .insertInto('contacts')
      .values({
        id: 'ct_1',
        tenant_id: tenantId,
        name: null,
        email: null,
        external_id: null,
        created_at: at,
      })
      .execute();
    await database.db
      .insertInto('conversations')
      .values({
        id: 'cnv_1',
        tenant_id: tenantId,
        contact_id: 'ct_1',
        channel: 'web',
        status: 'bot',
        assignee_id: null,
        language: 'ja',
        customer_token_hash: 'x',
        bot_misses: 0,
        handoff: null,
        last_seq: 0,
        queued_at: null,
        assigned_at: null,
        resolved_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
  });
  after(async () => {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** The repository, counting the dialog reads. */
  const counted = () => {
    const inner = createCallbackRepository(database.db);
    const reads = { n: 0 };
    const repository: CallbackRepository = {
      ...inner,
      dialog: (...args) => {
        reads.n++;
        return inner.dialog(...args);
      },
    };
    return { repository, reads };
  };

  it('skips the read for an ordinary message, and a node that missed the start finds it on its next re-read', async () => {
    let clock = Date.now();
    const now = () => new Date(clock);
    const nodeA = counted();
    const nodeB = counted();
    const a = createCallbackService({ callbacks: nodeA.repository, now });
    const b = createCallbackService({ callbacks: nodeB.repository, now });
    const message = (text: string) => ({ tenantId, conversationId: 'cnv_1', text });

    assert.equal(await b.chatTurn(message('送料はいくらですか')), undefined);
    assert.equal(nodeB.reads.n, 0, 'no read for a message that is no part of a dialog');

    // Node A starts the questions (its write is what the message's transaction runs).
    const asked = await a.chatTurn(message('折り返し電話をお願いします'));
    assert.ok(asked);
    assert.match(asked.replies[0]?.text ?? '', /電話番号/);
    await asked.write(database.db);
    // On node A the next answer is read as the number.
    const onA = await a.chatTurn(message('080-1234-5678'));
    assert.match(onA?.replies[0]?.text ?? '', /時間帯/);

    // Node B heard nothing (no event): until its re-read it takes the message as ordinary…
    assert.equal(await b.chatTurn(message('080-1234-5678')), undefined);
    // …and after it, reads the dialog and goes on with the questions.
    clock += 31_000;
    await b.chatTurn(message('こんにちは')); // starts the re-read
    await new Promise((r) => setTimeout(r, 50));
    const onB = await b.chatTurn(message('080-1234-5678'));
    assert.match(onB?.replies[0]?.text ?? '', /時間帯/);
    assert.ok(nodeB.reads.n > 0);
  });
});
