// The macro section as an SVG: plates, weld metal (fusion line and face), root, imperfections, and each
// dimension drawn as a measured line with its label and value in mm. Section frame: x across, y up (mm).
import type { Point } from '../../sim/weld/index.ts';
import type { DimensionKey, MacroModel } from './macro-model.ts';

export interface MacroSvgProps {
  model: MacroModel;
  /** Translated dimension names, e.g. { throat: 'a throat' }. */
  labels: Record<DimensionKey, string>;
  title: string;
}

const MARGIN_MM = 3;
const fmt = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
const pts = (p: readonly Point[]) => p.map(([x, y]) => `${fmt(x)},${fmt(-y)}`).join(' ');

/** The weld metal: the fusion line down into the plates, then back along the face (and the root, if any). */
function weldOutline(m: MacroModel): Point[] {
  const s = m.section;
  if (s.face.length === 0) return [];
  const face = [...s.face];
  const fusion = [...s.fusionLine];
  // Walk the fusion line from the face's last point back to its first.
  const [fx, fy] = face[face.length - 1]!;
  const d0 = Math.hypot(fusion[0]![0] - fx, fusion[0]![1] - fy);
  const d1 = Math.hypot(fusion[fusion.length - 1]![0] - fx, fusion[fusion.length - 1]![1] - fy);
  if (d1 < d0) fusion.reverse();
  return [...face, ...fusion];
}

export function MacroSvg({ model, labels, title }: MacroSvgProps) {
  const s = model.section;
  const all: Point[] = [...s.plates.flat(), ...s.face, ...s.fusionLine, ...s.root];
  for (const d of model.dimensions) all.push(d.from, d.to);
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => -p[1]);
  const minX = Math.min(...xs) - MARGIN_MM;
  const minY = Math.min(...ys) - MARGIN_MM;
  const w = Math.max(...xs) - minX + MARGIN_MM * 5;
  const h = Math.max(...ys) - minY + MARGIN_MM;
  const font = Math.max(w, h) / 28;
  const stroke = Math.max(w, h) / 300;
  return (
    <svg
      role="img"
      aria-label={title}
      data-testid="macro-svg"
      viewBox={`${fmt(minX)} ${fmt(minY)} ${fmt(w)} ${fmt(h)}`}
      className="wt-results-macro-svg"
    >
      <title>{title}</title>
      {s.plates.map((p, i) => (
        <polygon key={`p${i}`} points={pts(p)} fill="#8a939c" stroke="#3b4249" strokeWidth={stroke} />
      ))}
      <polygon points={pts(weldOutline(model))} fill="#c9b38a" stroke="none" />
      {s.root.length > 0 && (
        <polygon points={pts(s.root)} fill="#c9b38a" stroke="#5a4a2a" strokeWidth={stroke} />
      )}
      <polyline
        points={pts(s.fusionLine)}
        fill="none"
        stroke="#5a4a2a"
        strokeWidth={stroke * 1.5}
        strokeDasharray={`${stroke * 4} ${stroke * 2}`}
      />
      <polyline points={pts(s.face)} fill="none" stroke="#2b2118" strokeWidth={stroke * 1.5} />
      {s.undercuts.map((u, i) => (
        <polygon key={`u${i}`} points={pts(u)} fill="#20262d" stroke="#d0443a" strokeWidth={stroke} />
      ))}
      {s.lackOfFusion.map((l, i) => (
        <polyline key={`l${i}`} points={pts(l)} fill="none" stroke="#d0443a" strokeWidth={stroke * 3} />
      ))}
      {s.pores.map((p, i) => (
        <circle
          key={`o${i}`}
          cx={fmt(p.x)}
          cy={fmt(-p.y)}
          r={Math.max(p.r, stroke)}
          fill="#20262d"
          stroke="#d0443a"
          strokeWidth={stroke}
        />
      ))}
      {model.dimensions.map((d) => {
        const [x0, y0] = d.from;
        const [x1, y1] = d.to;
        const label = `${labels[d.key]} ${fmt(d.valueMm)} mm`;
        return (
          <g key={d.key} data-dimension={d.key} className="wt-results-dim">
            <line
              x1={fmt(x0)}
              y1={fmt(-y0)}
              x2={fmt(x1)}
              y2={fmt(-y1)}
              stroke="#1565c0"
              strokeWidth={stroke * 1.5}
            />
            <circle cx={fmt(x1)} cy={fmt(-y1)} r={stroke * 2.5} fill="#1565c0" />
            <text x={fmt(x1 + font * 0.3)} y={fmt(-y1 - font * 0.3)} fontSize={fmt(font)} fill="#0d3c78">
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
