import { decodeAudioFile } from '../src/calls/decode-audio.js';
import { estimatePitch } from '../src/calls/analyse-call.js';
import { synthesiseCall } from './support/synthetic-call.js';
const utterances = [
  { speaker: 'agent', text: 'thank you for calling this is the support desk how can I help you', at: 1 },
  { speaker: 'customer', text: 'my order has not arrived yet and I am worried about it', at: 6 },
] as const;
for (const format of ['wav', 'ogg'] as const) {
  const call = synthesiseCall({ utterances: [...utterances], durationSeconds: 10, layout: 'mono', format });
  const all: number[] = [];
  let sr = 0;
  const chunks: Float32Array[] = [];
  for await (const b of decodeAudioFile(call.file)) { sr = b.sampleRate; chunks.push(b.channels[0]!); console.log(format, 'channels', b.channels.length, sr); break; }
  for await (const b of decodeAudioFile(call.file)) chunks.push(b.channels[0]!);
  const x = new Float32Array(chunks.slice(1).reduce((s, c) => s + c.length, 0)); let o = 0; for (const c of chunks.slice(1)) { x.set(c, o); o += c.length; }
  const fl = Math.round(sr * 0.02);
  for (const [name, s, e] of [['agent', 1.2, 4], ['customer', 6.2, 8.6]] as const) {
    const ps: number[] = [];
    for (let t = s; t < e; t += 0.02) { const i = Math.round(t * sr); ps.push(Math.round(estimatePitch(x.subarray(i, i + fl), sr))); }
    const v = ps.filter((p) => p > 0).sort((a, b) => a - b);
    console.log(format, name, 'voiced', v.length, '/', ps.length, 'median', v[Math.floor(v.length / 2)], 'p10', v[Math.floor(v.length * 0.1)], 'p90', v[Math.floor(v.length * 0.9)]);
  }
  call.cleanup();
}
