import type { Language } from '../nlu/index.js';

/** Every sentence the bot says, per language. */
export const botMessages = {
  ja: {
    greeting: 'こんにちは！つなぎサポートです。ご質問をどうぞ。',
    smallTalkHello: 'こんにちは！どのようなご用件でしょうか？',
    smallTalkThanks: 'どういたしまして。ほかにご質問があればどうぞ。',
    suggest: 'お探しの内容は次のどれですか？',
    noAnswer:
      '申し訳ありません、お答えが見つかりませんでした。言い換えていただくか、オペレーターにおつなぎします。',
    handoffRequested: 'オペレーターにおつなぎします。少々お待ちください。',
    handoffAfterMisses: 'うまくお答えできず申し訳ありません。オペレーターにおつなぎします。',
    talkToHuman: 'オペレーターと話す',
    agentJoined: (name: string) => `${name}が対応します。`,
    resolved: 'お問い合わせありがとうございました。',
  },
  en: {
    greeting: 'Hi! This is Tsunagi support. How can we help?',
    smallTalkHello: 'Hello! How can I help you today?',
    smallTalkThanks: "You're welcome. Anything else I can help with?",
    suggest: 'Is your question one of these?',
    noAnswer:
      "Sorry, I couldn't find an answer. Could you rephrase it, or shall I connect you to an operator?",
    handoffRequested: "I'm connecting you to an operator. Please wait a moment.",
    handoffAfterMisses: "Sorry I couldn't help. I'm connecting you to an operator.",
    talkToHuman: 'Talk to an operator',
    agentJoined: (name: string) => `${name} has joined the conversation.`,
    resolved: 'Thank you for contacting us.',
  },
  ko: {
    greeting: '안녕하세요! 츠나기 고객센터입니다. 무엇을 도와드릴까요?',
    smallTalkHello: '안녕하세요! 무엇을 도와드릴까요?',
    smallTalkThanks: '천만에요. 다른 궁금한 점이 있으신가요?',
    suggest: '혹시 다음 중 하나를 찾으시나요?',
    noAnswer:
      '죄송합니다. 답변을 찾지 못했습니다. 다시 말씀해 주시거나 상담원에게 연결해 드릴까요?',
    handoffRequested: '상담원에게 연결해 드리겠습니다. 잠시만 기다려 주세요.',
    handoffAfterMisses: '도와드리지 못해 죄송합니다. 상담원에게 연결해 드리겠습니다.',
    talkToHuman: '상담원과 대화하기',
    agentJoined: (name: string) => `${name} 상담원이 연결되었습니다.`,
    resolved: '문의해 주셔서 감사합니다.',
  },
  zh: {
    greeting: '您好！这里是Tsunagi客服，请问有什么可以帮您？',
    smallTalkHello: '您好！请问有什么可以帮您？',
    smallTalkThanks: '不客气。还有其他问题吗？',
    suggest: '您想问的是以下哪一个？',
    noAnswer: '抱歉，没有找到答案。您可以换个说法，或者我为您转接人工客服。',
    handoffRequested: '正在为您转接人工客服，请稍候。',
    handoffAfterMisses: '抱歉没能帮到您，正在为您转接人工客服。',
    talkToHuman: '转人工客服',
    agentJoined: (name: string) => `客服${name}已加入对话。`,
    resolved: '感谢您的咨询。',
  },
} satisfies Record<Language, Record<string, string | ((name: string) => string)>>;

export const messagesFor = (language: string | null | undefined) =>
  botMessages[(language ?? 'en') as Language] ?? botMessages.en;
