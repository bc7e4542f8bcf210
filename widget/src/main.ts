import { pickLanguage } from './i18n.js';
import { startWidget } from './widget.js';

declare global {
  interface Window {
    Tsunagi?: { open: () => void; close: () => void };
  }
}

/** Read while the script runs: currentScript is gone once we are in a callback. */
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[data-widget-key]');

function boot() {
  const widgetKey = script?.dataset.widgetKey;
  if (!widgetKey) {
    console.warn('[tsunagi] data-widget-key is missing on the widget script tag');
    return;
  }
  // Pasting the snippet twice must not give the page two launchers.
  if (document.getElementById('tsunagi-widget')) return;
  const origin = script?.src ? new URL(script.src, location.href).origin : location.origin;
  const language = pickLanguage(
    script?.dataset.language ?? null,
    navigator.languages ?? [navigator.language],
  );
  window.Tsunagi = startWidget({ origin, widgetKey, language, mount: document.body });
}

if (document.body) boot();
else document.addEventListener('DOMContentLoaded', boot, { once: true });
