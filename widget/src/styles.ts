/** Lives inside the shadow root: the shop's CSS cannot reach in, ours cannot leak out. */
export const styles = `
:host {
  all: initial;
  --accent: var(--tsunagi-accent, #2f4ac4);
  --accent-text: #fff;
  --bg: #fff;
  --surface: #f3f4f7;
  --text: #1c1f26;
  --muted: #5c6370;
  --border: #dfe2e8;
  --danger: #b3261e;
  --radius: 16px;
}
* { box-sizing: border-box; }
.root {
  font-family: system-ui, "Hiragino Sans", "Noto Sans JP", "Yu Gothic UI", sans-serif;
  font-size: 14px;
  line-height: 1.6;
  color: var(--text);
  word-break: normal;
  overflow-wrap: anywhere;
  -webkit-font-smoothing: antialiased;
  -webkit-text-size-adjust: 100%;
}
button, textarea, select { font: inherit; color: inherit; }
[hidden] { display: none !important; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.launcher {
  position: fixed; right: 20px; bottom: 20px; z-index: 2147483000;
  width: 60px; height: 60px; border-radius: 50%; border: 0; padding: 0;
  background: var(--accent); color: var(--accent-text); cursor: pointer;
  display: flex; align-items: center; justify-content: center;
  box-shadow: 0 6px 20px rgba(20, 30, 60, .28);
  transition: transform .15s ease;
}
.launcher:hover { transform: scale(1.05); }
.proactive {
  position: fixed; right: 20px; bottom: 92px; z-index: 2147483000; max-width: 280px;
  padding: 12px 14px; border: 0; border-radius: var(--radius); text-align: left;
  background: var(--bg); color: inherit; font: inherit; cursor: pointer;
  box-shadow: 0 6px 20px rgba(20, 30, 60, .22);
}
.proactive[hidden] { display: none; }
.proactive:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.launcher svg { width: 28px; height: 28px; }
.badge {
  position: absolute; top: -2px; right: -2px; min-width: 20px; height: 20px; padding: 0 6px;
  border-radius: 10px; background: var(--danger); color: #fff; font-size: 12px; line-height: 20px;
  font-weight: 700; text-align: center;
}

.window {
  position: fixed; right: 20px; bottom: 92px; z-index: 2147483000;
  width: 380px; height: min(640px, calc(100vh - 120px));
  display: flex; flex-direction: column; overflow: hidden;
  background: var(--bg); border-radius: var(--radius);
  box-shadow: 0 12px 48px rgba(20, 30, 60, .25);
  animation: tsunagi-in .18s ease-out;
}
@keyframes tsunagi-in { from { opacity: 0; transform: translateY(12px); } }
@media (prefers-reduced-motion: reduce) { .window { animation: none; } .launcher { transition: none; } }

.header {
  display: flex; align-items: center; gap: 8px; padding: 14px 12px 14px 18px;
  background: var(--accent); color: var(--accent-text);
}
.titles { flex: 1; min-width: 0; }
.title { margin: 0; font-size: 16px; font-weight: 700; line-height: 1.4; }
.status { margin: 0; font-size: 12px; opacity: .92; display: flex; align-items: center; gap: 6px; }
.status::before {
  content: ""; width: 8px; height: 8px; border-radius: 50%; background: #7ee2a8; flex: none;
}
.status[data-status="queued"]::before { background: #ffd166; }
.status[data-status="resolved"]::before { background: #c9ced8; }
.csat { margin: 8px 12px 12px; padding: 10px; border: 1px solid #e3e6ec; border-radius: 10px; }
.csat-question { margin: 0 0 6px; }
.csat-stars { display: flex; gap: 4px; }
.csat-star { font-size: 22px; line-height: 1; background: none; border: 0; cursor: pointer; color: #c9ced8; padding: 2px; }
.csat-star[data-on="true"] { color: #f5a623; }
.csat-star:focus-visible { outline: 2px solid #2f6fed; border-radius: 4px; }
.csat-comment { width: 100%; box-sizing: border-box; margin: 6px 0; font: inherit; }
.csat-note { margin: 4px 0 0; font-size: 12px; }
.lang {
  appearance: none; -webkit-appearance: none; border: 1px solid rgba(255,255,255,.45);
  background: transparent; color: inherit; border-radius: 8px; padding: 2px 8px; font-size: 12px;
  cursor: pointer;
}
.lang option { color: #1c1f26; }
.icon-button {
  width: 36px; height: 36px; border: 0; border-radius: 8px; background: transparent;
  color: inherit; cursor: pointer; display: flex; align-items: center; justify-content: center;
  flex: none;
}
.icon-button:hover { background: rgba(255,255,255,.16); }
.icon-button svg { width: 20px; height: 20px; }

.banner {
  padding: 4px 12px; font-size: 12px; text-align: center; color: #5a4300; background: #fff4cc;
}

.scroller { flex: 1; overflow-y: auto; padding: 16px 14px 8px; overscroll-behavior: contain; background: var(--bg); }
.log { display: flex; flex-direction: column; gap: 10px; }
.msg { display: flex; flex-direction: column; align-items: flex-start; max-width: 85%; }
.msg[data-author="customer"] { align-self: flex-end; align-items: flex-end; }
.msg[data-author="system"] { align-self: center; align-items: center; max-width: 92%; }
.author { font-size: 12px; color: var(--muted); margin: 0 4px 2px; }
.bubble {
  padding: 8px 12px; border-radius: 14px 14px 14px 4px; background: var(--surface);
  white-space: pre-wrap; min-width: 0; max-width: 100%;
}
.msg[data-author="customer"] .bubble {
  background: var(--accent); color: var(--accent-text); border-radius: 14px 14px 4px 14px;
}
.msg[data-author="customer"][data-state="pending"] .bubble { opacity: .7; }
.msg[data-author="customer"][data-state="failed"] .bubble { background: #fbe9e7; color: var(--danger); }
.msg[data-author="system"] .bubble {
  background: transparent; padding: 0 8px; font-size: 12px; color: var(--muted); text-align: center;
}
.bubble a { color: inherit; text-decoration: underline; text-underline-offset: 2px; }
.meta { font-size: 11px; color: var(--muted); margin: 2px 4px 0; display: flex; gap: 6px; align-items: center; }
.meta[data-state="failed"] { color: var(--danger); }
.retry {
  border: 0; background: none; padding: 0; color: var(--accent); text-decoration: underline;
  cursor: pointer; font-size: 11px;
}
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.chip {
  border: 1px solid var(--accent); color: var(--accent); background: var(--bg);
  border-radius: 999px; padding: 4px 12px; font-size: 13px; line-height: 1.5; cursor: pointer;
  text-align: start; word-break: keep-all; overflow-wrap: anywhere;
}
.chip:hover:not(:disabled) { background: var(--accent); color: var(--accent-text); }
.chip:disabled { cursor: default; opacity: .45; }

.typing { display: flex; gap: 4px; padding: 12px 14px; margin-top: 10px; width: fit-content;
  background: var(--surface); border-radius: 14px 14px 14px 4px; }
.typing span { width: 6px; height: 6px; border-radius: 50%; background: var(--muted);
  animation: tsunagi-dot 1.2s infinite ease-in-out; }
.typing span:nth-child(2) { animation-delay: .15s; }
.typing span:nth-child(3) { animation-delay: .3s; }
@keyframes tsunagi-dot { 0%, 60%, 100% { opacity: .3; } 30% { opacity: 1; } }

.offer {
  margin: 12px 0 0; padding: 10px 12px; border-radius: 12px; border: 1px solid var(--border);
  background: var(--surface); font-size: 13px; line-height: 1.6;
}
.offer p { margin: 0 0 8px; }
.offer-button, .panel-submit {
  border: 0; border-radius: 999px; padding: 6px 14px; font-size: 13px; cursor: pointer;
  background: var(--accent); color: var(--accent-text);
}
.panel-cancel {
  border: 1px solid var(--border); border-radius: 999px; padding: 6px 14px; font-size: 13px;
  cursor: pointer; background: var(--bg); color: inherit;
}
.panel {
  flex: 1; overflow-y: auto; padding: 18px;
  background: var(--bg); display: flex; flex-direction: column; gap: 10px;
}
.panel h3 { margin: 0; font-size: 15px; }
.panel p { margin: 0; font-size: 13px; line-height: 1.6; }
.panel label { display: flex; flex-direction: column; gap: 4px; font-size: 12px; color: var(--muted); }
.panel input, .panel textarea {
  border: 1px solid var(--border); border-radius: 10px; padding: 8px 10px; font-size: 14px;
  background: var(--bg); color: inherit; font-family: inherit;
}
.panel textarea { min-height: 110px; resize: vertical; }
.panel input:focus, .panel textarea:focus {
  outline: none; border-color: var(--accent); box-shadow: 0 0 0 2px rgba(47, 74, 196, .15);
}
.panel-actions { display: flex; gap: 8px; justify-content: flex-end; }
.panel-result { font-size: 13px; }
.panel-result[data-kind="error"] { color: var(--danger); }
button:focus-visible, select:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.header button:focus-visible, .header select:focus-visible { outline-color: #fff; }

.composer {
  display: flex; align-items: flex-end; gap: 8px; padding: 10px 12px;
  border-top: 1px solid var(--border); background: var(--bg);
}
.input {
  flex: 1; resize: none; border: 1px solid var(--border); border-radius: 12px;
  padding: 8px 12px; min-height: 40px; max-height: 132px; line-height: 1.6;
  background: var(--bg); outline: none; font-size: 14px;
}
.input:focus { border-color: var(--accent); box-shadow: 0 0 0 2px rgba(47, 74, 196, .15); }
.send {
  width: 40px; height: 40px; flex: none; border: 0; border-radius: 50%; cursor: pointer;
  background: var(--accent); color: var(--accent-text);
  display: flex; align-items: center; justify-content: center;
}
.send svg { width: 20px; height: 20px; }
.attach {
  width: 40px; height: 40px; flex: none; border: 0; border-radius: 50%; cursor: pointer;
  background: transparent; color: var(--muted, #566070);
  display: flex; align-items: center; justify-content: center;
}
.attach svg { width: 20px; height: 20px; }
.attach:hover { color: var(--accent); }
.download {
  margin-top: 4px; padding: 4px 10px; border: 1px solid var(--border); border-radius: 8px;
  background: var(--bg); color: var(--accent); cursor: pointer; font-size: 13px;
}
.notice { margin: 8px 12px; color: var(--danger); font-size: 13px; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

@media (max-width: 480px) {
  .window {
    inset: 0; right: 0; bottom: 0; width: 100%; height: 100%; border-radius: 0;
    height: 100dvh;
  }
  .root[data-open="true"] .launcher { display: none; }
  .launcher { right: 16px; bottom: 16px; }
  /* 16px keeps iOS Safari from zooming into the field. */
  .input { font-size: 16px; }
}
`;
