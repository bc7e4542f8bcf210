const strings = {
  ja: {
    form: {
      title: 'お問い合わせの確認',
      intro: 'このメールアドレスからのお問い合わせとして送信します。',
      button: '確認して送信する',
      done: '確認しました。お問い合わせを受け付け、このアドレスにご返信します。',
    },
    address: {
      title: '受信アドレスの確認',
      intro: 'このアドレスを Tsunagi のメール窓口として使うことを確認します。',
      button: '確認する',
      done: '確認しました。このアドレスへのメールを受け付けます。',
    },
    failed: 'リンクが無効か、有効期限が切れています。',
  },
  en: {
    form: {
      title: 'Confirm your inquiry',
      intro: 'Send the inquiry as coming from this email address.',
      button: 'Confirm and send',
      done: 'Confirmed. We have your inquiry and will answer at this address.',
    },
    address: {
      title: 'Confirm the address',
      intro: 'Confirm that this address may be used as a Tsunagi email channel.',
      button: 'Confirm',
      done: 'Confirmed. Mail to this address is now taken.',
    },
    failed: 'The link is not valid or has expired.',
  },
};

export type ConfirmLanguage = keyof typeof strings;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/**
 * The page a confirmation link opens. Opening it changes nothing (mail scanners follow
 * links); the person presses the button, which posts the token.
 */
export function renderConfirmPage(options: {
  kind: 'form' | 'address';
  language: ConfirmLanguage;
  token: string;
  nonce: string;
}): string {
  const s = strings[options.language];
  const k = s[options.kind];
  const action =
    options.kind === 'form' ? '/api/v1/forms/confirm' : '/api/v1/channels/confirm-address';
  const script = `
const button = document.getElementById('confirm');
const status = document.getElementById('status');
button.addEventListener('click', async () => {
  button.disabled = true;
  try {
    const res = await fetch(${JSON.stringify(action)}, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: ${JSON.stringify(options.token)} }),
    });
    if (!res.ok) throw new Error(String(res.status));
    button.hidden = true;
    status.textContent = ${JSON.stringify(k.done)};
  } catch {
    status.textContent = ${JSON.stringify(s.failed)};
    button.disabled = false;
  }
});`;
  return `<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(k.title)}</title>
<style nonce="${options.nonce}">
body { font-family: system-ui, "Hiragino Sans", "Noto Sans JP", "Yu Gothic UI", sans-serif; line-height: 1.7; margin: 0; background: #f6f7f9; color: #1d2433; }
main { max-width: 36rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 8px; }
button { margin-top: 1rem; font: inherit; padding: .6rem 1.4rem; background: #1f5fbf; color: #fff; border: 0; border-radius: 4px; }
button:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
#status { margin-top: 1rem; overflow-wrap: anywhere; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(k.title)}</h1>
<p>${escapeHtml(k.intro)}</p>
<button type="button" id="confirm">${escapeHtml(k.button)}</button>
<p id="status" role="status" aria-live="polite"></p>
</main>
<script nonce="${options.nonce}">${script}</script>
</body>
</html>`;
}
