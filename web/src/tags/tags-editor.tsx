import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import type { ConversationApi } from '../api/conversation-api';
import { useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import './tags.css';

type TagsEditorProps = {
  api: ConversationApi;
  conversationId: string;
  tags: string[];
  category: string | null;
  /** Tags in use across the tenant, offered while typing. */
  knownTags: string[];
  categories: string[];
  onChange: (change: { tags?: string[]; category?: string | null }) => void;
};

const isValidTag = (tag: string) => tag.length > 0 && tag.length <= 40 && !/[%_\\"]/.test(tag);

/** Tags and category of the conversation, saved as soon as they change. */
export function TagsEditor(props: TagsEditorProps) {
  const { api, conversationId, tags, category } = props;
  const { t } = useI18n();
  const id = useId();
  const [draftTag, setDraftTag] = useState('');
  const [draftCategory, setDraftCategory] = useState(category ?? '');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setDraftCategory(category ?? ''), [category]);

  const save = async (change: { tags?: string[]; category?: string | null }) => {
    setError(null);
    const before = { tags, category };
    props.onChange(change);
    try {
      await api.setHandling(conversationId, change);
    } catch (caught) {
      props.onChange(before);
      setError(t('tags.failed', { message: describeError(caught, t) }));
    }
  };

  const addTag = () => {
    const tag = draftTag.trim();
    if (!tag) return;
    if (!isValidTag(tag)) {
      setError(t('tags.invalid'));
      return;
    }
    setDraftTag('');
    if (!tags.includes(tag)) void save({ tags: [...tags, tag] });
  };

  const onTagKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      addTag();
    } else if (event.key === 'Backspace' && !draftTag && tags.length > 0) {
      void save({ tags: tags.slice(0, -1) });
    }
  };

  const commitCategory = () => {
    const next = draftCategory.trim() || null;
    if (next !== category) void save({ category: next });
  };

  return (
    <section className="card tags" aria-labelledby={`${id}-title`} data-testid="tags-editor">
      <h2 id={`${id}-title`} className="card__title">
        {t('tags.title')}
      </h2>
      <label className="tags__field">
        <span className="tags__label">{t('tags.category')}</span>
        <input
          type="text"
          data-testid="category-input"
          list={`${id}-categories`}
          maxLength={100}
          value={draftCategory}
          placeholder={t('tags.categoryPlaceholder')}
          onChange={(event) => setDraftCategory(event.target.value)}
          onBlur={commitCategory}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing && event.keyCode !== 229) {
              event.preventDefault();
              commitCategory();
            }
          }}
        />
        <datalist id={`${id}-categories`}>
          {props.categories.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </label>
      <div className="tags__field">
        <span className="tags__label" id={`${id}-tags`}>
          {t('tags.tags')}
        </span>
        {tags.length > 0 && (
          <ul className="chips" aria-labelledby={`${id}-tags`}>
            {tags.map((tag) => (
              <li key={tag} className="chip tags__chip" data-testid="tag">
                {tag}
                <button
                  type="button"
                  className="tags__remove"
                  aria-label={t('tags.remove', { tag })}
                  onClick={() => void save({ tags: tags.filter((other) => other !== tag) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          type="text"
          data-testid="tag-input"
          aria-labelledby={`${id}-tags`}
          list={`${id}-known`}
          maxLength={40}
          value={draftTag}
          placeholder={t('tags.addPlaceholder')}
          onChange={(event) => setDraftTag(event.target.value)}
          onKeyDown={onTagKey}
        />
        <datalist id={`${id}-known`}>
          {props.knownTags
            .filter((known) => !tags.includes(known))
            .map((known) => (
              <option key={known} value={known} />
            ))}
        </datalist>
      </div>
      {error && (
        <p className="tags__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
