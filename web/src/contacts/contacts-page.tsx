import {
  type FormEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { formatDateTime, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import {
  type AttributeDefinition,
  type ContactRow,
  type ContactsApi,
  type ContactView,
  canManageContacts,
  createContactsApi,
  type ImportResult,
} from './contacts-api';
import './contacts.css';

type Props = {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
};

/** Enter that confirms an input method's conversion must not submit the form. */
const keepComposing = (event: KeyboardEvent) => {
  if (event.key === 'Enter' && (event.nativeEvent.isComposing || event.keyCode === 229)) {
    event.preventDefault();
  }
};

const selectedFromUrl = () => new URLSearchParams(window.location.search).get('id');

/** Contacts: search and page through them, open one to edit, merge, import and export. */
export function ContactsPage({ token, user, tenantId, onSignOut, onExpired }: Props) {
  const { t, locale } = useI18n();
  const api = useMemo(
    () =>
      createContactsApi(
        createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
        tenantId,
      ),
    [token, onExpired, tenantId],
  );
  const canManage = canManageContacts(user.role);
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [rows, setRows] = useState<ContactRow[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(selectedFromUrl);
  const [attributes, setAttributes] = useState<AttributeDefinition[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (q: string) => {
      try {
        const page = await api.list(q);
        setRows(page.contacts);
        setCursor(page.nextCursor);
        setError(null);
      } catch (e) {
        setError(t('contacts.loadFailed', { message: describeError(e, t) }));
      }
    },
    [api, t],
  );
  useEffect(() => {
    void load('');
    api.attributes().then(setAttributes, () => setAttributes([]));
  }, [load, api]);

  const more = async () => {
    if (!cursor) return;
    try {
      const page = await api.list(searched, cursor);
      setRows((prev) => [...(prev ?? []), ...page.contacts]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError(t('contacts.loadFailed', { message: describeError(e, t) }));
    }
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    setSearched(query);
    void load(query);
  };
  const open = (id: string | null) => {
    setSelected(id);
    window.history.pushState(
      null,
      '',
      id ? `?id=${encodeURIComponent(id)}` : window.location.pathname,
    );
  };

  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="contacts" id="conversation">
        <h1>{t('contacts.title')}</h1>
        {error && (
          <p role="alert" className="contacts__error">
            {error}
          </p>
        )}
        <div className="contacts__tools">
          <form onSubmit={search} className="contacts__search" aria-label={t('contacts.search')}>
            <label>
              {t('contacts.search')}
              <input
                type="search"
                value={query}
                placeholder={t('contacts.searchHint')}
                onInput={(e) => setQuery(e.currentTarget.value)}
                onKeyDown={keepComposing}
                data-testid="contacts-search"
              />
            </label>
            <button type="submit" className="button">
              {t('contacts.searchButton')}
            </button>
          </form>
          <ExportButton api={api} />
        </div>
        <div className="contacts__layout">
          <section aria-labelledby="contacts-list" className="contacts__list">
            <h2 id="contacts-list" className="visually-hidden">
              {t('contacts.list')}
            </h2>
            {rows === null ? (
              <p>{t('app.loading')}</p>
            ) : rows.length === 0 ? (
              <p>{t('contacts.none')}</p>
            ) : (
              <table className="contacts__table" data-testid="contacts-table">
                <thead>
                  <tr>
                    <th scope="col">{t('contacts.name')}</th>
                    <th scope="col">{t('contacts.email')}</th>
                    <th scope="col">{t('contacts.phone')}</th>
                    <th scope="col">{t('contacts.externalId')}</th>
                    <th scope="col">{t('contacts.created')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => (
                    <tr key={c.id} aria-current={c.id === selected ? 'true' : undefined}>
                      <td>
                        <button type="button" className="link-button" onClick={() => open(c.id)}>
                          {c.name ?? t('contacts.noName')}
                        </button>
                      </td>
                      <td>{c.email ?? '—'}</td>
                      <td>{c.phone ?? '—'}</td>
                      <td>{c.externalId ?? '—'}</td>
                      <td>{formatDateTime(locale, c.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {cursor && (
              <button type="button" className="button button--ghost" onClick={() => void more()}>
                {t('contacts.more')}
              </button>
            )}
          </section>
          {selected && (
            <ContactDetail
              key={selected}
              api={api}
              id={selected}
              attributes={attributes}
              canManage={canManage}
              onClose={() => open(null)}
              onChanged={() => void load(searched)}
            />
          )}
        </div>
        {canManage && (
          <>
            <ImportForm api={api} onImported={() => void load(searched)} />
            <AttributeEditor api={api} attributes={attributes} onSaved={setAttributes} />
          </>
        )}
      </main>
    </div>
  );
}

function ExportButton({ api }: { api: ContactsApi }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const download = async () => {
    try {
      const url = await api.exportUrl();
      const link = document.createElement('a');
      link.href = url;
      link.download = 'contacts.csv';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setMessage(describeError(e, t));
    }
  };
  return (
    <div>
      <button type="button" className="button button--ghost" onClick={() => void download()}>
        {t('contacts.export')}
      </button>
      {message && <span role="alert">{message}</span>}
    </div>
  );
}

function ContactDetail(props: {
  api: ContactsApi;
  id: string;
  attributes: AttributeDefinition[];
  canManage: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const [view, setView] = useState<ContactView | null>(null);
  const [form, setForm] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [mergeQuery, setMergeQuery] = useState('');
  const [candidates, setCandidates] = useState<ContactRow[]>([]);

  const fill = useCallback((v: ContactView) => {
    setView(v);
    const c = v.contact;
    const values: Record<string, string> = {
      name: c.name ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
      externalId: c.externalId ?? '',
    };
    for (const [key, value] of Object.entries(c.attributes)) values[`attr:${key}`] = String(value);
    setForm(values);
  }, []);
  useEffect(() => {
    props.api.get(props.id).then(fill, (e) => setMessage(describeError(e, t)));
  }, [props.api, props.id, fill, t]);

  const set = (key: string) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const attributes: Record<string, string | number | null> = {};
    for (const d of props.attributes) {
      const raw = form[`attr:${d.key}`] ?? '';
      attributes[d.key] = raw === '' ? null : d.type === 'number' ? Number(raw) : raw;
    }
    const blankToNull = (v: string | undefined) => (v ? v : null);
    try {
      await props.api.update(props.id, {
        name: blankToNull(form.name),
        email: blankToNull(form.email),
        phone: blankToNull(form.phone),
        externalId: blankToNull(form.externalId),
        attributes,
      });
      fill(await props.api.get(props.id));
      setMessage(t('contacts.saved'));
      props.onChanged();
    } catch (e) {
      setMessage(t('contacts.saveFailed', { message: describeError(e, t) }));
    }
  };
  const findCandidates = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const page = await props.api.list(mergeQuery);
      setCandidates(page.contacts.filter((c) => c.id !== props.id));
    } catch (e) {
      setMessage(describeError(e, t));
    }
  };
  const merge = async (other: ContactRow) => {
    if (!window.confirm(t('contacts.mergeConfirm', { name: other.name ?? other.id }))) return;
    try {
      const result = await props.api.merge(props.id, other.id);
      setMessage(t('contacts.merged', { conversations: String(result.moved.conversations ?? 0) }));
      setCandidates([]);
      fill(await props.api.get(props.id));
      props.onChanged();
    } catch (e) {
      setMessage(t('contacts.mergeFailed', { message: describeError(e, t) }));
    }
  };

  if (!view) {
    return (
      <section className="contacts__detail" aria-busy="true">
        {message ? <p role="alert">{message}</p> : <p>{t('app.loading')}</p>}
      </section>
    );
  }
  const disabled = !props.canManage;
  return (
    <section
      className="contacts__detail"
      aria-labelledby="contact-title"
      data-testid="contact-detail"
    >
      <header className="contacts__detail-head">
        <h2 id="contact-title">{view.contact.name ?? t('contacts.noName')}</h2>
        <button type="button" className="button button--ghost" onClick={props.onClose}>
          {t('contacts.close')}
        </button>
      </header>
      {message && (
        <p role="status" className="contacts__message">
          {message}
        </p>
      )}
      <form onSubmit={save} className="contacts__form">
        {(['name', 'email', 'phone', 'externalId'] as const).map((key) => (
          <label key={key}>
            {t(`contacts.${key}`)}
            <input
              type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
              value={form[key] ?? ''}
              disabled={disabled}
              onInput={(e) => set(key)(e.currentTarget.value)}
              onKeyDown={keepComposing}
            />
          </label>
        ))}
        {props.attributes.map((d) => (
          <label key={d.key} htmlFor={`contact-attr-${d.key}`}>
            {d.label}
            {d.type === 'select' ? (
              <select
                id={`contact-attr-${d.key}`}
                value={form[`attr:${d.key}`] ?? ''}
                disabled={disabled}
                onChange={(e) => set(`attr:${d.key}`)(e.currentTarget.value)}
              >
                <option value="">—</option>
                {d.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={`contact-attr-${d.key}`}
                type={d.type === 'number' ? 'number' : d.type === 'date' ? 'date' : 'text'}
                value={form[`attr:${d.key}`] ?? ''}
                disabled={disabled}
                onInput={(e) => set(`attr:${d.key}`)(e.currentTarget.value)}
                onKeyDown={keepComposing}
              />
            )}
          </label>
        ))}
        {props.canManage && (
          <button type="submit" className="button">
            {t('contacts.save')}
          </button>
        )}
      </form>
      <h3>{t('contacts.conversations')}</h3>
      {view.conversations.length === 0 ? (
        <p>{t('contacts.noConversations')}</p>
      ) : (
        <ul className="contacts__conversations">
          {view.conversations.map((c) => (
            <li key={c.id}>
              <a href={`${import.meta.env.BASE_URL}conversations/${encodeURIComponent(c.id)}`}>
                {formatDateTime(locale, c.createdAt)} · {c.channel} · {c.status}
              </a>
            </li>
          ))}
        </ul>
      )}
      {props.canManage && (
        <>
          <h3>{t('contacts.merge')}</h3>
          <p className="contacts__hint">{t('contacts.mergeHint')}</p>
          <form onSubmit={findCandidates} className="contacts__search">
            <label>
              {t('contacts.mergeSearch')}
              <input
                type="search"
                value={mergeQuery}
                onInput={(e) => setMergeQuery(e.currentTarget.value)}
                onKeyDown={keepComposing}
              />
            </label>
            <button type="submit" className="button button--ghost">
              {t('contacts.searchButton')}
            </button>
          </form>
          <ul className="contacts__candidates">
            {candidates.map((c) => (
              <li key={c.id}>
                <span>
                  {c.name ?? t('contacts.noName')} · {c.email ?? c.phone ?? c.externalId ?? c.id}
                </span>
                <button type="button" className="button" onClick={() => void merge(c)}>
                  {t('contacts.mergeInto')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ImportForm({ api, onImported }: { api: ContactsApi; onImported: () => void }) {
  const { t } = useI18n();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement | null;
    const file = input?.files?.[0];
    if (!file) {
      setMessage(t('contacts.chooseFile'));
      return;
    }
    setMessage(null);
    setResult(null);
    try {
      const outcome = await api.importCsv(await file.text());
      setResult(outcome);
      if (outcome.errors.length === 0) onImported();
    } catch (e) {
      setMessage(t('contacts.importFailed', { message: describeError(e, t) }));
    }
  };
  return (
    <form className="contacts__import" onSubmit={submit} aria-labelledby="contacts-import">
      <h2 id="contacts-import">{t('contacts.import')}</h2>
      <p className="contacts__hint">{t('contacts.importHint')}</p>
      <label>
        {t('contacts.file')}
        <input name="file" type="file" accept=".csv,text/csv" data-testid="contacts-file" />
      </label>
      <button type="submit" className="button">
        {t('contacts.importButton')}
      </button>
      {message && <p role="alert">{message}</p>}
      {result && result.errors.length === 0 && (
        <p role="status">
          {t('contacts.imported', {
            imported: String(result.imported),
            updated: String(result.updated),
          })}
        </p>
      )}
      {result && result.errors.length > 0 && (
        <div role="alert">
          <p>{t('contacts.importRejected', { count: String(result.errors.length) })}</p>
          <ul className="contacts__errors">
            {result.errors.map((e) => (
              <li key={e.row}>
                {t('contacts.rowError', { row: String(e.row), message: e.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}

type DraftAttribute = {
  key: string;
  label: string;
  type: AttributeDefinition['type'];
  options: string;
};

function AttributeEditor(props: {
  api: ContactsApi;
  attributes: AttributeDefinition[];
  onSaved: (attributes: AttributeDefinition[]) => void;
}) {
  const { t } = useI18n();
  const [drafts, setDrafts] = useState<DraftAttribute[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    setDrafts(props.attributes.map((a) => ({ ...a, options: a.options.join(', ') })));
  }, [props.attributes]);
  const change = (i: number, patch: Partial<DraftAttribute>) =>
    setDrafts((all) => all.map((d, n) => (n === i ? { ...d, ...patch } : d)));
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await props.api.setAttributes(
        drafts.map((d) => ({
          key: d.key.trim(),
          label: d.label.trim(),
          type: d.type,
          options: d.options
            .split(/[,、]/)
            .map((o) => o.trim())
            .filter(Boolean),
        })),
      );
      props.onSaved(saved);
      setMessage(t('contacts.attributesSaved'));
    } catch (e) {
      setMessage(t('contacts.saveFailed', { message: describeError(e, t) }));
    }
  };
  return (
    <form className="contacts__attributes" onSubmit={save} aria-labelledby="contacts-attributes">
      <h2 id="contacts-attributes">{t('contacts.attributes')}</h2>
      {drafts.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, keys may be blank
        <fieldset key={i} className="contacts__attribute">
          <legend className="visually-hidden">{d.label || d.key}</legend>
          <label>
            {t('contacts.attrKey')}
            <input
              value={d.key}
              onInput={(e) => change(i, { key: e.currentTarget.value })}
              onKeyDown={keepComposing}
            />
          </label>
          <label>
            {t('contacts.attrLabel')}
            <input
              value={d.label}
              onInput={(e) => change(i, { label: e.currentTarget.value })}
              onKeyDown={keepComposing}
            />
          </label>
          <label>
            {t('contacts.attrType')}
            <select
              value={d.type}
              onChange={(e) => change(i, { type: e.currentTarget.value as DraftAttribute['type'] })}
            >
              {(['text', 'number', 'date', 'select'] as const).map((type) => (
                <option key={type} value={type}>
                  {t(`contacts.type.${type}`)}
                </option>
              ))}
            </select>
          </label>
          {d.type === 'select' && (
            <label>
              {t('contacts.attrOptions')}
              <input
                value={d.options}
                onInput={(e) => change(i, { options: e.currentTarget.value })}
                onKeyDown={keepComposing}
              />
            </label>
          )}
          <button
            type="button"
            className="button button--ghost"
            onClick={() => setDrafts((all) => all.filter((_, n) => n !== i))}
          >
            {t('contacts.attrRemove')}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--ghost"
        onClick={() =>
          setDrafts((all) => [...all, { key: '', label: '', type: 'text', options: '' }])
        }
      >
        {t('contacts.attrAdd')}
      </button>
      <button type="submit" className="button">
        {t('contacts.attrSave')}
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
