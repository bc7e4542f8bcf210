/**
 * What kind of thing a question asks for (a price, a time, a place), and what kind of thing
 * an answer states, as cue terms (q:price, q:time, q:place). A question asking "when" meets
 * an answer that names days or hours even when the two share no word. Cues are aliases:
 * evidence when they meet, never a penalty when they do not.
 */
type Cue = 'price' | 'time' | 'place';

const ASKS: ReadonlyArray<readonly [Cue, RegExp]> = [
  [
    'price',
    /\bhow much(?= (is|are|was|does|do|did|will|would|should|can|could|it|they|for|to)\b|\s*[?!.]*\s*$)|\bwhat does it cost\b|\bhow expensive\b|いくら|何円|値段|料金|金額|費用|多少钱|价格|얼마|가격/,
  ],
  [
    'time',
    /\bwhen\b|\bwhat time\b|\bwhat days?\b|\bwhich days?\b|\bhow long\b|\bhow soon\b|\bhow many (days|weeks|hours|minutes)\b|いつ|何時|何日|何曜|何分|何週|何か月|何ヶ月|どのくらい|どれくらい|どれぐらい|どのぐらい|期間|什么时候|几点|多久|几天|언제|몇 시|며칠|얼마나 걸/,
  ],
  [
    'place',
    /\bwhere\b|\bwhich station\b|\bhow (do i|can i|to) get (to|there)\b|\baddress\b|どこ|場所|住所|行き方|アクセス|最寄|哪里|哪儿|在哪|地址|어디|주소/,
  ],
];

const STATES: ReadonlyArray<readonly [Cue, RegExp]> = [
  [
    'price',
    /\d\s*(円|yen|ドル|dollars?|usd|eur|euros?|pounds?|元|块|원)|[$¥€£￥]\s*\d|無料|\bfree of charge\b|\bno charge\b|免费|무료/,
  ],
  [
    'time',
    /\d\s*(時|分|日|週間|か月|ヶ月|カ月|営業日|年|天|小时|分钟|시간|시|분|일)|[月火水木金土日]曜|祝日|平日|\d:\d\d|\b\d+\s*(am|pm|hours?|days?|weeks?|months?|minutes?|business days?)\b|\b(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays?|weekends?|daily|tomorrow)\b|星期|周[一二三四五六日]|[월화수목금토일]요일/,
  ],
  [
    'place',
    /駅|徒歩|住所|丁目|番地|\bstation\b|\bstreet\b|\bfloor\b|\bwalk\b|\blocated\b|\baddress\b|\bnear\b|\bavenue\b|地址|车站|步行|역|도보|주소/,
  ],
];

function cues(text: string, table: ReadonlyArray<readonly [Cue, RegExp]>): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  for (const [cue, pattern] of table) if (pattern.test(lower)) out.push(`q:${cue}`);
  return out;
}

/** The kinds of thing a question (a customer's, or a FAQ's own) asks for. */
export function askedCues(text: string): string[] {
  return cues(text, ASKS);
}

/** The kinds of thing an answer states. */
export function statedCues(text: string): string[] {
  return cues(text, STATES);
}
