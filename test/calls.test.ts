import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import {
  demo,
  type Json,
  owner,
  startTestServer,
  startWidgetConversation,
  type TestServer,
} from './support/harness.js';
import {
  haveSynthesis,
  type SyntheticCall,
  synthesiseCall,
  type Utterance,
} from './support/synthetic-call.js';

const T = `/api/v1/tenants/${demo.tenantId}`;

/** An agent answers, the customer explains, each interrupts the other once, a 5 s silence. */
const script: Utterance[] = [
  {
    speaker: 'agent',
    text: 'thank you for calling the support desk how can I help you today',
    at: 1,
  },
  {
    speaker: 'customer',
    text: 'my order has not arrived yet and I am getting worried about it',
    at: 5.8,
  },
  // The agent cuts in over the customer's long complaint.
  {
    speaker: 'customer',
    text: 'I ordered it two weeks ago and nobody has told me anything at all since then',
    at: 10.5,
  },
  {
    speaker: 'agent',
    text: 'I am very sorry about that let me check it for you right away',
    at: 13.2,
  },
  // Five seconds where nobody speaks while the agent looks it up, then the customer cuts in.
  {
    speaker: 'agent',
    text: 'I can see your parcel it left our warehouse yesterday morning and it is on the way',
    at: 22.5,
  },
  { speaker: 'customer', text: 'so when will it finally get here', at: 25.3 },
  { speaker: 'agent', text: 'it will arrive tomorrow before noon', at: 28.6 },
];

const form = (file: Buffer, filename: string, fields: Record<string, string> = {}) => {
  const body = new FormData();
  body.append('recording', new Blob([file]), filename);
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  return body;
};

async function upload(
  server: TestServer,
  token: string,
  file: Buffer,
  filename: string,
  fields: Record<string, string> = {},
) {
  const res = await fetch(`${server.url}${T}/calls`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form(file, filename, fields),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

async function waitForCall(server: TestServer, token: string, id: string) {
  for (let i = 0; i < 300; i++) {
    const res = await server.api.get(`${T}/calls/${id}`, token);
    if (res.body.status !== 'processing') return res.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the call never finished processing');
}

const near = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: ${actual} is not within ±${tolerance} of ${expected}`,
  );

describe('calls: recordings turned into figures', {
  skip: !haveSynthesis() && 'needs espeak-ng and sox',
}, () => {
  let server: TestServer;
  let admin: string;
  let agent1: string;
  let agent1Id: string;
  let stereo: SyntheticCall;

  before(async () => {
    server = await startTestServer();
    admin = await server.api.login(demo.admin.email, demo.admin.password);
    agent1 = await server.api.login(demo.agent1.email, demo.agent1.password);
    agent1Id = (await server.api.get('/api/v1/auth/me', agent1)).body.user.id;
    stereo = synthesiseCall({
      utterances: script,
      durationSeconds: 33,
      layout: 'stereo',
      format: 'wav',
    });
  });
  after(async () => {
    stereo.cleanup();
    await server.cleanup();
  });

  test('a stereo call: speech, overlaps both ways, the silence, gaps and talk times', async () => {
    const res = await upload(server, admin, fs.readFileSync(stereo.file), 'call.wav', {
      agentChannel: 'left',
      agentId: agent1Id,
    });
    assert.equal(res.status, 201);
    const call = await waitForCall(server, admin, res.body.id);
    assert.equal(call.status, 'ready', JSON.stringify(call.failure));
    near(call.durationSeconds, 33, 0.05, 'duration');

    // Every boundary within ±0.2 s of where the speech was placed.
    for (const side of ['agent', 'customer'] as const) {
      const truth = mergeTouching(stereo.truth[side]);
      assert.equal(call.speech[side].length, truth.length, `${side} segments`);
      truth.forEach((t, i) => {
        near(call.speech[side][i].start, t.start, 0.2, `${side} segment ${i} start`);
        near(call.speech[side][i].end, t.end, 0.2, `${side} segment ${i} end`);
      });
      const talk = truth.reduce((s, t) => s + t.end - t.start, 0);
      near(call.talk[side], talk, 0.3, `${side} talk time`);
    }
    near(call.talkRatio, call.talk.agent / (call.talk.agent + call.talk.customer), 0.001, 'ratio');

    // The agent cut in at 13.2 s; the customer at 25.3 s.
    const byStart = [...call.overlaps].sort((a, b) => a.start - b.start);
    assert.equal(byStart.length, 2, JSON.stringify(call.overlaps));
    assert.equal(byStart[0].interrupter, 'agent');
    near(byStart[0].start, 13.2, 0.2, 'first overlap start');
    assert.equal(byStart[1].interrupter, 'customer');
    near(byStart[1].start, 25.3, 0.2, 'second overlap start');

    const lookUp = call.silences.find(
      (s: { start: number; end: number }) => s.end - s.start >= 4.5,
    );
    assert.ok(lookUp, `a ~5 s silence in ${JSON.stringify(call.silences)}`);
    near(lookUp.end, 22.5, 0.2, 'silence end');
    assert.ok(call.responseGapSeconds.median >= 0, 'a response gap');
    assert.ok(call.turns >= 5);
    const longest = Math.max(
      ...[...stereo.truth.agent, ...stereo.truth.customer].map((t) => t.end - t.start),
    );
    assert.ok(call.longestMonologue.end - call.longestMonologue.start >= longest - 0.2);
  });

  test('analysed calls count in the analytics summary, by agent and day, with talk time', async () => {
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const { calls } = (await server.api.get(`${T}/analytics/summary?from=${from}&to=${to}`, admin))
      .body;
    const ready = ((await server.api.get(`${T}/calls`, admin)).body.calls as Json[]).filter(
      (c) => c.status === 'ready',
    );
    assert.ok(ready.length >= 1, 'the stereo call is analysed');
    assert.equal(calls.analysed, ready.length);
    const mine = calls.byAgent.find((a: Json) => a.key === agent1Id);
    assert.ok(mine, JSON.stringify(calls));
    near(mine.durationSeconds, 33, 0.1, 'the call’s length');
    assert.ok(mine.talkSeconds > 10 && mine.talkSeconds < 33, `talk ${mine.talkSeconds} s`);
    assert.equal(
      calls.byDay.reduce((n: number, d: Json) => n + d.calls, 0),
      calls.analysed,
    );
    const chatOnly = await server.api.get(
      `${T}/analytics/summary?from=${from}&to=${to}&channel=web`,
      admin,
    );
    assert.equal(chatOnly.body.calls.analysed, 0, 'a chat channel filter leaves calls out');
  });

  test('the same call as MP3 and as Ogg Vorbis gives the same figures', async () => {
    for (const format of ['mp3', 'ogg'] as const) {
      const call = synthesiseCall({
        utterances: script,
        durationSeconds: 33,
        layout: 'stereo',
        format,
      });
      try {
        const res = await upload(server, admin, fs.readFileSync(call.file), `call.${format}`);
        assert.equal(res.status, 201);
        const done = await waitForCall(server, admin, res.body.id);
        assert.equal(done.status, 'ready', `${format}: ${JSON.stringify(done.failure)}`);
        for (const side of ['agent', 'customer'] as const) {
          const talk = mergeTouching(call.truth[side]).reduce((s, t) => s + t.end - t.start, 0);
          near(done.talk[side], talk, 0.3, `${format} ${side} talk`);
        }
        assert.equal(done.overlaps.length, 2, `${format} overlaps`);
      } finally {
        call.cleanup();
      }
    }
  });

  test('a mono call is split into two speakers, the first heard being the agent', async () => {
    const turnTaking = script.filter((u) => u.at !== 10.5 && u.at !== 25.3);
    const call = synthesiseCall({
      utterances: turnTaking,
      durationSeconds: 33,
      layout: 'mono',
      format: 'wav',
    });
    try {
      const res = await upload(server, admin, fs.readFileSync(call.file), 'mono.wav');
      const done = await waitForCall(server, admin, res.body.id);
      assert.equal(done.status, 'ready');
      for (const side of ['agent', 'customer'] as const) {
        const talk = call.truth[side].reduce((s, t) => s + t.end - t.start, 0);
        near(done.talk[side], talk, 1, `mono ${side} talk`);
      }
      near(done.speech.agent[0].start, 1, 0.2, 'the agent speaks first');
    } finally {
      call.cleanup();
    }
  });

  test('not audio, silence and a recording too long fail with a reason', async () => {
    const text = await upload(server, admin, Buffer.from('this is not audio at all'), 'notes.wav');
    assert.equal(text.status, 201);
    const notAudio = await waitForCall(server, admin, text.body.id);
    assert.equal(notAudio.status, 'failed');
    assert.equal(notAudio.failure.reason, 'not_audio');

    const silent = synthesiseCall({
      utterances: [],
      durationSeconds: 10,
      layout: 'stereo',
      format: 'wav',
    });
    try {
      const res = await upload(server, admin, fs.readFileSync(silent.file), 'silent.wav');
      const done = await waitForCall(server, admin, res.body.id);
      assert.equal(done.status, 'failed');
      assert.equal(done.failure.reason, 'silent');
    } finally {
      silent.cleanup();
    }

    const short = await startTestServer({ name: 'sqlite' }, { CALL_MAX_MINUTES: '1' });
    const long = synthesiseCall({
      utterances: script,
      durationSeconds: 65,
      layout: 'stereo',
      format: 'wav',
    });
    try {
      const token = await short.api.login(demo.admin.email, demo.admin.password);
      const res = await upload(short, token, fs.readFileSync(long.file), 'long.wav');
      const done = await waitForCall(short, token, res.body.id);
      assert.equal(done.status, 'failed');
      assert.equal(done.failure.reason, 'too_long');
    } finally {
      long.cleanup();
      await short.cleanup();
    }
  });

  test('bad uploads are refused and change nothing', async () => {
    const before = (await server.api.get(`${T}/calls?limit=200`, admin)).body.calls.length;
    const noFile = new FormData();
    noFile.append('agentChannel', 'left');
    const missing = await fetch(`${server.url}${T}/calls`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: noFile,
    });
    assert.equal(missing.status, 400);
    const wrongSide = await upload(server, admin, fs.readFileSync(stereo.file), 'c.wav', {
      agentChannel: 'middle',
    });
    assert.equal(wrongSide.status, 400);
    const empty = await upload(server, admin, Buffer.alloc(0), 'empty.wav');
    assert.equal(empty.status, 400);
    const json = await server.api.post(`${T}/calls`, { recording: 'x' }, admin);
    assert.equal(json.status, 415);
    const unknownAgent = await upload(server, admin, fs.readFileSync(stereo.file), 'c.wav', {
      agentId: 'usr_nobody',
    });
    assert.equal(unknownAgent.status, 404);
    const anonymous = await fetch(`${server.url}${T}/calls`, {
      method: 'POST',
      body: form(Buffer.from('x'), 'x.wav'),
    });
    assert.equal(anonymous.status, 401);
    const after = (await server.api.get(`${T}/calls?limit=200`, admin)).body.calls.length;
    assert.equal(after, before);
  });

  test('agents see their own calls only; other tenants see none', async () => {
    const mine = await upload(server, agent1, fs.readFileSync(stereo.file), 'mine.wav');
    assert.equal(mine.status, 201);
    const agent2 = await server.api.login(demo.agent2.email, demo.agent2.password);
    assert.equal(
      (await server.api.get(`${T}/calls/${mine.body.id}`, agent1)).body.agentId,
      agent1Id,
    );
    assert.equal((await server.api.get(`${T}/calls/${mine.body.id}`, agent2)).status, 404);
    const list = await server.api.get(`${T}/calls`, agent2);
    assert.ok(list.body.calls.every((c: { agentId: string }) => c.agentId !== agent1Id));
    assert.equal(
      (await server.api.get(`${T}/calls/${mine.body.id}/recording`, agent2)).status,
      404,
    );
    const audio = await fetch(`${server.url}${T}/calls/${mine.body.id}/recording`, {
      headers: { authorization: `Bearer ${agent1}` },
    });
    assert.equal(audio.status, 200);
    assert.equal(audio.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(Buffer.from(await audio.arrayBuffer()).length, fs.statSync(stereo.file).size);

    const ownerToken = await server.api.login(owner.email, owner.password);
    const other = await server.api.post('/api/v1/tenants', { name: 'Elsewhere' }, ownerToken);
    await server.api.post(
      `/api/v1/tenants/${other.body.id}/users`,
      { email: 'a@elsewhere.test', password: 'elsewhere-pass', name: 'A', role: 'admin' },
      ownerToken,
    );
    const foreign = await server.api.login('a@elsewhere.test', 'elsewhere-pass');
    assert.equal((await server.api.get(`${T}/calls/${mine.body.id}`, foreign)).status, 404);
    assert.equal(
      (await server.api.get(`/api/v1/tenants/${other.body.id}/calls/${mine.body.id}`, foreign))
        .status,
      404,
    );

    await server.services.calls.idle();
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const byAgent = await server.api.get(`${T}/calls/by-agent?from=${from}&to=${to}`, admin);
    assert.equal(byAgent.status, 200);
    const row = byAgent.body.agents.find((a: { agentId: string }) => a.agentId === agent1Id);
    assert.ok(row && row.calls >= 2, JSON.stringify(byAgent.body));
    // The operator's figures add up their ready calls of the period.
    const theirs = (
      await server.api.get(`${T}/calls?agentId=${agent1Id}&limit=200`, admin)
    ).body.calls.filter(
      (c: { status: string; createdAt: string }) => c.status === 'ready' && c.createdAt >= from,
    );
    type Ready = {
      talk: { agent: number; customer: number };
      overlaps: unknown[];
      silences: unknown[];
    };
    const sum = (f: (c: Ready) => number) => theirs.reduce((n: number, c: Ready) => n + f(c), 0);
    assert.equal(row.calls, theirs.length);
    assert.equal(row.talkSeconds, Math.round(sum((c) => c.talk.agent)));
    assert.equal(row.listenSeconds, Math.round(sum((c) => c.talk.customer)));
    assert.equal(
      row.overlaps,
      sum((c) => c.overlaps.length),
    );
    assert.equal(
      row.silences,
      sum((c) => c.silences.length),
    );
    assert.ok(row.overlaps > 0 && row.silences > 0, 'the scripted calls have both');
    assert.equal(
      (await server.api.get(`${T}/calls/by-agent?from=${from}&to=${to}`, agent1)).status,
      403,
    );
  });
});

describe('calls: transcripts from an OpenAI-compatible speech-to-text endpoint', {
  skip: !haveSynthesis() && 'needs espeak-ng and sox',
}, () => {
  let stt: http.Server;
  let server: TestServer;
  let received: { model: string | null; format: string | null } = { model: null, format: null };

  before(async () => {
    // Answers as OpenAI's /audio/transcriptions does with response_format=verbose_json.
    stt = http.createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = Buffer.concat(chunks).toString('latin1');
      received = {
        model: /name="model"\r\n\r\n([^\r]*)/.exec(body)?.[1] ?? null,
        format: /name="response_format"\r\n\r\n([^\r]*)/.exec(body)?.[1] ?? null,
      };
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          task: 'transcribe',
          language: 'english',
          duration: 33,
          text: 'Thank you for calling. My order has not arrived.',
          segments: [
            {
              id: 0,
              seek: 0,
              start: 1.0,
              end: 4.6,
              text: ' Thank you for calling the support desk.',
              tokens: [],
              temperature: 0,
              avg_logprob: -0.2,
              compression_ratio: 1.2,
              no_speech_prob: 0.01,
            },
            {
              id: 1,
              seek: 0,
              start: 5.8,
              end: 9.5,
              text: ' My order has not arrived yet, I will cancel my account.',
              tokens: [],
              temperature: 0,
              avg_logprob: -0.2,
              compression_ratio: 1.2,
              no_speech_prob: 0.01,
            },
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
  });
  after(async () => {
    await server.cleanup();
    stt.close();
  });

  test('segments go to the speaker who spoke them, with rate, keywords and summary', async () => {
    const call = synthesiseCall({
      utterances: script.slice(0, 2),
      durationSeconds: 12,
      layout: 'stereo',
      format: 'wav',
    });
    try {
      const admin = await server.api.login(demo.admin.email, demo.admin.password);
      const res = await upload(server, admin, fs.readFileSync(call.file), 'call.wav');
      const done = await waitForCall(server, admin, res.body.id);
      assert.equal(done.status, 'ready');
      assert.deepEqual(received, { model: 'whisper-1', format: 'verbose_json' });
      assert.deepEqual(
        done.transcript.map((s: { speaker: string }) => s.speaker),
        ['agent', 'customer'],
      );
      assert.ok(done.speechRate.agent > 0 && done.speechRate.customer > 0);
      assert.ok(done.keywords.length > 0);
      assert.ok(done.summary.length > 0);
      // The quality scanner ran over the transcript: the customer's threat to leave, pinpointed.
      const escalation = done.findings.find((f: { rule: string }) => f.rule === 'escalation');
      assert.ok(escalation, JSON.stringify(done.findings));
      assert.equal(escalation.severity, 'high');
      assert.equal(escalation.segment, 1);
      assert.equal(escalation.at, 5.8);
      assert.equal(
        done.transcript[1].text.slice(escalation.start, escalation.end).toLowerCase(),
        'cancel my account',
      );
    } finally {
      call.cleanup();
    }
  });

  test('a call with findings is in the review queue beside chats, ranked by the same risk', async () => {
    const call = synthesiseCall({
      utterances: script.slice(0, 2),
      durationSeconds: 12,
      layout: 'stereo',
      format: 'wav',
    });
    try {
      const admin = await server.api.login(demo.admin.email, demo.admin.password);
      const agent1 = await server.api.login(demo.agent1.email, demo.agent1.password);
      const agent1Id = (await server.api.get('/api/v1/auth/me', agent1)).body.user.id;
      const res = await upload(server, admin, fs.readFileSync(call.file), 'call.wav', {
        agentId: agent1Id,
      });
      const done = await waitForCall(server, admin, res.body.id);
      const weight = { high: 10, medium: 3, low: 1 } as Record<string, number>;
      const callRisk = done.findings.reduce(
        (sum: number, f: { severity: string }) => sum + (weight[f.severity] ?? 0),
        0,
      );
      assert.ok(callRisk >= 10, JSON.stringify(done.findings));
      // A chat where the customer escalates twice: riskier than the call.
      const chat = await startWidgetConversation(server.api);
      await chat.send('責任者を出せ');
      await chat.send('もう解約します');
      type Item = {
        kind: string;
        id: string;
        risk: number;
        agentId: string | null;
        href: string;
        findings: { rule: string; segment: number | null; second: number | null }[];
      };
      let items: Item[] = [];
      for (let i = 0; i < 100; i++) {
        const queue = await server.api.get(`${T}/qa/review-queue?limit=50`, admin);
        assert.equal(queue.status, 200);
        items = queue.body.items;
        const conversation = items.find((x) => x.id === chat.conversationId);
        if (conversation && conversation.risk >= 20) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const ofCall = items.findIndex((x) => x.kind === 'call' && x.id === res.body.id);
      const ofChat = items.findIndex(
        (x) => x.kind === 'conversation' && x.id === chat.conversationId,
      );
      assert.ok(ofCall >= 0 && ofChat >= 0, JSON.stringify(items));
      const callItem = items[ofCall] as Item;
      assert.equal(callItem.risk, callRisk);
      assert.equal(callItem.agentId, agent1Id);
      assert.equal((items[ofChat] as Item).risk, 20);
      assert.ok(ofChat < ofCall, 'the riskier chat comes first');
      assert.deepEqual(
        items.map((x) => x.risk),
        [...items.map((x) => x.risk)].sort((a, b) => b - a),
        'ranked by risk',
      );
      const escalation = callItem.findings.find((f) => f.rule === 'escalation');
      assert.deepEqual([escalation?.segment, escalation?.second], [1, 5.8]);
      // The link leads to the call itself.
      assert.equal(callItem.href, `${T}/calls/${res.body.id}`);
      const linked = await server.api.get(callItem.href, admin);
      assert.equal(linked.status, 200);
      assert.equal(linked.body.id, res.body.id);
      // The contract's list of conversations is unchanged: no call in it.
      const queue = await server.api.get(`${T}/qa/review-queue?limit=50`, admin);
      assert.ok(
        !queue.body.conversations.some((c: { id: string }) => c.id === res.body.id),
        'calls are not listed as conversations',
      );

      // The call is scored on the scorecard like a chat: it leaves the queue, and its operator
      // reads the feedback.
      const criteria = (await server.api.get(`${T}/qa/scorecard`, admin)).body.criteria as {
        id: string;
      }[];
      const scores = Object.fromEntries(criteria.map((c) => [c.id, 2]));
      for (const [body, status] of [
        [{ callId: res.body.id, conversationId: chat.conversationId, scores }, 400],
        [{ scores }, 400],
        [{ callId: 'call_nope', scores }, 404],
      ] as const) {
        assert.equal((await server.api.post(`${T}/qa/reviews`, body, admin)).status, status);
      }
      const review = await server.api.post(
        `${T}/qa/reviews`,
        { callId: res.body.id, scores, comment: '解約の申し出には上長へ' },
        admin,
      );
      assert.equal(review.status, 201);
      assert.equal(review.body.agentId, agent1Id);
      const after = (await server.api.get(`${T}/qa/review-queue?limit=50`, admin)).body
        .items as Item[];
      assert.ok(!after.some((x) => x.id === res.body.id), 'a scored call leaves the queue');
      assert.ok(
        after.some((x) => x.id === chat.conversationId),
        'the chat is still waiting',
      );
      const feedback = (await server.api.get(`${T}/qa/reviews`, agent1)).body.reviews as {
        callId: string | null;
        conversationId: string | null;
        comment: string;
      }[];
      const ofThisCall = feedback.find((r) => r.callId === res.body.id);
      assert.equal(ofThisCall?.comment, '解約の申し出には上長へ');
      assert.equal(ofThisCall?.conversationId, null);
    } finally {
      call.cleanup();
    }
  });
});

/** Utterances of one side that touch or overlap are heard as one stretch of speech. */
function mergeTouching(segments: { start: number; end: number }[]) {
  const out: { start: number; end: number }[] = [];
  for (const s of [...segments].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start - last.end <= 0.3) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
