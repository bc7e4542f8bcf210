import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { analyseCall } from './analyse-call.js';

/**
 * Writes an hour-long stereo WAV chunk by chunk: a voiced sound (a 150 Hz buzz with
 * harmonics) for 4 s every 30 s, alternating agent (left) and customer (right), over a faint
 * noise floor.
 */
function writeHourLongCall(file: string, rate = 8000, seconds = 3600) {
  const frames = rate * seconds;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + frames * 4, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(2, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 4, 28);
  header.writeUInt16LE(4, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(frames * 4, 40);
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, header);
  let seed = 1;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed / 0x7fffffff - 0.5) * 20;
  };
  const chunk = Buffer.alloc(rate * 4);
  for (let s = 0; s < seconds; s++) {
    const slot = Math.floor(s / 30);
    const speaking = s % 30 < 4;
    for (let i = 0; i < rate; i++) {
      const t = s + i / rate;
      const voice = speaking
        ? 6000 * (Math.sin(2 * Math.PI * 150 * t) + 0.5 * Math.sin(2 * Math.PI * 300 * t))
        : 0;
      chunk.writeInt16LE(Math.round((slot % 2 === 0 ? voice : 0) + noise()), i * 4);
      chunk.writeInt16LE(Math.round((slot % 2 === 1 ? voice : 0) + noise()), i * 4 + 2);
    }
    fs.writeSync(fd, chunk);
  }
  fs.closeSync(fd);
}

test('an hour-long call is analysed streaming, in bounded memory', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-hour-'));
  const file = path.join(dir, 'hour.wav');
  try {
    writeHourLongCall(file);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const figures = await analyseCall(file, { agentChannel: 'left', maxSeconds: 4 * 3600 });
    clearInterval(sampler);
    assert.equal(figures.durationSeconds, 3600);
    assert.equal(figures.speech.agent.length, 60);
    assert.equal(figures.speech.customer.length, 60);
    assert.ok(Math.abs(figures.talk.agent - 240) < 1);
    assert.equal(figures.overlaps.length, 0);
    assert.equal(figures.silences.length, 120);
    // The file is 115 MB; what is kept per 20 ms frame is a few bytes.
    assert.ok(peak - before < 80e6, `memory grew by ${Math.round((peak - before) / 1e6)} MB`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
