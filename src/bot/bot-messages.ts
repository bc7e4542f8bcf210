import type { Language } from '../nlu/index.js';

/** Every sentence the bot says, per language. */
export const botMessages = {
  ja: {
    greeting: 'こんにちは！つなぎサポートです。ご質問をどうぞ。',
    smallTalkHello: 'こんにちは！どのようなご用件でしょうか？',
    smallTalkThanks: 'どういたしまして。ほかにご質問があればどうぞ。',
    suggest: 'お探しの内容は次のどれですか？',
    noAnswer:
      '申し訳ありません、お答えが見つかりませんでした。言い換えてお試しいただくか、下のボタンからオペレーターにお問い合わせください。',
    handoffRequested: 'オペレーターにおつなぎします。少々お待ちください。',
    handoffAfterMisses: 'うまくお答えできず申し訳ありません。オペレーターにおつなぎします。',
    sorryNoAnswer: 'うまくお答えできず申し訳ありません。',
    talkToHuman: 'オペレーターと話す',
    agentJoined: (name: string) => `${name}が対応します。`,
    resolved: 'お問い合わせありがとうございました。',
    formReceived: 'お問い合わせを受け付けました。担当者がこのメールアドレスにお返事します。',
    formRelatedAnswer: 'ご参考までに、よくあるご質問からの回答です：',
    closedUntil: (when: string) =>
      `ただいま営業時間外です。お問い合わせは承りました。オペレーターが${when}以降に順番にお返事します。`,
    closedUnknown:
      'ただいま営業時間外です。お問い合わせは承りました。営業再開後、オペレーターが順番にお返事します。',
  },
  en: {
    greeting: 'Hi! This is Tsunagi support. How can we help?',
    smallTalkHello: 'Hello! How can I help you today?',
    smallTalkThanks: "You're welcome. Anything else I can help with?",
    suggest: 'Is your question one of these?',
    noAnswer:
      "Sorry, I couldn't find an answer. Could you rephrase it? Or use the button below to ask an operator.",
    handoffRequested: "I'm connecting you to an operator. Please wait a moment.",
    handoffAfterMisses: "Sorry I couldn't help. I'm connecting you to an operator.",
    sorryNoAnswer: "Sorry I couldn't help. ",
    talkToHuman: 'Talk to an operator',
    agentJoined: (name: string) => `${name} has joined the conversation.`,
    resolved: 'Thank you for contacting us.',
    formReceived:
      'Thank you, we have received your inquiry. A member of our team will reply to this address.',
    formRelatedAnswer: 'In the meantime, this answer from our FAQ may help:',
    closedUntil: (when: string) =>
      `We're closed right now. Your message is saved, and an operator will answer from ${when}.`,
    closedUnknown:
      "We're closed right now. Your message is saved, and an operator will answer when we reopen.",
  },
  ko: {
    greeting: '안녕하세요! 츠나기 고객센터입니다. 무엇을 도와드릴까요?',
    smallTalkHello: '안녕하세요! 무엇을 도와드릴까요?',
    smallTalkThanks: '천만에요. 다른 궁금한 점이 있으신가요?',
    suggest: '혹시 다음 중 하나를 찾으시나요?',
    noAnswer:
      '죄송합니다. 답변을 찾지 못했습니다. 다시 말씀해 주시거나 아래 버튼으로 상담원에게 문의해 주세요.',
    handoffRequested: '상담원에게 연결해 드리겠습니다. 잠시만 기다려 주세요.',
    handoffAfterMisses: '도와드리지 못해 죄송합니다. 상담원에게 연결해 드리겠습니다.',
    sorryNoAnswer: '도와드리지 못해 죄송합니다. ',
    talkToHuman: '상담원과 대화하기',
    agentJoined: (name: string) => `${name} 상담원이 연결되었습니다.`,
    resolved: '문의해 주셔서 감사합니다.',
    formReceived: '문의가 접수되었습니다. 담당자가 이 메일 주소로 답변드리겠습니다.',
    formRelatedAnswer: '참고로, 자주 묻는 질문의 답변입니다:',
    closedUntil: (when: string) =>
      `지금은 영업시간이 아닙니다. 문의는 접수되었으며, ${when}부터 상담원이 순서대로 답변드리겠습니다.`,
    closedUnknown:
      '지금은 영업시간이 아닙니다. 문의는 접수되었으며, 영업이 재개되면 상담원이 순서대로 답변드리겠습니다.',
  },
  zh: {
    greeting: '您好！这里是Tsunagi客服，请问有什么可以帮您？',
    smallTalkHello: '您好！请问有什么可以帮您？',
    smallTalkThanks: '不客气。还有其他问题吗？',
    suggest: '您想问的是以下哪一个？',
    noAnswer: '抱歉，没有找到答案。您可以换个说法，或点击下方按钮咨询人工客服。',
    handoffRequested: '正在为您转接人工客服，请稍候。',
    handoffAfterMisses: '抱歉没能帮到您，正在为您转接人工客服。',
    sorryNoAnswer: '抱歉没能帮到您。',
    talkToHuman: '转人工客服',
    agentJoined: (name: string) => `客服${name}已加入对话。`,
    resolved: '感谢您的咨询。',
    formReceived: '您的咨询已收到，工作人员将回复到此邮箱。',
    formRelatedAnswer: '供您参考，以下是常见问题的解答：',
    closedUntil: (when: string) =>
      `现在是非营业时间。您的咨询已收到，人工客服将于${when}起依次回复。`,
    closedUnknown: '现在是非营业时间。您的咨询已收到，恢复营业后人工客服将依次回复。',
  },
} satisfies Record<Language, Record<string, string | ((name: string) => string)>>;

export const messagesFor = (language: string | null | undefined) =>
  botMessages[(language ?? 'en') as Language] ?? botMessages.en;

const locales: Record<Language, string> = { ja: 'ja-JP', en: 'en-US', ko: 'ko-KR', zh: 'zh-CN' };

/** When support is closed: when it opens next (an ISO time) in the support's time zone. */
export type ClosedHours = { nextOpenAt: string | null; timeZone: string };

/** What the customer is told after hours: when a person will answer, in their language. */
export function closedMessage(language: string | null, closed: ClosedHours): string {
  const say = messagesFor(language);
  if (!closed.nextOpenAt) return say.closedUnknown;
  const when = new Intl.DateTimeFormat(locales[(language ?? 'en') as Language] ?? 'en-US', {
    timeZone: closed.timeZone,
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(closed.nextOpenAt));
  return say.closedUntil(when);
}
