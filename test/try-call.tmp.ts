import { analyseCall } from '../src/calls/analyse-call.js';
import { synthesiseCall } from './support/synthetic-call.js';
const utterances = [
  { speaker: 'agent', text: 'thank you for calling this is the support desk how can I help you', at: 1 },
  { speaker: 'customer', text: 'my order has not arrived yet and I am worried about it', at: 6 },
  { speaker: 'agent', text: 'I am sorry to hear that may I have your order number please', at: 10.5 },
  { speaker: 'customer', text: 'wait I already told you the number yesterday on the phone', at: 13.5 },
  { speaker: 'customer', text: 'it is one two three four five', at: 22 },
  { speaker: 'agent', text: 'thank you I can see it now it will arrive tomorrow', at: 25 },
] as const;
for (const layout of ['stereo', 'mono'] as const) for (const format of ['wav', 'mp3', 'ogg'] as const) {
  const call = synthesiseCall({ utterances: [...utterances], durationSeconds: 32, layout, format });
  const t0 = performance.now();
  const f = await analyseCall(call.file, { agentChannel: 'left', maxSeconds: 7200 });
  console.log(layout, format, Math.round(performance.now() - t0), 'ms');
  console.log(' truth', JSON.stringify(call.truth));
  console.log(' got  ', JSON.stringify(f.speech));
  console.log(' overlaps', JSON.stringify(f.overlaps), 'silences', JSON.stringify(f.silences), 'gap', JSON.stringify(f.responseGapSeconds), 'turns', f.turns, 'talk', JSON.stringify(f.talk));
  call.cleanup();
}
