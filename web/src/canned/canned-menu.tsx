import { useEffect, useRef } from 'react';
import type { CannedResponse } from '../api/types';
import { useI18n } from '../i18n';
import './canned.css';

type CannedMenuProps = {
  id: string;
  items: CannedResponse[];
  activeIndex: number;
  render: (text: string) => string;
  onChoose: (item: CannedResponse) => void;
  onHover: (index: number) => void;
};

export const cannedOptionId = (menuId: string, index: number) => `${menuId}-option-${index}`;

/** The `/` list above the reply box; the textarea keeps focus and drives it with ↑/↓/Enter/Esc. */
export function CannedMenu({ id, items, activeIndex, render, onChoose, onHover }: CannedMenuProps) {
  const { t } = useI18n();
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const active = listRef.current?.querySelector<HTMLElement>(
      `#${CSS.escape(cannedOptionId(id, activeIndex))}`,
    );
    active?.scrollIntoView({ block: 'nearest' });
  }, [id, activeIndex]);

  return (
    <div className="canned-menu" data-testid="canned-menu">
      <p className="canned-menu__hint" aria-hidden="true">
        {t('canned.menuHint')}
      </p>
      {items.length === 0 ? (
        <p className="canned-menu__empty" role="status">
          {t('canned.noMatch')}
        </p>
      ) : (
        <div
          ref={listRef}
          id={id}
          role="listbox"
          aria-label={t('canned.title')}
          className="canned-menu__list"
        >
          {items.map((item, index) => (
            <div
              key={item.id}
              tabIndex={-1}
              id={cannedOptionId(id, index)}
              role="option"
              aria-selected={index === activeIndex}
              className="canned-menu__item"
              data-testid="canned-option"
              onMouseDown={(event) => {
                // Keep focus (and the caret) in the textarea.
                event.preventDefault();
                onChoose(item);
              }}
              onMouseEnter={() => onHover(index)}
            >
              <span className="canned-menu__shortcut">/{item.shortcut}</span>
              <span className="canned-menu__title">{item.title}</span>
              <span className="canned-menu__preview">{render(item.text)}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
