/** What the customer is told when routing moves their conversation, per language. */
const messages = {
  ja: {
    transferred: '担当者を変更しています。少々お待ちください。',
    requeued: '別のオペレーターにおつなぎしています。少々お待ちください。',
    handedBack:
      'チャットボットが引き続きご案内します。オペレーターが必要な場合はお知らせください。',
  },
  en: {
    transferred: "I'm transferring you to a colleague. Please wait a moment.",
    requeued: "I'm connecting you to another operator. Please wait a moment.",
    handedBack: "You're back with our chatbot. Ask for an operator any time.",
  },
  ko: {
    transferred: '다른 상담원에게 연결해 드리고 있습니다. 잠시만 기다려 주세요.',
    requeued: '다른 상담원에게 연결해 드리고 있습니다. 잠시만 기다려 주세요.',
    handedBack: '챗봇이 계속 안내해 드립니다. 상담원이 필요하시면 말씀해 주세요.',
  },
  zh: {
    transferred: '正在为您转接其他客服，请稍候。',
    requeued: '正在为您转接其他客服，请稍候。',
    handedBack: '接下来由聊天机器人为您服务。如需人工客服，请随时告诉我们。',
  },
} as const;

export type RoutingNotice = keyof (typeof messages)['en'];

export const routingNotice =
  (notice: RoutingNotice) =>
  (language: string | null): string =>
    (messages[(language ?? 'en') as keyof typeof messages] ?? messages.en)[notice];
