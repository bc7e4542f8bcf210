import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { type MessageKey, useI18n } from '../i18n';
import { type Language, translate } from '../i18n/languages';
import { scoreMatch } from './match';
import { type PaletteCommand, type PaletteSection, paletteSections } from './palette-context';
import './palette.css';

type CommandPaletteProps = {
  registry: Map<string, PaletteCommand[]>;
  /** Closes the palette (the dialog is already closed), then runs the chosen command if any. */
  onClose: (command?: PaletteCommand) => void;
};

const sectionLabels: Record<PaletteSection, MessageKey> = {
  conversation: 'palette.section.conversation',
  inbox: 'palette.section.inbox',
  navigate: 'palette.section.navigate',
  status: 'palette.section.status',
  settings: 'palette.section.settings',
  conversations: 'palette.section.conversations',
};

/** A command's label in one language, placeholders included. */
export const labelIn = (language: Language, command: PaletteCommand): string => {
  const vars = { ...command.vars };
  for (const [name, key] of Object.entries(command.keyVars ?? {})) {
    vars[name] = translate(language, key);
  }
  return translate(language, command.label, vars);
};

/** How many conversations a search lists at most. */
const conversationLimit = 20;

type Group = { section: PaletteSection; commands: PaletteCommand[] };

/** Enter that confirms an IME conversion (and the arrows that pick a candidate) are the IME's. */
const isComposing = (event: KeyboardEvent<HTMLInputElement>) =>
  event.nativeEvent.isComposing || event.keyCode === 229;

/** The palette itself: a modal dialog holding a combobox that drives a listbox of commands. */
export function CommandPalette({ registry, onClose }: CommandPaletteProps) {
  const { t, language } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const all = [...registry.values()].flat();
  // The registry is read afresh on every render of the open palette.
  const groups: Group[] = (() => {
    const isSearching = query.trim() !== '';
    const scored = all
      .filter((command) => isSearching || !command.isSearchOnly)
      .filter((command) => command.isAvailable?.() !== false)
      .map((command) => {
        const texts = [
          labelIn(language, command),
          labelIn('en', command),
          ...(command.detail ? [command.detail] : []),
        ];
        return { command, score: isSearching ? scoreMatch(query, texts) : 1 };
      })
      .filter((entry) => entry.score > 0);
    const bySection = paletteSections.map((section) => {
      const entries = scored
        .filter((entry) => entry.command.section === section)
        .sort((a, b) => b.score - a.score);
      const limited = section === 'conversations' ? entries.slice(0, conversationLimit) : entries;
      return {
        section,
        best: Math.max(0, ...limited.map((entry) => entry.score)),
        commands: limited.map((entry) => entry.command),
      };
    });
    return bySection
      .filter((group) => group.commands.length > 0)
      .sort((a, b) => b.best - a.best)
      .map(({ section, commands }) => ({ section, commands }));
  })();

  const flat = groups.flatMap((group) => group.commands);
  const active = Math.min(activeIndex, Math.max(0, flat.length - 1));

  // The browser makes the rest of the page inert and traps focus while the palette is open.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('input')?.focus();
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    const onClick = (event: MouseEvent) => {
      if (event.target === dialog) finishRef.current();
    };
    dialog.addEventListener('click', onClick);
    return () => {
      dialog.removeEventListener('click', onClick);
      if (dialog.open) dialog.close();
    };
  }, []);

  useEffect(() => {
    listRef.current
      ?.querySelector<HTMLElement>(`#${CSS.escape(optionId(active))}`)
      ?.scrollIntoView({ block: 'nearest' });
  });

  const finish = (command?: PaletteCommand) => {
    // Closed first: the page is inert while the modal is open, so focus could not go back.
    dialogRef.current?.close();
    // The command as registered now, so it acts on the current state.
    const current =
      command && [...registry.values()].flat().find((candidate) => candidate.id === command.id);
    onClose(current ?? command);
  };

  const finishRef = useRef(finish);
  finishRef.current = finish;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(event)) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (flat.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActiveIndex((active + step + flat.length) % flat.length);
        return;
      }
      case 'Enter': {
        event.preventDefault();
        const command = flat[active];
        if (command) finish(command);
        return;
      }
      case 'Escape': {
        event.preventDefault();
        finish();
        return;
      }
      case 'Tab': {
        // The input is the palette's only stop; options are chosen with the arrows.
        event.preventDefault();
        return;
      }
      default:
    }
  };

  let index = -1;
  return (
    <dialog
      ref={dialogRef}
      className="palette"
      data-palette=""
      data-testid="palette"
      aria-modal="true"
      aria-labelledby={`${baseId}-title`}
      onCancel={(event) => {
        event.preventDefault();
        finish();
      }}
    >
      <h2 id={`${baseId}-title`} className="visually-hidden">
        {t('palette.title')}
      </h2>
      <div className="palette__search">
        <label htmlFor={`${baseId}-input`} className="visually-hidden">
          {t('palette.searchLabel')}
        </label>
        <input
          id={`${baseId}-input`}
          className="palette__input"
          data-testid="palette-input"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={flat.length > 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={t('palette.results')}
        className="palette__list"
      >
        {groups.map((group) => (
          // biome-ignore lint/a11y/useSemanticElements: a listbox may hold groups, not fieldsets.
          <div
            key={group.section}
            role="group"
            aria-labelledby={`${baseId}-section-${group.section}`}
            className="palette__group"
          >
            <div
              id={`${baseId}-section-${group.section}`}
              role="presentation"
              className="palette__section"
            >
              {t(sectionLabels[group.section])}
            </div>
            {group.commands.map((command) => {
              index += 1;
              const at = index;
              return (
                <div
                  key={command.id}
                  id={optionId(at)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={at === active}
                  className="palette__option"
                  data-testid="palette-option"
                  data-command={command.id}
                  onMouseDown={(event) => {
                    // Keep focus in the input until the command runs.
                    event.preventDefault();
                    finish(command);
                  }}
                  onMouseMove={() => {
                    if (at !== active) setActiveIndex(at);
                  }}
                >
                  <span className="palette__text">
                    <span className="palette__label">{labelIn(language, command)}</span>
                    {command.detail && <span className="palette__detail">{command.detail}</span>}
                  </span>
                  {command.shortcut && (
                    <kbd
                      className="palette__shortcut"
                      aria-label={t('palette.shortcut', { key: command.shortcut })}
                    >
                      {command.shortcut}
                    </kbd>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {flat.length === 0 && (
        <p className="palette__empty" data-testid="palette-empty">
          {t('palette.noMatch')}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {t('palette.count', { count: flat.length })}
      </p>
      <p className="palette__footer" aria-hidden="true">
        {query.trim() === '' ? t('palette.searchHint') : t('palette.keysHint')}
      </p>
    </dialog>
  );
}
