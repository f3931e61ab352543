import { describeGoal, formatRatio, formatValue, judge, type GoalVerdict } from './goal';
import type { Figure } from './figure';
import type { Machine } from './machine';

export interface JudgedFigure extends Figure {
  verdict: GoalVerdict;
}

export function judgeFigure(figure: Figure): JudgedFigure {
  return { ...figure, verdict: judge(figure.goals, figure.unit, figure.value, figure.ratio ?? null) };
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function rowCells(figure: JudgedFigure, note: number | null): string[] {
  const measured =
    figure.value === null ? `n/a (${figure.unavailable ?? 'not measured'})` : figure.unavailable ? figure.unavailable : formatValue(figure.value, figure.unit);
  const baseline = figure.baseline
    ? `${figure.baseline.value === null ? 'n/a' : formatValue(figure.baseline.value, figure.baseline.unit ?? figure.unit)}: ${figure.baseline.label}`
    : '—';
  const ratio = figure.ratio === undefined || figure.ratio === null ? '—' : formatRatio(figure.ratio);
  const goal = figure.goals.length ? figure.goals.map((g) => describeGoal(g, figure.unit)).join(' and ') : '—';
  return [`${figure.name}${note === null ? '' : ` [${note}]`}`, goal, measured, baseline, ratio, figure.verdict.text].map(cell);
}

/**
 * The table `npm run bench` prints and writes to test-artifacts/bench.md: one row per figure, the
 * machine and date above it, and each row's details as numbered notes below it.
 */
export function renderTable(machine: Machine, figures: readonly JudgedFigure[], pad: boolean): string {
  const header = ['Figure', 'Goal', 'Measured', 'Baseline (same run)', 'Ratio', 'Result'];
  const notes: string[] = [];
  const rows = figures.map((f) => {
    let note: number | null = null;
    if (f.detail) {
      notes.push(f.detail);
      note = notes.length;
    }
    return rowCells(f, note);
  });
  const widths = header.map((h, i) => (pad ? Math.max(h.length, ...rows.map((r) => r[i]!.length)) : 0));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const missed = figures.filter((f) => f.verdict.text.startsWith('MISSED')).length;
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores (load average ${machine.loadAtStart.toFixed(1)} at start); Node ${machine.node}; ${machine.chromium}; ${machine.date}`,
    ...(machine.build ? [`Extension: ${machine.build}`] : []),
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(Math.max(3, w)))),
    ...rows.map(line),
    '',
    `${figures.length} figures, ${missed} goal${missed === 1 ? '' : 's'} missed.`,
    '',
    ...notes.map((n, i) => `${i + 1}. ${n}`),
  ].join('\n');
}
