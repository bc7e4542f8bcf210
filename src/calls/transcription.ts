import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Speaker } from './call-figures.js';
import type { Segment } from './voice-activity.js';

/** An OpenAI-compatible speech-to-text endpoint (`/audio/transcriptions`), e.g. whisper.cpp. */
export type SpeechToTextConfig = { baseUrl: string; apiKey: string | undefined; model: string };

export type TranscriptSegment = { start: number; end: number; speaker: Speaker; text: string };

const verboseSchema = z.object({
  text: z.string(),
  language: z.string().optional(),
  segments: z.array(z.object({ start: z.number(), end: z.number(), text: z.string() })).optional(),
});

const TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Sends the recording once and asks for timed segments (`verbose_json`); each segment goes to
 * the speaker whose speech it overlaps most.
 */
export async function transcribe(
  config: SpeechToTextConfig,
  file: string,
  speech: Record<Speaker, Segment[]>,
): Promise<{ language: string | null; segments: TranscriptSegment[] }> {
  const form = new FormData();
  const bytes = await fs.promises.readFile(file);
  form.append('file', new Blob([bytes]), path.basename(file));
  form.append('model', config.model);
  form.append('response_format', 'verbose_json');
  form.append('timestamp_granularities[]', 'segment');
  const response = await fetch(`${config.baseUrl}/audio/transcriptions`, {
    method: 'POST',
    headers: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
    body: form,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`speech-to-text answered ${response.status}`);
  const parsed = verboseSchema.parse(await response.json());
  const raw = parsed.segments ?? [{ start: 0, end: 0, text: parsed.text }];
  return {
    language: parsed.language ?? null,
    segments: raw
      .filter((s) => s.text.trim() !== '')
      .map((s) => ({
        start: s.start,
        end: s.end,
        speaker: speakerOf(s, speech),
        text: s.text.trim(),
      })),
  };
}

const overlapWith = (s: Segment, segments: Segment[]) =>
  segments.reduce(
    (sum, x) => sum + Math.max(0, Math.min(s.end, x.end) - Math.max(s.start, x.start)),
    0,
  );

function speakerOf(s: Segment, speech: Record<Speaker, Segment[]>): Speaker {
  return overlapWith(s, speech.customer) > overlapWith(s, speech.agent) ? 'customer' : 'agent';
}

/** Characters spoken per minute of a speaker's talk (morae are close to kana characters). */
export function speechRate(segments: TranscriptSegment[], speaker: Speaker, talkSeconds: number) {
  if (talkSeconds <= 0) return null;
  const characters = segments
    .filter((s) => s.speaker === speaker)
    .reduce((n, s) => n + [...s.text.replace(/\s+/g, '')].length, 0);
  return characters === 0 ? null : Math.round((characters / talkSeconds) * 60);
}
