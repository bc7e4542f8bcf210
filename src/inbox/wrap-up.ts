import type { HandoffCard, MessageView } from '../conversations/index.js';
import { summarise } from '../nlu/index.js';

const MAX_LINE = 160;

/** Names of the facts the bot extracted, in the language the wrap-up is written in. */
const factLabels: Record<string, Record<string, string>> = {
  ja: {
    order_number: '注文番号',
    email: 'メール',
    phone: '電話',
    date: '日付',
    amount: '金額',
    url: 'URL',
  },
  en: {
    order_number: 'Order number',
    email: 'Email',
    phone: 'Phone',
    date: 'Date',
    amount: 'Amount',
    url: 'URL',
  },
  ko: {
    order_number: '주문번호',
    email: '이메일',
    phone: '전화',
    date: '날짜',
    amount: '금액',
    url: 'URL',
  },
  zh: {
    order_number: '订单号',
    email: '邮箱',
    phone: '电话',
    date: '日期',
    amount: '金额',
    url: 'URL',
  },
};
const separators: Record<string, { label: string; list: string }> = {
  ja: { label: '：', list: '、' },
  zh: { label: '：', list: '，' },
};
const clip = (text: string) => {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= MAX_LINE ? chars.join('') : `${chars.slice(0, MAX_LINE - 1).join('')}…`;
};

/**
 * A first draft of the wrap-up, for the agent to edit: what the customer wanted (the handoff
 * card's summary, or a summary of their messages), the facts the bot extracted, and the
 * agent's last answer.
 */
export function draftWrapUp(options: {
  handoff: HandoffCard | null;
  messages: readonly MessageView[];
  category: string | null;
  faqCategory: string | null;
  /** The language of the labels (the console's, else the conversation's); English by default. */
  language?: string | null | undefined;
}): { category: string | null; summary: string } {
  const language = options.language && factLabels[options.language] ? options.language : 'en';
  const labels = factLabels[language] ?? {};
  const sep = separators[language] ?? { label: ': ', list: ', ' };
  const customerTexts = options.messages.filter((m) => m.author === 'customer').map((m) => m.text);
  const ask = options.handoff?.summary || summarise(customerTexts);
  const facts = (options.handoff?.entities ?? []).map(
    (e) => `${labels[e.type] ?? e.type}${sep.label}${e.value}`,
  );
  const lastAgent = [...options.messages].reverse().find((m) => m.author === 'agent');
  const lines = [
    ask && clip(ask),
    facts.length > 0 ? facts.join(sep.list) : '',
    lastAgent ? `→ ${clip(lastAgent.text)}` : '',
  ].filter((line) => line.length > 0);
  return {
    category: options.category ?? options.handoff?.intent ?? options.faqCategory,
    summary: lines.join('\n'),
  };
}
