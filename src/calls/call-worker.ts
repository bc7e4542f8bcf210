/** Worker thread entry: analyses one recording per message, off the server's event loop. */
import { parentPort } from 'node:worker_threads';
import { type AnalyseOptions, analyseCall, CallRejectedError } from './analyse-call.js';
import { NotAudioError } from './decode-audio.js';

export type AnalyseRequest = { id: number; file: string; options: AnalyseOptions };
export type AnalyseReply =
  | { id: number; ok: true; figures: Awaited<ReturnType<typeof analyseCall>> }
  | {
      id: number;
      ok: false;
      reason: 'not_audio' | 'too_long' | 'silent' | 'error';
      message: string;
    };

parentPort?.on('message', async (request: AnalyseRequest) => {
  let reply: AnalyseReply;
  try {
    reply = { id: request.id, ok: true, figures: await analyseCall(request.file, request.options) };
  } catch (error) {
    const reason =
      error instanceof CallRejectedError
        ? error.reason
        : error instanceof NotAudioError
          ? 'not_audio'
          : 'error';
    reply = { id: request.id, ok: false, reason, message: (error as Error).message };
  }
  parentPort?.postMessage(reply);
});
