// A small dependency-free SVG line chart of attempt scores (0–100) with the pass mark, for the progress screen.
import { memo } from 'react';

export interface ScoreChartPoint {
  score: number;
  /** Shown as the point's tooltip, e.g. "24 Nov 09:30 — 84.5 (B)". */
  label: string;
}

export interface ScoreChartProps {
  points: readonly ScoreChartPoint[];
  /** Dashed line at this score. @default 60 */
  passScore?: number;
  passLabel: string;
  /** What the chart shows, for screen readers. */
  ariaLabel: string;
  /** @default 320 */
  width?: number;
  /** @default 120 */
  height?: number;
}

const PAD = { left: 28, right: 8, top: 8, bottom: 14 };

export const ScoreChart = memo(function ScoreChart({
  points,
  passScore = 60,
  passLabel,
  ariaLabel,
  width = 320,
  height = 120,
}: ScoreChartProps) {
  const w = width - PAD.left - PAD.right;
  const h = height - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? w / 2 : (i * w) / (points.length - 1));
  const y = (score: number) => PAD.top + h - (Math.max(0, Math.min(100, score)) / 100) * h;
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  return (
    <svg
      className="wt-score-chart"
      role="img"
      aria-label={ariaLabel}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      data-testid="score-chart"
    >
      {[0, 50, 100].map((v) => (
        <g key={v}>
          <line className="wt-chart-grid" x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} />
          <text className="wt-chart-axis" x={PAD.left - 4} y={y(v) + 3} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      <line
        className="wt-chart-pass"
        x1={PAD.left}
        x2={width - PAD.right}
        y1={y(passScore)}
        y2={y(passScore)}
      />
      <text className="wt-chart-axis" x={width - PAD.right} y={y(passScore) - 3} textAnchor="end">
        {passLabel}
      </text>
      {points.length > 1 ? <path className="wt-chart-line" d={path} fill="none" /> : null}
      {points.map((p, i) => (
        <circle
          key={i}
          className={p.score >= passScore ? 'wt-chart-dot' : 'wt-chart-dot wt-chart-dot-fail'}
          cx={x(i)}
          cy={y(p.score)}
          r={3.5}
        >
          <title>{p.label}</title>
        </circle>
      ))}
    </svg>
  );
});
