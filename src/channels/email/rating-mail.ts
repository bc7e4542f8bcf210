export type RatingLanguage = 'ja' | 'en';

export const ratingLanguageOf = (language: string | null | undefined): RatingLanguage =>
  (language ?? 'ja').startsWith('en') ? 'en' : 'ja';

/** The link of one score: the page it opens shows the choice and posts it (a GET rates nothing). */
export const ratingLink = (baseUrl: string, token: string, score: number, lang: RatingLanguage) =>
  `${baseUrl.replace(/\/+$/, '')}/rate/${encodeURIComponent(token)}?score=${score}&lang=${lang}`;

/** The short follow-up mail of a resolved email conversation: five links, 1 to 5. */
export function ratingMail(
  lang: RatingLanguage,
  link: (score: number) => string,
): { subject: string; text: string } {
  const lines = [1, 2, 3, 4, 5].map((s) => `${'★'.repeat(s)}${'☆'.repeat(5 - s)} ${s}: ${link(s)}`);
  return lang === 'ja'
    ? {
        subject: '今回の対応はいかがでしたか？',
        text: [
          'お問い合わせありがとうございました。',
          '今回の対応を 1〜5 で評価してください（リンクを開き、ボタンを押すと送信されます）。',
          '',
          ...lines,
        ].join('\n'),
      }
    : {
        subject: 'How did we do?',
        text: [
          'Thank you for contacting us.',
          'Please rate our answer from 1 to 5 (open a link, then press the button to send it).',
          '',
          ...lines,
        ].join('\n'),
      };
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const pageText = {
  ja: {
    title: '評価',
    ask: (n: number) => `評価「${'★'.repeat(n)}（${n}）」を送信しますか？`,
    send: '送信する',
    thanks: (n: number) => `評価（${n}）を受け付けました。ありがとうございました。`,
    refused: 'このリンクは無効か、有効期限が切れています。',
    badScore: '評価は 1〜5 の数字で選んでください。',
  },
  en: {
    title: 'Rating',
    ask: (n: number) => `Send the rating "${'★'.repeat(n)}" (${n} of 5)?`,
    send: 'Send',
    thanks: (n: number) => `Your rating (${n}) has been recorded. Thank you.`,
    refused: 'This link is not valid or has expired.',
    badScore: 'Please choose a rating from 1 to 5.',
  },
};

export type RatingPage =
  | { state: 'ask'; score: number; action: string }
  | { state: 'thanks'; score: number }
  | { state: 'refused' }
  | { state: 'bad_score' };

/** The rating page: no script, a plain form that posts the score. */
export function renderRatingPage(lang: RatingLanguage, page: RatingPage): string {
  const t = pageText[lang];
  const body =
    page.state === 'ask'
      ? `<p>${escapeHtml(t.ask(page.score))}</p>
<form method="post" action="${escapeHtml(page.action)}">
<input type="hidden" name="score" value="${page.score}">
<button type="submit">${escapeHtml(t.send)}</button>
</form>`
      : page.state === 'thanks'
        ? `<p role="status">${escapeHtml(t.thanks(page.score))}</p>`
        : `<p role="alert">${escapeHtml(page.state === 'refused' ? t.refused : t.badScore)}</p>`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.title)}</title></head>
<body><main>
<h1>${escapeHtml(t.title)}</h1>
${body}
</main></body></html>`;
}
