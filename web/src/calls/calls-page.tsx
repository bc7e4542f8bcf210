import {
  type FormEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { createHttpClient } from '../api/http-client';
import type { User } from '../api/types';
import { TopBar } from '../app/top-bar';
import { formatDateTime, type MessageKey, useI18n } from '../i18n';
import { describeError } from '../shared/error-message';
import { CallTimeline } from './call-timeline';
import { type Call, type CallsApi, createCallsApi, formatClock, type StaffUser } from './calls-api';
import './calls.css';

type Props = {
  token: string;
  user: User;
  tenantId: string;
  onSignOut: () => void;
  onExpired: () => void;
};

const canSeeAll = (role: string) => role === 'admin' || role === 'supervisor';
const selectedFromUrl = () => new URLSearchParams(window.location.search).get('id');

/** Call recordings: upload one, see the list, open a call's timeline, player and figures. */
export function CallsPage({ token, user, tenantId, onSignOut, onExpired }: Props) {
  const { t, locale } = useI18n();
  const api = useMemo(
    () =>
      createCallsApi(
        createHttpClient({ getToken: () => token, onUnauthorized: onExpired }),
        tenantId,
        () => token,
      ),
    [token, onExpired, tenantId],
  );
  const [calls, setCalls] = useState<Call[] | null>(null);
  const [agents, setAgents] = useState<StaffUser[]>([]);
  const [selected, setSelected] = useState<string | null>(selectedFromUrl);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setCalls(await api.list());
    } catch (e) {
      setError(t('calls.loadFailed', { message: describeError(e, t) }));
    }
  }, [api, t]);
  useEffect(() => {
    void load();
    if (canSeeAll(user.role)) {
      api.agents().then(setAgents, () => setAgents([]));
    }
  }, [load, api, user.role]);
  // While a call is being analysed, look again every two seconds.
  const isProcessing = calls?.some((c) => c.status === 'processing') ?? false;
  useEffect(() => {
    if (!isProcessing) return;
    const timer = window.setInterval(() => void load(), 2000);
    return () => window.clearInterval(timer);
  }, [isProcessing, load]);

  const open = (id: string | null) => {
    setSelected(id);
    const url = id ? `?id=${encodeURIComponent(id)}` : window.location.pathname;
    window.history.pushState(null, '', url);
  };
  const nameOf = (id: string | null) =>
    (id && agents.find((a) => a.id === id)?.name) || (id === user.id ? user.name : '—');
  const current = calls?.find((c) => c.id === selected) ?? null;

  return (
    <div className="app">
      <TopBar user={user} onSignOut={onSignOut} />
      <main className="calls" id="conversation">
        <h1>{t('calls.title')}</h1>
        {error && (
          <p role="alert" className="calls__error">
            {error}
          </p>
        )}
        <UploadForm
          api={api}
          agents={agents}
          canChooseAgent={canSeeAll(user.role)}
          onUploaded={(id) => {
            open(id);
            void load();
          }}
        />
        <section aria-labelledby="calls-list">
          <h2 id="calls-list">{t('calls.list')}</h2>
          {calls === null ? (
            <p>{t('app.loading')}</p>
          ) : calls.length === 0 ? (
            <p>{t('calls.none')}</p>
          ) : (
            <table className="calls__table">
              <thead>
                <tr>
                  <th scope="col">{t('calls.when')}</th>
                  <th scope="col">{t('calls.file')}</th>
                  <th scope="col">{t('calls.agent')}</th>
                  <th scope="col">{t('calls.status')}</th>
                  <th scope="col">{t('calls.duration')}</th>
                  <th scope="col">{t('calls.talkRatio')}</th>
                </tr>
              </thead>
              <tbody>
                {calls.map((c) => (
                  <tr key={c.id} aria-current={c.id === selected ? 'true' : undefined}>
                    <td>{formatDateTime(locale, c.createdAt)}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => open(c.id)}>
                        {c.filename}
                      </button>
                    </td>
                    <td>{nameOf(c.agentId)}</td>
                    <td>
                      <span className={`call-status call-status--${c.status}`}>
                        {t(`calls.status.${c.status}`)}
                      </span>
                    </td>
                    <td>{c.durationSeconds === null ? '—' : formatClock(c.durationSeconds)}</td>
                    <td>{c.talkRatio === null ? '—' : `${Math.round(c.talkRatio * 100)}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {current && <CallDetail key={current.id} api={api} call={current} />}
      </main>
    </div>
  );
}

function UploadForm(props: {
  api: CallsApi;
  agents: StaffUser[];
  canChooseAgent: boolean;
  onUploaded: (id: string) => void;
}) {
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const [agentChannel, setAgentChannel] = useState<'left' | 'right'>('left');
  const [agentId, setAgentId] = useState('');
  const [isSending, setSending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setMessage(t('calls.chooseFile'));
      return;
    }
    setSending(true);
    setMessage(null);
    try {
      const { id } = await props.api.upload(file, agentChannel, agentId || undefined);
      if (fileInput.current) fileInput.current.value = '';
      setMessage(t('calls.uploaded'));
      props.onUploaded(id);
    } catch (e) {
      setMessage(t('calls.uploadFailed', { message: describeError(e, t) }));
    } finally {
      setSending(false);
    }
  };
  return (
    <form className="calls__upload" onSubmit={submit} aria-labelledby="calls-upload">
      <h2 id="calls-upload">{t('calls.upload')}</h2>
      <label>
        {t('calls.recording')}
        <input
          ref={fileInput}
          type="file"
          accept="audio/*,.wav,.mp3,.ogg,.opus"
          data-testid="call-file"
        />
      </label>
      <label>
        {t('calls.agentChannel')}
        <select
          value={agentChannel}
          onChange={(e) => setAgentChannel(e.target.value as 'left' | 'right')}
        >
          <option value="left">{t('calls.channel.left')}</option>
          <option value="right">{t('calls.channel.right')}</option>
        </select>
      </label>
      {props.canChooseAgent && (
        <label>
          {t('calls.agent')}
          <select value={agentId} onChange={(e) => setAgentId(e.target.value)}>
            <option value="">{t('calls.noAgent')}</option>
            {props.agents.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" className="button" disabled={isSending}>
        {isSending ? t('calls.uploading') : t('calls.send')}
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}

function CallDetail({ api, call }: { api: CallsApi; call: Call }) {
  const { t } = useI18n();
  const audio = useRef<HTMLAudioElement>(null);
  const [src, setSrc] = useState<string | null>(null);
  const [position, setPosition] = useState(0);
  useEffect(() => {
    let url: string | null = null;
    api.recordingUrl(call.id).then(
      (u) => {
        url = u;
        setSrc(u);
      },
      () => setSrc(null),
    );
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, call.id]);
  const seek = (seconds: number) => {
    setPosition(seconds);
    if (audio.current) {
      audio.current.currentTime = seconds;
      void audio.current.play().catch(() => undefined);
    }
  };
  const seconds = (n: number | null | undefined) =>
    n == null ? '—' : t('calls.seconds', { n: n.toFixed(1) });
  return (
    <section className="call-detail" aria-labelledby="call-detail-title" data-testid="call-detail">
      <h2 id="call-detail-title">{call.filename}</h2>
      {call.status === 'processing' && <p role="status">{t('calls.processing')}</p>}
      {call.status === 'failed' && (
        <p role="alert" className="calls__error">
          {t(`calls.failed.${call.failure?.reason ?? 'error'}` as 'calls.failed.error')}
        </p>
      )}
      {src && (
        // biome-ignore lint/a11y/useMediaCaption: recordings have no captions; the transcript is below
        <audio
          ref={audio}
          src={src}
          controls
          className="call-detail__player"
          onTimeUpdate={(e) => setPosition(e.currentTarget.currentTime)}
        />
      )}
      {call.status === 'ready' && (
        <>
          <CallTimeline call={call} position={position} onSeek={seek} />
          <dl className="call-figures">
            <div>
              <dt>{t('calls.duration')}</dt>
              <dd>{formatClock(call.durationSeconds ?? 0)}</dd>
            </div>
            <div>
              <dt>{t('calls.talkAgent')}</dt>
              <dd>{seconds(call.talk?.agent)}</dd>
            </div>
            <div>
              <dt>{t('calls.talkCustomer')}</dt>
              <dd>{seconds(call.talk?.customer)}</dd>
            </div>
            <div>
              <dt>{t('calls.talkRatio')}</dt>
              <dd data-testid="call-talk-ratio">
                {call.talkRatio === null ? '—' : `${Math.round(call.talkRatio * 100)}%`}
              </dd>
            </div>
            <div>
              <dt>{t('calls.responseGap')}</dt>
              <dd>{seconds(call.responseGapSeconds?.median)}</dd>
            </div>
            <div>
              <dt>{t('calls.turns')}</dt>
              <dd>{call.turns ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('calls.overlaps')}</dt>
              <dd data-testid="call-overlaps">{call.overlaps.length}</dd>
            </div>
            <div>
              <dt>{t('calls.silences')}</dt>
              <dd>{call.silences.length}</dd>
            </div>
            {call.longestMonologue && (
              <div>
                <dt>{t('calls.longestMonologue')}</dt>
                <dd>
                  {t('calls.monologue', {
                    who: t(
                      call.longestMonologue.speaker === 'agent' ? 'calls.agent' : 'calls.customer',
                    ),
                    length: (call.longestMonologue.end - call.longestMonologue.start).toFixed(1),
                    at: formatClock(call.longestMonologue.start),
                  })}
                </dd>
              </div>
            )}
          </dl>
          {call.overlaps.length > 0 && (
            <>
              <h3>{t('calls.overlaps')}</h3>
              <ul className="call-events">
                {call.overlaps.map((o) => (
                  <li key={o.start}>
                    <button type="button" className="link-button" onClick={() => seek(o.start)}>
                      {formatClock(o.start)}–{formatClock(o.end)}
                    </button>{' '}
                    {t('calls.interruptedBy', {
                      who: t(o.interrupter === 'agent' ? 'calls.agent' : 'calls.customer'),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {call.transcript && call.transcript.length > 0 && (
            <>
              <h3>{t('calls.transcript')}</h3>
              {call.summary && <p className="call-summary">{call.summary}</p>}
              <ol className="call-transcript">
                {call.transcript.map((s, i) => (
                  <li key={`${s.start}-${s.speaker}`} className={`call-transcript__${s.speaker}`}>
                    <button type="button" className="link-button" onClick={() => seek(s.start)}>
                      {formatClock(s.start)}
                    </button>{' '}
                    <strong>{t(s.speaker === 'agent' ? 'calls.agent' : 'calls.customer')}</strong>{' '}
                    <SegmentText
                      text={s.text}
                      findings={(call.findings ?? []).filter((f) => f.segment === i)}
                    />
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}

type CallFinding = NonNullable<Call['findings']>[number];

/** A transcript segment with the quality scanner's findings marked in it and named after it. */
function SegmentText({ text, findings }: { text: string; findings: CallFinding[] }) {
  const { t } = useI18n();
  if (findings.length === 0) return <span>{text}</span>;
  const spans = findings
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start)
    .reduce<{ start: number; end: number; severity: string }[]>((out, f) => {
      const last = out[out.length - 1];
      if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
      else out.push({ start: f.start, end: f.end, severity: f.severity });
      return out;
    }, []);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} className={`call-finding call-finding--${span.severity}`}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      <span data-testid="call-segment-text">{parts}</span>{' '}
      <span className="call-findings" data-testid="call-findings">
        {findings.map((f) => (
          <span
            key={`${f.rule}-${f.start}`}
            className={`call-finding-label call-finding--${f.severity}`}
          >
            {t(`quality.rule.${f.rule}` as MessageKey)} ({t(`quality.severity.${f.severity}`)})
          </span>
        ))}
      </span>
    </>
  );
}
