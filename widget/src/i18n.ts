import type { Language } from './types.js';

export type Strings = {
  /** Shown in the header until the tenant's name has loaded. */
  title: string;
  openChat: string;
  closeChat: string;
  placeholder: string;
  send: string;
  attachFile: string;
  downloadFile: string;
  fileTooLarge: string;
  fileRefused: string;
  defaultGreeting: string;
  statusBot: string;
  statusQueued: string;
  statusAssigned: (name: string) => string;
  statusAssignedNoName: string;
  statusResolved: string;
  reconnecting: string;
  sending: string;
  failed: string;
  retry: string;
  you: string;
  bot: string;
  agent: string;
  typing: string;
  language: string;
  unread: (count: number) => string;
  csatQuestion: string;
  csatStar: (score: number) => string;
  csatComment: string;
  csatSubmit: string;
  csatThanks: string;
  csatFailed: string;
  messages: string;
  agentTyping: string;
  /** The header button and panel that email the conversation to the customer. */
  emailTranscript: string;
  transcriptIntro: string;
  transcriptSent: (to: string) => string;
  email: string;
  name: string;
  message: string;
  submit: string;
  cancel: string;
  requestFailed: string;
  /** Nobody can take the chat now: outside hours (with when they are back) or nobody online. */
  offlineClosed: (back: string | null) => string;
  offlineNobody: string;
  leaveMessage: string;
  formIntro: string;
  formSent: (email: string) => string;
  /** The header button and panel that ask for a phone call back. */
  callbackRequest: string;
  callbackIntro: string;
  phone: string;
  callbackDate: string;
  callbackFrom: string;
  callbackTo: string;
  callbackSent: (when: string) => string;
};

const ja: Strings = {
  callbackRequest: '折り返し電話を依頼する',
  callbackIntro: 'ご都合のよい時間帯に担当者からお電話します。',
  phone: '電話番号',
  callbackDate: '日付',
  callbackFrom: '開始時刻',
  callbackTo: '終了時刻',
  callbackSent: (when) => `承りました。${when} にお電話します。`,
  title: 'サポート',
  openChat: 'チャットを開く',
  closeChat: 'チャットを閉じる',
  placeholder: 'メッセージを入力…',
  send: '送信',
  attachFile: 'ファイルを添付',
  downloadFile: 'ファイルを保存',
  fileTooLarge: 'ファイルは5MBまでです。',
  fileRefused: 'このファイルは送れません（画像・PDF・テキスト・Word・Excelのみ）。',
  defaultGreeting: 'こんにちは！ご質問があればお気軽にどうぞ。',
  statusBot: 'AIアシスタントが対応します',
  statusQueued: 'オペレーターの対応をお待ちください…',
  statusAssigned: (name) => `${name} が対応します`,
  statusAssignedNoName: '担当者が対応します',
  statusResolved: 'このお問い合わせは完了しました',
  reconnecting: '再接続中…',
  sending: '送信中…',
  failed: '送信できませんでした',
  retry: '再送信',
  you: 'あなた',
  bot: 'AIアシスタント',
  agent: '担当者',
  typing: '入力中',
  language: '言語',
  unread: (count) => `未読 ${count} 件`,
  csatQuestion: '今回の対応はいかがでしたか？',
  csatStar: (score) => `${score}つ星`,
  csatComment: 'ご意見（任意）',
  csatSubmit: '送信',
  csatThanks: 'ご回答ありがとうございました。',
  csatFailed: '送信できませんでした。もう一度お試しください。',
  messages: 'メッセージ',
  agentTyping: '担当者が入力中です',
  emailTranscript: 'この会話をメールで受け取る',
  transcriptIntro: 'この会話の記録をメールでお送りします。',
  transcriptSent: (to) => `${to} に送信しました。`,
  email: 'メールアドレス',
  name: 'お名前',
  message: 'お問い合わせ内容',
  submit: '送信する',
  cancel: 'キャンセル',
  requestFailed: '送信できませんでした。入力内容を確認して、もう一度お試しください。',
  offlineClosed: (back) =>
    back
      ? `ただいま営業時間外です（${back} から対応します）。メッセージを残していただければ、メールでご返信します。`
      : 'ただいま営業時間外です。メッセージを残していただければ、メールでご返信します。',
  offlineNobody:
    'ただいまオペレーターが不在です。このままお待ちいただくか、メッセージを残してメールで返信を受け取れます。',
  leaveMessage: 'メッセージを残す',
  formIntro: '内容を確認して送信してください。担当者からメールでご返信します。',
  formSent: (email) =>
    `${email} に確認メールを送りました。メール内のリンクを開くと、お問い合わせが送信されます。`,
};

const en: Strings = {
  callbackRequest: 'Ask us to call you back',
  callbackIntro: 'Someone will call you within the time you choose.',
  phone: 'Phone number',
  callbackDate: 'Date',
  callbackFrom: 'From',
  callbackTo: 'To',
  callbackSent: (when) => `Thank you. We will call you ${when}.`,
  title: 'Support',
  openChat: 'Open chat',
  closeChat: 'Close chat',
  placeholder: 'Type a message…',
  send: 'Send',
  attachFile: 'Attach a file',
  downloadFile: 'Save the file',
  fileTooLarge: 'Files can be up to 5 MB.',
  fileRefused: 'This file cannot be sent (images, PDF, text, Word and Excel only).',
  defaultGreeting: 'Hi there! Ask us anything.',
  statusBot: 'Our AI assistant is here to help',
  statusQueued: 'Waiting for an operator…',
  statusAssigned: (name) => `${name} is helping you`,
  statusAssignedNoName: 'An operator is helping you',
  statusResolved: 'This conversation has been resolved',
  reconnecting: 'Reconnecting…',
  sending: 'Sending…',
  failed: 'Not sent',
  retry: 'Retry',
  you: 'You',
  bot: 'AI assistant',
  agent: 'Operator',
  typing: 'Typing',
  language: 'Language',
  unread: (count) => `${count} unread`,
  csatQuestion: 'How was your experience?',
  csatStar: (score) => `${score} star${score === 1 ? '' : 's'}`,
  csatComment: 'Comment (optional)',
  csatSubmit: 'Send',
  csatThanks: 'Thank you for your feedback.',
  csatFailed: 'Could not send. Please try again.',
  messages: 'Messages',
  agentTyping: 'The operator is typing',
  emailTranscript: 'Email me this conversation',
  transcriptIntro: 'We will email you a copy of this conversation.',
  transcriptSent: (to) => `Sent to ${to}.`,
  email: 'Email',
  name: 'Name',
  message: 'Your message',
  submit: 'Send',
  cancel: 'Cancel',
  requestFailed: 'That did not go through. Check what you entered and try again.',
  offlineClosed: (back) =>
    back
      ? `We are closed now (back ${back}). Leave a message and we will reply by email.`
      : 'We are closed now. Leave a message and we will reply by email.',
  offlineNobody:
    'No operator is available right now. You can wait here, or leave a message and get a reply by email.',
  leaveMessage: 'Leave a message',
  formIntro: 'Check your message and send it; an operator will reply by email.',
  formSent: (email) =>
    `We sent a confirmation link to ${email}. Open it to send your message; we will reply there.`,
};

const ko: Strings = {
  callbackRequest: '전화 요청하기',
  callbackIntro: '원하시는 시간에 담당자가 전화드립니다.',
  phone: '전화번호',
  callbackDate: '날짜',
  callbackFrom: '시작 시간',
  callbackTo: '종료 시간',
  callbackSent: (when) => `접수되었습니다. ${when}에 전화드리겠습니다.`,
  title: '고객 지원',
  openChat: '채팅 열기',
  closeChat: '채팅 닫기',
  placeholder: '메시지를 입력하세요…',
  send: '보내기',
  attachFile: '파일 첨부',
  downloadFile: '파일 저장',
  fileTooLarge: '파일은 5MB까지 보낼 수 있습니다.',
  fileRefused: '이 파일은 보낼 수 없습니다 (이미지, PDF, 텍스트, Word, Excel만 가능).',
  defaultGreeting: '안녕하세요! 궁금한 점을 편하게 물어보세요.',
  statusBot: 'AI 어시스턴트가 도와드립니다',
  statusQueued: '상담원의 답변을 기다리고 있습니다…',
  statusAssigned: (name) => `${name} 님이 도와드립니다`,
  statusAssignedNoName: '상담원이 도와드립니다',
  statusResolved: '이 문의는 완료되었습니다',
  reconnecting: '다시 연결하는 중…',
  sending: '보내는 중…',
  failed: '보내지 못했습니다',
  retry: '다시 보내기',
  you: '나',
  bot: 'AI 어시스턴트',
  agent: '상담원',
  typing: '입력 중',
  language: '언어',
  unread: (count) => `읽지 않은 메시지 ${count}개`,
  csatQuestion: '상담은 만족스러우셨나요?',
  csatStar: (score) => `별 ${score}개`,
  csatComment: '의견 (선택)',
  csatSubmit: '보내기',
  csatThanks: '의견 감사합니다.',
  csatFailed: '보내지 못했습니다. 다시 시도해 주세요.',
  messages: '메시지',
  agentTyping: '상담원이 입력 중입니다',
  emailTranscript: '이 대화를 이메일로 받기',
  transcriptIntro: '이 대화 내용을 이메일로 보내 드립니다.',
  transcriptSent: (to) => `${to}(으)로 보냈습니다.`,
  email: '이메일',
  name: '이름',
  message: '문의 내용',
  submit: '보내기',
  cancel: '취소',
  requestFailed: '보내지 못했습니다. 입력 내용을 확인하고 다시 시도해 주세요.',
  offlineClosed: (back) =>
    back
      ? `지금은 운영 시간이 아닙니다(${back}부터 응대). 메시지를 남기시면 이메일로 답변드립니다.`
      : '지금은 운영 시간이 아닙니다. 메시지를 남기시면 이메일로 답변드립니다.',
  offlineNobody:
    '지금은 응대 가능한 상담원이 없습니다. 여기서 기다리시거나 메시지를 남겨 이메일로 답변을 받으실 수 있습니다.',
  leaveMessage: '메시지 남기기',
  formIntro: '내용을 확인하고 보내 주세요. 상담원이 이메일로 답변드립니다.',
  formSent: (email) => `${email}(으)로 확인 링크를 보냈습니다. 링크를 열면 문의가 전송됩니다.`,
};

const zh: Strings = {
  callbackRequest: '请求回电',
  callbackIntro: '我们将在您选择的时间内给您回电。',
  phone: '电话号码',
  callbackDate: '日期',
  callbackFrom: '开始时间',
  callbackTo: '结束时间',
  callbackSent: (when) => `已收到。我们将在 ${when} 给您回电。`,
  title: '客服',
  openChat: '打开聊天',
  closeChat: '关闭聊天',
  placeholder: '输入消息…',
  send: '发送',
  attachFile: '添加附件',
  downloadFile: '保存文件',
  fileTooLarge: '文件最大 5 MB。',
  fileRefused: '无法发送此文件（仅限图片、PDF、文本、Word 和 Excel）。',
  defaultGreeting: '您好！有任何问题请随时提问。',
  statusBot: 'AI 助手为您服务',
  statusQueued: '正在等待人工客服…',
  statusAssigned: (name) => `${name} 为您服务`,
  statusAssignedNoName: '客服为您服务',
  statusResolved: '此咨询已完成',
  reconnecting: '正在重新连接…',
  sending: '发送中…',
  failed: '发送失败',
  retry: '重新发送',
  you: '我',
  bot: 'AI 助手',
  agent: '客服',
  typing: '正在输入',
  language: '语言',
  unread: (count) => `${count} 条未读`,
  csatQuestion: '您对本次服务满意吗？',
  csatStar: (score) => `${score} 星`,
  csatComment: '意见（可选）',
  csatSubmit: '提交',
  csatThanks: '感谢您的反馈。',
  csatFailed: '提交失败，请重试。',
  messages: '消息',
  agentTyping: '客服正在输入',
  emailTranscript: '通过邮件接收此对话',
  transcriptIntro: '我们会将此对话记录发送到您的邮箱。',
  transcriptSent: (to) => `已发送至 ${to}。`,
  email: '邮箱',
  name: '姓名',
  message: '咨询内容',
  submit: '提交',
  cancel: '取消',
  requestFailed: '提交失败，请检查填写内容后重试。',
  offlineClosed: (back) =>
    back
      ? `现在是非营业时间（${back} 起恢复服务）。请留言，我们会通过邮件回复您。`
      : '现在是非营业时间。请留言，我们会通过邮件回复您。',
  offlineNobody: '目前没有客服在线。您可以在此等待，或留言并通过邮件接收回复。',
  leaveMessage: '留言',
  formIntro: '请确认内容后提交，客服会通过邮件回复您。',
  formSent: (email) => `我们已向 ${email} 发送确认链接。打开链接后，您的留言才会发送。`,
};

export const catalogues: Record<Language, Strings> = { ja, en, ko, zh };

export const languages: { code: Language; label: string }[] = [
  { code: 'ja', label: '日本語' },
  { code: 'en', label: 'English' },
  { code: 'ko', label: '한국어' },
  { code: 'zh', label: '中文' },
];

const isLanguage = (value: string): value is Language => value in catalogues;

/** `ja-JP` → `ja`, `zh-Hant-TW` → `zh`; anything unsupported → null. */
export function normaliseLanguage(value: string | null | undefined): Language | null {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return base && isLanguage(base) ? base : null;
}

/** The attribute wins, then the browser's preferences in order, then English. */
export function pickLanguage(attribute: string | null, preferred: readonly string[]): Language {
  for (const candidate of [attribute, ...preferred]) {
    const language = normaliseLanguage(candidate);
    if (language) return language;
  }
  return 'en';
}

const localeOf: Record<Language, string> = { ja: 'ja-JP', en: 'en', ko: 'ko-KR', zh: 'zh-CN' };

/** A message time in the viewer's time zone: `14:05`, or `3/12 14:05` on another day. */
export function formatTime(iso: string, language: Language, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const sameDay = date.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(localeOf[language], {
    ...(sameDay ? {} : { month: 'numeric', day: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
  }).format(date);
}

export const htmlLang = (language: Language) => localeOf[language];
