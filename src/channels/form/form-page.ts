const strings = {
  ja: {
    title: 'お問い合わせ',
    intro: '内容を確認のうえ、メールでご返信します。',
    name: 'お名前',
    email: 'メールアドレス',
    subject: '件名（任意）',
    text: 'お問い合わせ内容',
    submit: '送信する',
    sending: '送信中…',
    done: 'ご入力のメールアドレスに確認メールを送りました。メール内のリンクを開くと、お問い合わせが送信されます。',
    failed: '送信できませんでした。時間をおいてもう一度お試しください。',
  },
  en: {
    title: 'Contact us',
    intro: 'We will read your message and answer by email.',
    name: 'Name',
    email: 'Email',
    subject: 'Subject (optional)',
    text: 'Your message',
    submit: 'Send',
    sending: 'Sending…',
    done: 'We sent a confirmation link to the email address you gave. Open it to send your message.',
    failed: 'The message could not be sent. Please try again later.',
  },
};

export type FormLanguage = keyof typeof strings;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** The hosted inquiry form: plain HTML and a few lines of script, under a nonce-based CSP. */
export function renderFormPage(options: {
  tenantName: string;
  widgetKey: string;
  language: FormLanguage;
  nonce: string;
}): string {
  const s = strings[options.language];
  const t = (text: string) => escapeHtml(text);
  const action = `/api/v1/widget/${encodeURIComponent(options.widgetKey)}/form`;
  const script = `
const form = document.getElementById('inquiry');
const status = document.getElementById('status');
const button = form.querySelector('button');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = Object.fromEntries(new FormData(form));
  if (!data.subject) delete data.subject;
  data.language = document.documentElement.lang;
  button.disabled = true;
  button.textContent = ${JSON.stringify(s.sending)};
  try {
    const res = await fetch(${JSON.stringify(action)}, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data),
    });
    if (!res.ok) throw new Error(String(res.status));
    form.hidden = true;
    status.textContent = ${JSON.stringify(s.done)};
  } catch {
    status.textContent = ${JSON.stringify(s.failed)};
    button.disabled = false;
    button.textContent = ${JSON.stringify(s.submit)};
  }
});`;
  return `<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(s.title)} – ${t(options.tenantName)}</title>
<style nonce="${options.nonce}">
body { font-family: system-ui, "Hiragino Sans", "Noto Sans JP", "Yu Gothic UI", sans-serif; line-height: 1.7; margin: 0; background: #f6f7f9; color: #1d2433; }
main { max-width: 36rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 8px; }
label { display: block; margin-top: 1rem; font-weight: 600; }
input, textarea { width: 100%; box-sizing: border-box; font: inherit; padding: .5rem; border: 1px solid #8a93a6; border-radius: 4px; }
textarea { min-height: 10rem; }
button { margin-top: 1.25rem; font: inherit; padding: .6rem 1.4rem; background: #1f5fbf; color: #fff; border: 0; border-radius: 4px; }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
#status { margin-top: 1rem; overflow-wrap: anywhere; }
</style>
</head>
<body>
<main>
<h1>${t(s.title)}</h1>
<p>${t(options.tenantName)} — ${t(s.intro)}</p>
<form id="inquiry" method="post" action="${t(action)}">
<label for="f-name">${t(s.name)}</label><input id="f-name" name="name" required maxlength="200" autocomplete="name">
<label for="f-email">${t(s.email)}</label><input id="f-email" name="email" type="email" required maxlength="320" autocomplete="email">
<label for="f-subject">${t(s.subject)}</label><input id="f-subject" name="subject" maxlength="300">
<label for="f-text">${t(s.text)}</label><textarea id="f-text" name="text" required maxlength="10000"></textarea>
<button type="submit">${t(s.submit)}</button>
</form>
<p id="status" role="status" aria-live="polite"></p>
</main>
<script nonce="${options.nonce}">${script}</script>
</body>
</html>`;
}
