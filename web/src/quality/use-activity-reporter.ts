import { useEffect } from 'react';
import type { QualityApi } from './quality-api';

/**
 * Once a minute, the console reports how many keys were pressed, how many clicks were made
 * and for how many seconds the console had the focus. Counts only: which keys, what was
 * typed or clicked is never recorded.
 */
export function useActivityReporter(api: QualityApi) {
  useEffect(() => {
    let keys = 0;
    let clicks = 0;
    let focused = 0;
    let minuteStart = Date.now() - (Date.now() % 60_000);
    const onKey = () => {
      keys++;
    };
    const onClick = () => {
      clicks++;
    };
    window.addEventListener('keydown', onKey, { capture: true, passive: true });
    window.addEventListener('pointerdown', onClick, { capture: true, passive: true });
    const tick = window.setInterval(() => {
      if (document.hasFocus()) focused = Math.min(60, focused + 1);
      const now = Date.now();
      if (now - minuteStart >= 60_000) {
        const report = {
          minuteStart: new Date(minuteStart).toISOString(),
          keys,
          clicks,
          focusedSeconds: focused,
        };
        keys = 0;
        clicks = 0;
        focused = 0;
        minuteStart = now - (now % 60_000);
        api.reportActivity(report).catch(() => {
          // A lost report only lowers the logged-in minutes; the next one is sent as usual.
        });
      }
    }, 1000);
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('pointerdown', onClick, { capture: true });
      window.clearInterval(tick);
    };
  }, [api]);
}
