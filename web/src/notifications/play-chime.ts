type AudioContextClass = typeof AudioContext;

let context: AudioContext | null = null;

const getContext = (): AudioContext | null => {
  if (context) return context;
  const Ctor: AudioContextClass | undefined =
    window.AudioContext ??
    (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
  if (!Ctor) return null;
  context = new Ctor();
  return context;
};

/**
 * Browsers keep audio suspended until the page has had a user gesture; calling this from one
 * (a click on the alerts toggle, any key or click) lets later chimes play.
 */
export function unlockAudio(): void {
  const audio = getContext();
  if (audio?.state === 'suspended') audio.resume().catch(() => undefined);
}

/** A short, soft two-note chime, generated so no audio file is needed. */
export function playChime(): void {
  const audio = getContext();
  if (!audio) return;
  if (audio.state === 'suspended') audio.resume().catch(() => undefined);
  const start = audio.currentTime + 0.01;
  const notes: [number, number][] = [
    [880, 0],
    [1318.5, 0.14],
  ];
  for (const [frequency, offset] of notes) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const at = start + offset;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.18, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.32);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.35);
  }
}
