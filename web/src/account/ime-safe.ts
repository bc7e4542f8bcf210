import type { KeyboardEvent } from 'react';

/**
 * For a form's onKeyDown: Enter that confirms an input method's conversion (Japanese,
 * Chinese, Korean) must not submit the form.
 */
export function keepImeEnter(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter') return;
  if (event.nativeEvent.isComposing || event.keyCode === 229) event.preventDefault();
}
