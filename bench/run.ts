import { runCallsBench } from './calls.bench.js';
import { runChannelsBench } from './channels.bench.js';
import { runFaqRetrievalBench } from './faq-retrieval.bench.js';
import { runFlowsBench } from './flows.bench.js';
import { runHttpLoopBench } from './http-loop.bench.js';
import { runIntentBench } from './intent-classification.bench.js';
import { runRoutingBench } from './routing.bench.js';

console.log('Tsunagi benchmarks (figures, and their ratio to a baseline measured in this run)\n');
await runFaqRetrievalBench();
await runIntentBench();
await runRoutingBench();
await runHttpLoopBench();
await runChannelsBench();
await runCallsBench();
await runFlowsBench();
