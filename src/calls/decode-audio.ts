import fs from 'node:fs';
import { OggVorbisDecoder } from '@wasm-audio-decoders/ogg-vorbis';
import { MPEGDecoder } from 'mpg123-decoder';
import { OggOpusDecoder } from 'ogg-opus-decoder';

/** A run of decoded samples, one Float32Array per channel, all of the same length. */
export type PcmBlock = { channels: Float32Array[]; sampleRate: number };

export type AudioFormat = 'wav' | 'mp3' | 'ogg-vorbis' | 'ogg-opus';

export class NotAudioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAudioError';
  }
}

const CHUNK = 256 * 1024;

/** What the first bytes say the file is; null when it is no audio format we decode. */
export function detectFormat(head: Buffer): AudioFormat | null {
  if (head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF') {
    return head.toString('latin1', 8, 12) === 'WAVE' ? 'wav' : null;
  }
  if (head.toString('latin1', 0, 4) === 'OggS') {
    if (head.includes(Buffer.from('OpusHead'))) return 'ogg-opus';
    if (head.includes(Buffer.from('\x01vorbis', 'latin1'))) return 'ogg-vorbis';
    return null;
  }
  // ID3v2 tag, or an MPEG audio frame sync (11 set bits) with a valid layer.
  if (head.toString('latin1', 0, 3) === 'ID3') return 'mp3';
  const b0 = head[0] ?? 0;
  const b1 = head[1] ?? 0;
  if (b0 === 0xff && (b1 & 0xe0) === 0xe0 && (b1 & 0x06) !== 0) return 'mp3';
  return null;
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Decodes an audio file block by block, reading it in chunks so that memory stays bounded
 * whatever the length of the call. WAV is parsed here; MP3 and Ogg (Vorbis, Opus) go through
 * the WebAssembly builds of mpg123, libvorbis and libopus.
 */
export async function* decodeAudioFile(file: string): AsyncGenerator<PcmBlock> {
  const format = detectFormat(await readHead(file));
  if (!format) throw new NotAudioError('The file is not WAV, MP3 or Ogg audio');
  const stream = fs.createReadStream(file, { highWaterMark: CHUNK });
  if (format === 'wav') {
    yield* decodeWav(stream);
    return;
  }
  let produced = false;
  for await (const block of decodeCompressed(format, stream)) {
    if (block.channels[0] && block.channels[0].length > 0) {
      produced = true;
      yield block;
    }
  }
  if (!produced) throw new NotAudioError(`The ${format} stream holds no decodable audio`);
}

async function* decodeCompressed(
  format: Exclude<AudioFormat, 'wav'>,
  stream: AsyncIterable<Buffer>,
): AsyncGenerator<PcmBlock> {
  if (format === 'mp3') {
    const decoder = new MPEGDecoder();
    await decoder.ready;
    try {
      for await (const chunk of stream) {
        const out = decoder.decode(new Uint8Array(chunk));
        if (out.samplesDecoded > 0) {
          yield { channels: copy(out.channelData, out.samplesDecoded), sampleRate: out.sampleRate };
        }
      }
    } finally {
      decoder.free();
    }
    return;
  }
  const decoder = format === 'ogg-opus' ? new OggOpusDecoder() : new OggVorbisDecoder();
  await decoder.ready;
  try {
    for await (const chunk of stream) {
      const out = await decoder.decode(new Uint8Array(chunk));
      if (out.samplesDecoded > 0) {
        yield { channels: copy(out.channelData, out.samplesDecoded), sampleRate: out.sampleRate };
      }
    }
    const rest = await decoder.flush();
    if (rest.samplesDecoded > 0) {
      yield { channels: copy(rest.channelData, rest.samplesDecoded), sampleRate: rest.sampleRate };
    }
  } finally {
    decoder.free();
  }
}

// The decoders reuse their output memory between calls: keep a copy of what is handed on.
const copy = (channels: Float32Array[], length: number) =>
  channels.map((c) => Float32Array.from(c.subarray(0, length)));

type WavFormat = { channels: number; sampleRate: number; bits: number; float: boolean };

async function* decodeWav(stream: AsyncIterable<Buffer>): AsyncGenerator<PcmBlock> {
  let pending: Buffer = Buffer.alloc(0);
  let format: WavFormat | null = null;
  let dataLeft = 0;
  let headerDone = false;
  let offset = 12;
  for await (const chunk of stream) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    if (!headerDone) {
      // Walk the RIFF chunks up to `data`, keeping `fmt `.
      while (!headerDone) {
        if (pending.length < offset + 8) break;
        const id = pending.toString('latin1', offset, offset + 4);
        const size = pending.readUInt32LE(offset + 4);
        if (id === 'data') {
          if (!format) throw new NotAudioError('The WAV file has no fmt chunk before its data');
          dataLeft = size === 0 || size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
          pending = pending.subarray(offset + 8);
          headerDone = true;
          break;
        }
        if (pending.length < offset + 8 + size) break;
        if (id === 'fmt ') format = parseFmt(pending.subarray(offset + 8, offset + 8 + size));
        offset += 8 + size + (size % 2);
        if (offset > 1024 * 1024) throw new NotAudioError('The WAV header is too long');
      }
      if (!headerDone) continue;
    }
    const f = format as WavFormat;
    const frameBytes = (f.bits / 8) * f.channels;
    const usable = Math.min(pending.length, dataLeft);
    const frames = Math.floor(usable / frameBytes);
    if (frames > 0) {
      yield {
        channels: pcmOf(pending.subarray(0, frames * frameBytes), f, frames),
        sampleRate: f.sampleRate,
      };
      dataLeft -= frames * frameBytes;
      pending = pending.subarray(frames * frameBytes);
    }
    if (dataLeft <= 0) return;
  }
  if (!headerDone) throw new NotAudioError('The WAV file has no audio data');
}

function parseFmt(fmt: Buffer): WavFormat {
  if (fmt.length < 16) throw new NotAudioError('The WAV fmt chunk is too short');
  let tag = fmt.readUInt16LE(0);
  const channels = fmt.readUInt16LE(2);
  const sampleRate = fmt.readUInt32LE(4);
  const bits = fmt.readUInt16LE(14);
  // WAVE_FORMAT_EXTENSIBLE carries the real format in its sub-format GUID.
  if (tag === 0xfffe && fmt.length >= 26) tag = fmt.readUInt16LE(24);
  const float = tag === 3;
  if (tag !== 1 && tag !== 3) throw new NotAudioError(`WAV encoding ${tag} is not PCM`);
  if (channels < 1 || channels > 8 || sampleRate < 4000 || sampleRate > 192000) {
    throw new NotAudioError('The WAV format is out of range');
  }
  if (float ? bits !== 32 : ![8, 16, 24, 32].includes(bits)) {
    throw new NotAudioError(`${bits}-bit WAV is not supported`);
  }
  return { channels, sampleRate, bits, float };
}

function pcmOf(bytes: Buffer, f: WavFormat, frames: number): Float32Array[] {
  const out = Array.from({ length: f.channels }, () => new Float32Array(frames));
  const step = f.bits / 8;
  let at = 0;
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < f.channels; c++) {
      let v: number;
      if (f.float) v = bytes.readFloatLE(at);
      else if (f.bits === 16) v = bytes.readInt16LE(at) / 32768;
      else if (f.bits === 8) v = ((bytes[at] as number) - 128) / 128;
      else if (f.bits === 24) v = bytes.readIntLE(at, 3) / 8388608;
      else v = bytes.readInt32LE(at) / 2147483648;
      (out[c] as Float32Array)[i] = v;
      at += step;
    }
  }
  return out;
}
