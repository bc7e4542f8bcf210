import type { MessageView } from '../../conversations/index.js';

const labels = {
  ja: {
    subject: (tenant: string) => `${tenant}とのお問い合わせ履歴`,
    intro: (tenant: string) => `${tenant}とのお問い合わせの記録をお送りします。`,
    customer: 'お客様',
    bot: 'ボット',
    agent: 'オペレーター',
    system: 'お知らせ',
  },
  en: {
    subject: (tenant: string) => `Your conversation with ${tenant}`,
    intro: (tenant: string) => `Here is the transcript of your conversation with ${tenant}.`,
    customer: 'You',
    bot: 'Bot',
    agent: 'Agent',
    system: 'Notice',
  },
};

/** The whole conversation as plain text (only ever text: nothing from it is interpreted). */
export function renderTranscript(options: {
  tenantName: string;
  language: string | null;
  messages: MessageView[];
}): { subject: string; text: string } {
  const isJa = (options.language ?? 'ja') === 'ja';
  const l = isJa ? labels.ja : labels.en;
  const format = new Intl.DateTimeFormat(isJa ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Tokyo',
  });
  const lines = options.messages.map((m) => {
    const who = m.author === 'agent' && m.authorName ? m.authorName : l[m.author];
    return `[${format.format(new Date(m.createdAt))}] ${who}:\n${m.text}`;
  });
  return {
    subject: l.subject(options.tenantName),
    text: [l.intro(options.tenantName), '', ...lines.flatMap((line) => [line, ''])].join('\n'),
  };
}
