// The run as a plain-text table for the terminal: the figures issue 7 names, side by side.
import type { BenchResults } from './results.ts';
import type { QualityResult } from './quality.ts';
import type { ScenarioResult } from './scenarios.ts';

const pad = (rows: string[][]): string => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
};

function qualityTable(q: QualityResult): string {
  const rows = [['engine', 'top-1 %', 'top-3 %', 'not sure', 'index ms', 'ms/question']];
  for (const [name, e] of Object.entries(q.engines)) {
    rows.push([name, e.top1.toFixed(1), e.top3.toFixed(1), e.not_sure === undefined ? '' : String(e.not_sure), String(e.build_ms), String(e.ms_per_question)]);
  }
  const lines = [
    `${q.question_set}: ${q.questions} questions; ${q.scoring}`,
    pad(rows),
    `lead over the best baseline (${q.best_baseline}): top-1 ${signed(q.lead_points.top1)} points, top-3 ${signed(q.lead_points.top3)} points`,
  ];
  if (q.stale?.length) lines.push(`stale questions left out (their sections no longer exist): ${q.stale.join(', ')}`);
  if (q.score_mjs) lines.push('error' in q.score_mjs ? `score.mjs cross-check: ${q.score_mjs.error}` : `score.mjs cross-check: top1 ${q.score_mjs.top1} top3 ${q.score_mjs.top3} (${q.score_mjs.agrees ? 'agrees' : 'DISAGREES'})`);
  return lines.join('\n');
}

function scenarioTable(s: ScenarioResult): string {
  const rows = [['engine', 'top-1 %', 'top-3 %', 'out-of-scope declined']];
  for (const [name, e] of Object.entries(s.engines)) rows.push([name, e.top1.toFixed(1), e.top3.toFixed(1), `${e.declined}/${e.out_of_scope}`]);
  const lines = [
    `${s.question_set}: ${s.questions} questions (${s.partnerships.join(', ')}); ${s.scoring}`,
    pad(rows),
    `lead over the best baseline given our stored questions (${s.best_baseline}): top-1 ${signed(s.lead_points.top1)} points, top-3 ${signed(s.lead_points.top3)} points`,
    `lead over the best baseline over the published text alone (${s.published_text.best_baseline}): top-1 ${signed(s.published_text.lead_points.top1)} points, top-3 ${signed(s.published_text.lead_points.top3)} points`,
  ];
  if (s.score_mjs) lines.push('error' in s.score_mjs ? `score-scenarios.mjs cross-check: ${s.score_mjs.error}` : `score-scenarios.mjs cross-check: top1 ${s.score_mjs.top1} top3 ${s.score_mjs.top3} (${s.score_mjs.agrees ? 'agrees' : 'DISAGREES'})`);
  return lines.join('\n');
}

const signed = (x: number) => (x > 0 ? `+${x}` : String(x));

export function formatTable(r: BenchResults): string {
  const out: string[] = [];
  out.push(`Safeguarding Assistant benchmark (${r.mode}) ${r.date}`);
  out.push(`machine: ${r.machine}; load average ${r.machine_detail.load_avg_start} at start, ${r.load_avg_end} at end (${r.machine_detail.cores} cores)`);
  out.push(`knowledge: ${r.knowledge.partnership} (${r.knowledge.kind}), ${r.knowledge.docs} documents, ${r.knowledge.sections} sections, ${r.knowledge.words} words${r.knowledge.note ? `; ${r.knowledge.note}` : ''}`);
  out.push('', '== Answer quality', qualityTable(r.quality_detail));
  if (r.quality_detail.own) out.push('', qualityTable(r.quality_detail.own));
  if (r.quality_detail.scenarios) out.push('', '== Scenario questions (situations in everyday words)', scenarioTable(r.quality_detail.scenarios));

  const a = r.answer_detail;
  out.push('', `== Latency in process (${a.calls} calls each, warm)`);
  out.push(pad([
    ['', 'p50 ms', 'p99 ms', 'max ms', 'mean ms'],
    ['answer()', String(a.answer.p50), String(a.answer.p99), String(a.answer.max), String(a.answer.mean)],
    ['answer + safety + card', String(a.respond.p50), String(a.respond.p99), String(a.respond.max), String(a.respond.mean)],
  ]));

  out.push('', `== Cold start: load Markdown + build index (fresh process, median; ${r.cold_start_detail.runtime === 'compiled' ? 'compiled, npm start\'s flags' : 'from source through tsx'})`);
  out.push(pad([
    ['size', 'sections', 'total ms', 'load ms', 'index ms', 'ms/1000 sections', 'RSS MB'],
    ...r.cold_start_detail.sizes.map((s) => [`x${s.multiplier}${s.estimated ? ' (estimated)' : ''}`, String(s.sections), String(s.total_ms), String(s.load_ms), String(s.index_ms), String(s.ms_per_1000_sections), String(s.rss_mb)]),
  ]));

  const h = r.http_detail;
  out.push('', `== HTTP turns: POST /api/messages -> reply at the fake connector (bot started in ${h.bot_start_ms} ms)`);
  out.push(pad([
    ['conversations', 'turns', 'replies', 'errors', 'p50 ms', 'p99 ms', 'max ms', 'turns/s', 'RSS after MB'],
    ...Object.values(h.levels).map((l) => [String(l.conversations), String(l.requests), String(l.replies), String(l.errors + l.non2xx + l.timeouts + l.unanswered), String(l.p50_ms), String(l.p99_ms), String(l.max_ms), String(l.rps), String(l.rss_after_mb)]),
  ]));
  out.push(`RSS ${r.rss_mb.start} MB after start, ${r.rss_mb.after_load} MB after the load (JS heap ${h.memory.heap_start_mb} -> ${h.memory.heap_after_load_mb} MB, external ${h.memory.external_after_load_mb} MB); errors logged by the bot: ${h.logged_errors}${h.logged_error_events.length ? ` (${h.logged_error_events.join(', ')})` : ''}`);

  out.push('', '== Reminder dispatch: SQLite store -> dispatcher -> CloudAdapter proactive message -> fake connector');
  for (const [name, m] of Object.entries(r.reminders_detail)) {
    const due = m.spread_ms ? `due over ${m.spread_ms / 1000} s (${Math.round(m.open / (m.spread_ms / 1000))}/s)` : 'due at one instant';
    out.push(`${name}: ${m.open} ${due} to ${m.recipients} people in ${m.tenants} tenants: sent ${m.sent}, ${m.sent_per_s} sends/s; lateness p50 ${m.lateness_ms.p50} ms, p99 ${m.lateness_ms.p99} ms, max ${m.lateness_ms.max} ms; drained in ${m.drain_ms} ms`);
    const l = m.teams_limits;
    if (l) out.push(`  at the connector (Teams' limits enforced): ${l.delivered} delivered, ${l.sent_twice} sent twice, ${l.throttled_429} refused with 429; the limits' lower bound ${l.lower_bound_ms} ms`);
  }

  out.push('', '== Targets (issue 7)');
  out.push(pad([['target', 'this run', 'met'], ...r.targets.map((t) => [t.target, t.value, t.met ? 'yes' : 'NO'])]));
  out.push('', `finished in ${r.duration_s} s (${Object.entries(r.phases_s).map(([k, v]) => `${k} ${v} s`).join(', ')})`);
  return out.join('\n');
}
