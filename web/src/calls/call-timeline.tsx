import type { KeyboardEvent, MouseEvent } from 'react';
import { useI18n } from '../i18n';
import { type Call, formatClock } from './calls-api';

type Props = { call: Call; position: number; onSeek: (seconds: number) => void };

const LANE = 28;
const TOP = 6;

/**
 * Two lanes, agent above customer: each side's speech, the stretches where both spoke (red
 * across both lanes) and where nobody did (hatched). A click or Left/Right moves the player.
 */
export function CallTimeline({ call, position, onSeek }: Props) {
  const { t } = useI18n();
  const duration = call.durationSeconds ?? 0;
  if (!call.speech || duration <= 0) return null;
  const x = (seconds: number) => `${(seconds / duration) * 100}%`;
  const w = (start: number, end: number) => `${(Math.max(0, end - start) / duration) * 100}%`;
  const seekTo = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    onSeek(((event.clientX - box.left) / box.width) * duration);
  };
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowRight') onSeek(Math.min(duration, position + 5));
    else if (event.key === 'ArrowLeft') onSeek(Math.max(0, position - 5));
    else return;
    event.preventDefault();
  };
  const height = TOP * 2 + LANE * 2 + 4;
  return (
    <figure className="call-timeline">
      <div className="call-timeline__labels" aria-hidden="true">
        <span>{t('calls.agent')}</span>
        <span>{t('calls.customer')}</span>
      </div>
      <div
        className="call-timeline__track"
        role="slider"
        tabIndex={0}
        aria-label={t('calls.timeline')}
        aria-valuemin={0}
        aria-valuemax={Math.round(duration)}
        aria-valuenow={Math.round(position)}
        aria-valuetext={formatClock(position)}
        onClick={seekTo}
        onKeyDown={onKey}
        data-testid="call-timeline"
      >
        <svg className="call-timeline__svg" height={height} aria-hidden="true">
          <defs>
            <pattern id="call-silence" width="6" height="6" patternUnits="userSpaceOnUse">
              <path d="M0 6 L6 0" stroke="#9aa3b2" strokeWidth="1" />
            </pattern>
          </defs>
          {call.silences.map((s) => (
            <rect
              key={`s${s.start}`}
              className="call-timeline__silence"
              x={x(s.start)}
              width={w(s.start, s.end)}
              y={TOP}
              height={LANE * 2 + 4}
              fill="url(#call-silence)"
            >
              <title>
                {t('calls.silenceAt', { from: formatClock(s.start), to: formatClock(s.end) })}
              </title>
            </rect>
          ))}
          {(['agent', 'customer'] as const).map((side, lane) =>
            call.speech?.[side].map((s) => (
              <rect
                key={`${side}${s.start}`}
                className={`call-timeline__speech call-timeline__speech--${side}`}
                x={x(s.start)}
                width={w(s.start, s.end)}
                y={TOP + lane * (LANE + 4)}
                height={LANE}
                rx={3}
              />
            )),
          )}
          {call.overlaps.map((o) => (
            <rect
              key={`o${o.start}`}
              className="call-timeline__overlap"
              x={x(o.start)}
              width={w(o.start, o.end)}
              y={TOP - 3}
              height={LANE * 2 + 10}
            >
              <title>
                {t('calls.overlapAt', {
                  from: formatClock(o.start),
                  to: formatClock(o.end),
                  who: t(o.interrupter === 'agent' ? 'calls.agent' : 'calls.customer'),
                })}
              </title>
            </rect>
          ))}
          <line
            className="call-timeline__playhead"
            x1={x(position)}
            x2={x(position)}
            y1={0}
            y2={height}
          />
        </svg>
      </div>
      <figcaption className="call-timeline__legend">
        <span className="legend legend--agent">{t('calls.agent')}</span>
        <span className="legend legend--customer">{t('calls.customer')}</span>
        <span className="legend legend--overlap">{t('calls.overlaps')}</span>
        <span className="legend legend--silence">{t('calls.silences')}</span>
      </figcaption>
    </figure>
  );
}
