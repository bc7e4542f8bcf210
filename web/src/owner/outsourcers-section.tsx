import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { keepImeEnter } from '../account/ime-safe';
import type { HttpClient } from '../api/http-client';
import { type MessageKey, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { createOutsourcersApi, type GroupRole, type Outsourcer } from './outsourcers-api';
import type { TenantRow } from './tenants-api';

const roles: GroupRole[] = ['admin', 'supervisor', 'agent', 'annotator'];

/**
 * The owner's outsourcers: a group of client tenants, and people who hold one role across all
 * of them (an outsourcer-wide supervisor) instead of a membership in each.
 */
export function OutsourcersSection({ http, tenants }: { http: HttpClient; tenants: TenantRow[] }) {
  const { t } = useI18n();
  const api = useMemo(() => createOutsourcersApi(http), [http]);
  const [groups, setGroups] = useState<Outsourcer[] | null>(null);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setGroups(await api.list());
    } catch (e) {
      setError(describeError(e, t));
    }
  }, [api, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const run = async (work: () => Promise<string | undefined>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const done = await work();
      if (done) setNotice(done);
      await load();
    } catch (e) {
      setError(t('outsourcers.failed', { message: describeError(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const group = await api.create(name.trim(), chosen);
      setName('');
      setChosen([]);
      return t('outsourcers.created', { name: group.name });
    });
  };
  const tenantName = (id: string) => tenants.find((x) => x.id === id)?.name ?? id;

  return (
    <section aria-labelledby="owner-outsourcers" data-testid="outsourcers">
      <h2 id="owner-outsourcers">{t('outsourcers.title')}</h2>
      <p>{t('outsourcers.intro')}</p>
      {error && (
        <p className="owner__error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="owner__notice" role="status" data-testid="outsourcers-notice">
          {notice}
        </p>
      )}
      <form className="owner__group-form" onSubmit={create} onKeyDown={keepImeEnter}>
        <label htmlFor="outsourcer-name">{t('outsourcers.name')}</label>
        <input
          id="outsourcer-name"
          data-testid="outsourcer-name"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <fieldset>
          <legend>{t('outsourcers.clients')}</legend>
          {tenants.map((tenant) => (
            <label key={tenant.id} className="owner__check">
              <input
                type="checkbox"
                checked={chosen.includes(tenant.id)}
                onChange={(e) =>
                  setChosen((c) =>
                    e.target.checked ? [...c, tenant.id] : c.filter((x) => x !== tenant.id),
                  )
                }
              />
              {tenant.name}
            </label>
          ))}
        </fieldset>
        <button
          type="submit"
          className="button button--primary"
          data-testid="outsourcer-create"
          disabled={isBusy || !name.trim()}
        >
          {t('outsourcers.create')}
        </button>
      </form>
      {groups === null ? (
        !error && <p aria-busy="true">{t('app.loading')}</p>
      ) : groups.length === 0 ? (
        <p>{t('outsourcers.none')}</p>
      ) : (
        groups.map((group) => (
          <OutsourcerCard
            key={group.id}
            group={group}
            tenants={tenants}
            tenantName={tenantName}
            isBusy={isBusy}
            onSetTenants={(ids) =>
              run(async () => {
                await api.setTenants(group.id, ids);
                return t('outsourcers.tenantsSaved', { name: group.name });
              })
            }
            onSetMember={(email, role) =>
              run(async () => {
                await api.setMember(group.id, email, role);
                return t('outsourcers.memberSaved', { email, name: group.name });
              })
            }
            onRemoveMember={(userId, email) =>
              run(async () => {
                await api.removeMember(group.id, userId);
                return t('outsourcers.memberRemoved', { email, name: group.name });
              })
            }
          />
        ))
      )}
    </section>
  );
}

type CardProps = {
  group: Outsourcer;
  tenants: TenantRow[];
  tenantName: (id: string) => string;
  isBusy: boolean;
  onSetTenants: (ids: string[]) => Promise<void>;
  onSetMember: (email: string, role: GroupRole) => Promise<void>;
  onRemoveMember: (userId: string, email: string) => Promise<void>;
};

function OutsourcerCard({ group, tenants, tenantName, isBusy, ...actions }: CardProps) {
  const { t } = useI18n();
  const others = tenants.filter((x) => !group.tenantIds.includes(x.id));
  const [adding, setAdding] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<GroupRole>('supervisor');
  const headingId = `outsourcer-${group.id}`;
  const toAdd = others.some((x) => x.id === adding) ? adding : (others[0]?.id ?? '');

  return (
    <article className="owner__group" aria-labelledby={headingId} data-outsourcer={group.name}>
      <h3 id={headingId}>{group.name}</h3>
      <h4>{t('outsourcers.clients')}</h4>
      {group.tenantIds.length === 0 ? (
        <p>{t('outsourcers.noClients')}</p>
      ) : (
        <ul className="owner__chips" data-testid="outsourcer-tenants">
          {group.tenantIds.map((id) => (
            <li key={id} data-tenant={id}>
              {tenantName(id)}
              <button
                type="button"
                className="button button--ghost"
                disabled={isBusy}
                aria-label={t('outsourcers.removeClient', { tenant: tenantName(id) })}
                onClick={() => void actions.onSetTenants(group.tenantIds.filter((x) => x !== id))}
              >
                {t('outsourcers.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <form
          className="owner__inline"
          onSubmit={(e) => {
            e.preventDefault();
            if (toAdd) void actions.onSetTenants([...group.tenantIds, toAdd]);
          }}
        >
          <label htmlFor={`${headingId}-add`}>{t('outsourcers.addClient')}</label>
          <select
            id={`${headingId}-add`}
            data-testid="outsourcer-add-tenant"
            value={toAdd}
            onChange={(e) => setAdding(e.target.value)}
          >
            {others.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button" disabled={isBusy}>
            {t('outsourcers.add')}
          </button>
        </form>
      )}
      <h4>{t('outsourcers.people')}</h4>
      {group.members.length === 0 ? (
        <p>{t('outsourcers.noPeople')}</p>
      ) : (
        <table className="owner__table" data-testid="outsourcer-members">
          <thead>
            <tr>
              <th scope="col">{t('outsourcers.person')}</th>
              <th scope="col">{t('outsourcers.role')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('outsourcers.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {group.members.map((m) => (
              <tr key={m.userId} data-member={m.email}>
                <td>
                  {m.name}
                  <br />
                  <small>{m.email}</small>
                </td>
                <td>{t(`accounts.role.${m.role}` as MessageKey)}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    disabled={isBusy}
                    aria-label={t('outsourcers.removePerson', { name: m.name })}
                    onClick={() => void actions.onRemoveMember(m.userId, m.email)}
                  >
                    {t('outsourcers.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="owner__inline"
        onKeyDown={keepImeEnter}
        onSubmit={(e) => {
          e.preventDefault();
          void actions.onSetMember(email.trim(), role).then(() => setEmail(''));
        }}
      >
        <label htmlFor={`${headingId}-email`}>{t('outsourcers.email')}</label>
        <input
          id={`${headingId}-email`}
          data-testid="outsourcer-member-email"
          type="email"
          required
          maxLength={320}
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor={`${headingId}-role`}>{t('outsourcers.role')}</label>
        <select
          id={`${headingId}-role`}
          data-testid="outsourcer-member-role"
          value={role}
          onChange={(e) => setRole(e.target.value as GroupRole)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`accounts.role.${r}` as MessageKey)}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="button"
          data-testid="outsourcer-member-give"
          disabled={isBusy}
        >
          {t('outsourcers.giveRole')}
        </button>
      </form>
    </article>
  );
}
