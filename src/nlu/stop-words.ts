import { normalise } from './normalise.js';

// Function words, greetings and request verbs: they say nothing about which FAQ is meant,
// and leaving them in would let "hello" or "ありがとう" match something.
const ENGLISH = `a an the is are was were be been being am do does did done doing i me my mine myself
we us our ours you your yours he him his she her hers it its they them their this that these those
to of in on at for with by from as into onto about over under up down out off than then so too very
and or but if because while can could would should will shall may might must have has had having
what when where which who whom whose how why there here just also only any some all each every
please pls plz hi hello hey thanks thank thx ok okay yes yeah no not dont doesnt didnt cant
want wanna need needs like would know tell help get got make let lets see look go going gonna
i'm i'd i've i'll it's what's that's there's don't doesn't didn't can't won't isn't aren't
take tak possible way one ones something anything thing things much many good morning evening
afternoon bye goodbye sorry excuse dear sir madam im id ive ill`;

const JAPANESE = `は が を に へ と で も の や か ね よ な ぞ さ わ から まで より って て た だ です
ます でし まし ませ ん した して する し ない ある あり いる い う れる られる ください くださ
くれ お ご こと もの ため よう どう どの どこ なに 何 について ですか でしょう でしょ ので のに
けど けれど たい ほしい 欲しい お願い 願い おねがい いたし いただけ いただき できる でき できます
かかる かかり かかっ なる なり なっ おる おり いう いっ 思い 思う 教え 知り 知りたい わかり
分かり わから 分から こんにちは こんばんは おはよう ございます ござい ありがとう すみません
すいません よろしく はじめまして どうも 私 わたし 僕 ぼく これ それ あれ この その あの
こちら そちら ちょっと 少し また まだ もう 方 場合 とき 時 ところ 以下 以上 ですが すか
ありま 下さい 下さ くだ さい くらい ぐらい 程度 頂け 頂き いただく いい よい 良い 大丈夫 はい いいえ ええ 今 いま`;

const KOREAN = `저 제 나 내 그 이 저는 제가 나는 어떻게 어디 언제 무엇 뭐 왜 좀 수 있나요 있어요 있습니다
있을까요 하고 싶어요 싶습니다 싶은데요 해주세요 주세요 안녕하세요 안녕 감사합니다 고맙습니다
네 예 아니요 하나요 되나요 돼요 인가요 됩니까 합니까 하면 해요 하는 할 한 것 거 수있나요
방법 어떻게요 알려주세요 알려 궁금해요 궁금합니다 문의 요`;

const CHINESE = `的 了 是 我 你 他 她 它 们 我们 你们 他们 在 有 和 与 吗 呢 吧 啊 呀 请 请问 怎么 怎样
如何 什么 为什么 可以 能 能否 想 要 我想 我要 需要 一下 这个 那个 哪里 哪儿 您好 你好 谢谢
感谢 不 没有 怎么办 办 一个 这 那 就 都 也 还 会 该 应该 告诉 知道 您 自己 方法 问题`;

function toSet(words: string): Set<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => normalise(word)),
  );
}

const STOP_WORDS = new Set([
  ...toSet(ENGLISH),
  ...toSet(JAPANESE),
  ...toSet(KOREAN),
  ...toSet(CHINESE),
]);

/** `word` must already be normalised. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
