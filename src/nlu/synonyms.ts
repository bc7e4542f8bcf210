import { foldKana, normaliseWidth } from './normalise.js';
import { porterStem } from './retrieval-stem.js';

/**
 * Multi-word phrases rewritten before segmentation, on width-normalised text
 * (katakana still katakana), because the segmenter splits them into parts
 * that mean something else on their own.
 */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/払い?戻し?/g, ' 返金 '],
  [/お金を?返/g, ' 返金 '],
  [/取り?消し?/g, ' キャンセル '],
  [/届け先|配送先|送り先|お届け先/g, ' 住所 '],
  [/何日|どのくらいで|どれくらいで/g, ' 日数 '],
  // "How much is it" asks a price; "how much data" a quantity.
  [
    /\bhow much(?= (is|are|was|does|do|did|will|would|should|can|could|it|they|for|to)\b|\s*[?!.]*\s*$)/g,
    ' cost ',
  ],
  // Asking whether a place is open asks its opening hours: 何時までやってますか, 土曜日も開いてる？
  [/(やって|開いて|あいて)(る|ます|い)/g, ' 営業 $1$2'],
  [/\bhow long\b/g, ' time '],
  [/\bmoney back\b/g, ' refund '],
  [/\bsend (it |them )?back\b/g, ' return '],
  [/\bsign in\b|\blog ?in\b/g, ' login '],
  [/\bsign up\b/g, ' register '],
  [/\bback up\b/g, ' backup '],
  [/\bget (it |them )?back\b/g, ' restore '],
  [/\bturn(ed|ing|s)? off\b|\bswitch(ed|ing|es)? off\b/g, ' disable '],
  [/\bturn(ed|ing|s)? on\b|\bswitch(ed|ing|es)? on\b/g, ' enable '],
  [/\be mail\b/g, ' email '],
  [/돈을? ?돌려/g, ' 환불 '],
  [/多少钱/g, ' 价格 '],
  [/退钱/g, ' 退款 '],
];

// canonical ← variants; keys are matched after normalisation (and English stemming).
const GROUPS: Record<string, string[]> = {
  返金: ['返金', '返金処理'],
  領収書: ['領収書', '領収', '領収証', 'レシート', '明細書'],
  // Shared by ja and zh: both write 配送.
  配送: [
    '配送',
    '発送',
    '配達',
    '出荷',
    '届け',
    '届く',
    '届き',
    '届か',
    '到着',
    '发货',
    '送货',
    '快递',
    '寄送',
    '送达',
  ],
  送料: ['送料', '配送料', '配送料金', '配送費', '送料金', '発送料'],
  料金: ['料金', '値段', '価格', '費用', 'いくら', '代金', '金額'],
  キャンセル: ['キャンセル'],
  支払い: ['支払い', '支払', 'お支払い', '決済', '払う', '払い'],
  パスワード: ['パスワード', 'パスワ', '暗証番号'],
  日数: ['日数', '期間', 'いつ', '何日'],
  ポイント: ['ポイント', '会員ポイント'],
  変更: ['変更', '変え', '変える', '変わ', '替え', '修正'],
  refund: ['refund', 'reimburs', 'reimbursement', 'repay'],
  cancel: ['cancel', 'cancell', 'cancellation', 'cancelation'],
  ship: ['ship', 'deliver', 'delivery', 'shipment', 'dispatch', 'arriv', 'arrive', 'arrival'],
  cost: ['cost', 'price', 'pric', 'fee', 'charge', 'charg', 'expens'],
  receipt: ['receipt', 'invoice', 'invoic'],
  password: ['password', 'passcode', 'passwd', 'pw'],
  pay: ['pay', 'payment', 'paid', 'pai'],
  point: ['point', 'reward', 'loyalty'],
  time: ['time', 'day', 'week'],
  method: ['method', 'option', 'way'],
  // Everyday support verbs and nouns customers and FAQ writers spell differently.
  delete: ['delete', 'remove', 'erase', 'deletion', 'removal'],
  restore: ['restore', 'recover', 'retrieve', 'undelete', 'recovery'],
  backup: ['backup', 'export'],
  import: ['import', 'upload'],
  find: ['find', 'locate', 'search', 'lookup'],
  view: ['view', 'show', 'display'],
  change: ['change', 'modify', 'edit', 'alter', 'adjust'],
  disable: ['disable', 'deactivate'],
  enable: ['enable', 'activate'],
  register: ['register', 'registration', 'signup', 'enrol', 'enroll'],
  email: ['email', 'mail'],
  photo: ['photo', 'picture', 'image', 'pic'],
  phone: ['phone', 'mobile', 'smartphone', 'cellphone'],
  computer: ['computer', 'pc', 'laptop', 'desktop'],
  folder: ['folder', 'directory'],
  multiple: ['multiple', 'several'],
  automatic: ['automatic', 'automatically', 'auto'],
  배송비: ['배송비', '배송료', '택배비'],
  배송: ['배송', '발송', '배달', '택배'],
  환불: ['환불', '환급'],
  비밀번호: ['비밀번호', '비번', '패스워드'],
  영수증: ['영수증', '증빙'],
  취소: ['취소', '캔슬'],
  비용: ['비용', '얼마', '가격', '요금'],
  退款: ['退款', '返款', '退钱'],
  运费: ['运费', '邮费', '快递费', '配送费'],
  发票: ['发票', '收据', '小票'],
  价格: ['价格', '费用', '价钱', '多少'],
};

const CANONICAL = new Map<string, string>();
for (const [canonical, variants] of Object.entries(GROUPS)) {
  const target = foldKana(normaliseWidth(canonical));
  for (const variant of variants) CANONICAL.set(foldKana(normaliseWidth(variant)), target);
}
// English is compared by stem: each variant's stem joins its group unless it names another.
for (const [canonical, variants] of Object.entries(GROUPS)) {
  for (const variant of variants) {
    if (!/^[a-z]+$/.test(variant)) continue;
    const stem = porterStem(variant);
    if (!CANONICAL.has(stem)) CANONICAL.set(stem, canonical);
  }
}

const LATIN = /[a-z]/;
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}]/u;

export function rewritePhrases(widthNormalised: string): string {
  // Each phrase is in one script; skipping the other script's patterns halves the cost.
  const hasLatin = LATIN.test(widthNormalised);
  const hasOther = NON_LATIN.test(widthNormalised);
  let text = widthNormalised;
  for (const [pattern, replacement] of PHRASES) {
    if ((pattern.source.startsWith('\\b') ? hasLatin : hasOther) === false) continue;
    text = text.replace(pattern, replacement);
  }
  return text;
}

/** `token` must be normalised; returns the group's canonical token or the token itself. */
export function canonicalToken(token: string): string {
  return CANONICAL.get(token) ?? token;
}
