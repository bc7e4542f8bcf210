/** The demo shop's FAQ: a K-POP goods shop that answers in Japanese and English. */
export const demoFaq: {
  question: string;
  answer: string;
  category: string;
  language: 'ja' | 'en';
  alternates?: string[];
}[] = [
  {
    language: 'ja',
    category: '配送',
    question: '送料はいくらですか？',
    answer: '送料は全国一律550円です。5,000円以上のご注文で送料無料になります。',
    alternates: ['配送料について教えてください'],
  },
  {
    language: 'ja',
    category: '配送',
    question: '注文した商品はいつ届きますか？',
    answer: 'ご注文確定から通常2〜4営業日でお届けします。韓国からの直送品は7〜14日ほどかかります。',
    alternates: ['お届けまでの日数は？', '届くまで何日かかりますか'],
  },
  {
    language: 'ja',
    category: '配送',
    question: '配送状況を確認したい',
    answer:
      '発送完了メールに記載の追跡番号から、配送業者のサイトで配送状況をご確認いただけます。マイページの「注文履歴」からも確認できます。',
    alternates: ['荷物の追跡番号はどこで分かりますか'],
  },
  {
    language: 'ja',
    category: '配送',
    question: 'お届け先の住所を変更できますか？',
    answer:
      '発送前であればマイページの「注文履歴」から変更できます。発送後の変更は配送業者へ直接ご連絡ください。',
  },
  {
    language: 'ja',
    category: '返品・交換',
    question: '返品はできますか？',
    answer:
      '商品到着後8日以内、未開封のものに限り返品を承ります。マイページの「返品申請」からお手続きください。',
    alternates: ['返品したい', '商品を返したい'],
  },
  {
    language: 'ja',
    category: '返品・交換',
    question: '届いた商品が壊れていました',
    answer:
      '大変申し訳ございません。商品と外箱の写真を添えて、マイページの「お問い合わせ」からご連絡ください。良品と交換いたします。',
    alternates: ['商品が破損していた', '不良品が届いた'],
  },
  {
    language: 'ja',
    category: '返金',
    question: '返金はいつされますか？',
    answer: '返品商品の到着確認後、5営業日以内にご注文時のお支払い方法へ返金いたします。',
    alternates: ['払い戻しはいつになりますか'],
  },
  {
    language: 'ja',
    category: '注文',
    question: '注文をキャンセルしたい',
    answer:
      '発送準備前であれば、マイページの「注文履歴」からキャンセルできます。予約商品は締め切り後のキャンセルができません。',
    alternates: ['注文を取り消したい'],
  },
  {
    language: 'ja',
    category: 'お支払い',
    question: '支払い方法は何がありますか？',
    answer:
      'クレジットカード（VISA・Mastercard・JCB・AMEX）、コンビニ払い、PayPay、銀行振込がご利用いただけます。',
    alternates: ['使える決済方法を教えて'],
  },
  {
    language: 'ja',
    category: 'お支払い',
    question: '領収書は発行できますか？',
    answer: 'マイページの「注文履歴」から領収書（PDF）をダウンロードできます。宛名も指定できます。',
    alternates: ['レシートがほしい'],
  },
  {
    language: 'ja',
    category: '会員',
    question: 'パスワードを忘れました',
    answer:
      'ログイン画面の「パスワードをお忘れの方」から、登録メールアドレスに再設定用のリンクをお送りします。',
    alternates: ['ログインできない', 'パスワードを再設定したい'],
  },
  {
    language: 'ja',
    category: '会員',
    question: 'ポイントの有効期限はありますか？',
    answer:
      'ポイントは最後にご購入された日から1年間有効です。マイページで残高と期限をご確認いただけます。',
  },
  {
    language: 'ja',
    category: '商品',
    question: '予約商品の発売日はいつですか？',
    answer:
      '各商品ページに発売予定日を記載しています。発売日は事務所の都合で変更になる場合があり、その際はメールでお知らせします。',
  },
  {
    language: 'ja',
    category: '商品',
    question: '特典は必ずもらえますか？',
    answer:
      '先着特典は数量限定のため、なくなり次第終了となります。商品ページに「特典付き」と表示されている間のご注文が対象です。',
  },
  {
    language: 'en',
    category: 'Shipping',
    question: 'How much is shipping?',
    answer:
      'Shipping is a flat 550 yen anywhere in Japan, and free on orders of 5,000 yen or more.',
    alternates: ['What are the shipping costs?', 'delivery fee'],
  },
  {
    language: 'en',
    category: 'Shipping',
    question: 'When will my order arrive?',
    answer:
      'Orders usually arrive within 2–4 business days. Items shipped directly from Korea take 7–14 days.',
    alternates: ['How long does delivery take?'],
  },
  {
    language: 'en',
    category: 'Shipping',
    question: 'How can I track my package?',
    answer:
      'Use the tracking number in your shipping confirmation email, or open Order history in My Page.',
    alternates: ['Where is my order?'],
  },
  {
    language: 'en',
    category: 'Returns',
    question: 'Can I return an item?',
    answer:
      'Unopened items can be returned within 8 days of delivery. Start a return from "Return request" in My Page.',
    alternates: ['What is your return policy?'],
  },
  {
    language: 'en',
    category: 'Refunds',
    question: 'When will I get my refund?',
    answer:
      'Refunds are issued to your original payment method within 5 business days after we receive the returned item.',
    alternates: ['I want my money back'],
  },
  {
    language: 'en',
    category: 'Orders',
    question: 'How do I cancel my order?',
    answer:
      'Orders can be cancelled from Order history in My Page until they are being prepared for shipping. Pre-orders cannot be cancelled after the deadline.',
  },
  {
    language: 'en',
    category: 'Payment',
    question: 'Which payment methods do you accept?',
    answer:
      'We accept credit cards (VISA, Mastercard, JCB, AMEX), convenience store payment, PayPay and bank transfer.',
  },
  {
    language: 'en',
    category: 'Account',
    question: 'I forgot my password',
    answer: 'Use "Forgot your password?" on the login page and we will email you a reset link.',
    alternates: ['How do I reset my password?', "I can't log in"],
  },
  {
    language: 'en',
    category: 'Payment',
    question: 'Can I get a receipt?',
    answer:
      'You can download a PDF receipt, with the name you choose, from Order history in My Page.',
    alternates: ['I need an invoice'],
  },
];
