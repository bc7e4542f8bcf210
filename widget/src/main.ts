import { pickLanguage } from './i18n.js';
import type { Identity } from './types.js';
import { startWidget } from './widget.js';

declare global {
  interface Window {
    Tsunagi?: {
      open: () => void;
      close: () => void;
      /** Says who the customer is (values signed by the site's server); before the first message. */
      identify: (identity: Identity) => void;
      /** Reports a purchase by this visitor (counted without a chat unless they chatted that day). */
      conversion: (purchase: {
        value: number;
        currency: string;
        orderId?: string;
      }) => Promise<{ recorded: boolean }>;
    };
    /** Set before the script loads, as an alternative to the data attributes. */
    tsunagiSettings?: { identity?: Identity };
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
  // data-user-id / data-user-hash / data-user-email / data-email-hash / data-user-name, or
  // window.tsunagiSettings.identity, or Tsunagi.identify(…) later.
  const data = script?.dataset ?? {};
  let identity: Identity = {
    ...(data.userId ? { externalId: data.userId } : {}),
    ...(data.userHash ? { userHash: data.userHash } : {}),
    ...(data.userEmail ? { email: data.userEmail } : {}),
    ...(data.emailHash ? { emailHash: data.emailHash } : {}),
    ...(data.userName ? { name: data.userName } : {}),
    ...window.tsunagiSettings?.identity,
  };
  const widget = startWidget({
    origin,
    widgetKey,
    language,
    mount: document.body,
    identity: () => identity,
  });
  window.Tsunagi = {
    ...widget,
    identify: (next) => {
      identity = { ...next };
    },
  };
}

if (document.body) boot();
else document.addEventListener('DOMContentLoaded', boot, { once: true });
