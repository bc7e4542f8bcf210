import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeLineEvent, encodeLineMessage } from './line.adapter.js';

const message = (buttons: { label: string; text: string }[]) => ({
  id: 'msg_1',
  author: 'bot' as const,
  authorName: null,
  text: 'お選びください',
  buttons,
});

describe('LINE quick replies', () => {
  it('a button that sends its own label is a message action', () => {
    const encoded = encodeLineMessage(message([{ label: 'はい', text: 'はい' }]));
    assert.deepEqual(encoded.quickReply?.items, [
      { type: 'action', action: { type: 'message', label: 'はい', text: 'はい' } },
    ]);
  });

  it('a button sending other words than its label is a postback of its index', () => {
    const encoded = encodeLineMessage(
      message([
        { label: 'はい', text: 'はい' },
        { label: '配送について', text: '配送にはどのくらいかかりますか？' },
      ]),
    );
    assert.deepEqual(encoded.quickReply?.items[1], {
      type: 'action',
      action: { type: 'postback', label: '配送について', data: 'b:1', displayText: '配送について' },
    });
  });

  it('a postback event is decoded as the pressed button, or its data as words', () => {
    const event = (data: string) =>
      JSON.stringify({
        type: 'postback',
        webhookEventId: 'ev',
        replyToken: 'rt',
        source: { type: 'user', userId: 'U1' },
        postback: { data },
      });
    const pressed = decodeLineEvent(event('b:1'));
    assert.equal(pressed.kind, 'message');
    if (pressed.kind !== 'message') return;
    assert.equal(pressed.buttonIndex, 1);
    assert.equal(pressed.replyToken, 'rt');
    const other = decodeLineEvent(event('menu=help'));
    assert.equal(other.kind === 'message' && other.text, 'menu=help');
  });
});
