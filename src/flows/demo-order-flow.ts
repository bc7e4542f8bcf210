import type { FlowDefinition } from './flow.types.js';

/** The demo's order-status flow: asks the order number and looks it up in the demo shop's API. */
export const demoOrderFlow = (shopBase: string): FlowDefinition => ({
  name: '注文状況の確認 / Order status',
  trigger: { keyword: '注文状況' },
  steps: [
    {
      id: 'ask',
      type: 'question',
      text: 'ご注文番号を教えてください（例: 1001）。',
      variable: 'order',
      kind: 'order_number',
      invalidText: 'ご注文番号は数字を含む 3〜32 文字です。もう一度お願いします（例: 1001）。',
    },
    {
      id: 'lookup',
      type: 'skill',
      method: 'GET',
      url: `${shopBase}/demo/shop/orders/{{order}}`,
      timeoutMs: 3000,
      retries: 1,
      map: { status: 'status', eta: 'eta' },
      reply: 'ご注文 {{order}} の状況: {{status}}（お届け予定: {{eta}}）',
      errorText:
        '申し訳ありません。ご注文 {{order}} の状況をただいま確認できませんでした。担当者におつなぎします。',
      onError: 'handoff',
    },
    {
      id: 'more',
      type: 'message',
      text: 'ほかにお手伝いできることはありますか？',
      buttons: [
        { label: 'いいえ、大丈夫です', next: 'end' },
        { label: '担当者と話す', next: 'handoff' },
      ],
    },
    { id: 'end', type: 'end', text: 'ご利用ありがとうございました。' },
    { id: 'handoff', type: 'handoff', text: '担当者におつなぎします。少々お待ちください。' },
  ],
});
