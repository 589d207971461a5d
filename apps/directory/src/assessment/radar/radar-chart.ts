/**
 * A radar chart as a standalone SVG document, written by hand: one axis per dimension, rings at
 * every quarter of the 0–100 scale, one polygon per series and a legend. The polygons are the
 * only <polygon> elements, so a reader can count the series.
 */
import { escapeXml, svgNumber } from '@symbiose/platform';

export interface RadarSeries {
  name: string;
  /** One value per axis, 0–100. */
  values: number[];
}

export interface RadarChart {
  title: string;
  axes: string[];
  series: RadarSeries[];
}

const WIDTH = 1080;
const HEIGHT = 540;
// Room on the left for the longest axis label, "Sociale et organisationnelle".
const CENTRE = { x: 440, y: 290 };
const RADIUS = 190;
const LABEL_OFFSET = 18;
const RINGS = [25, 50, 75, 100];
const LEGEND = { x: 790, y: 90, lineHeight: 24, swatch: 14 };
/** Tableau 10: colours told apart on a projector and by most colour-blind readers. */
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

/** Where a value lies on an axis; the first axis points up, the others follow clockwise. */
export function radarPoint(
  axis: number,
  axisCount: number,
  value: number,
): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / axisCount;
  const distance = (RADIUS * Math.min(100, Math.max(0, value))) / 100;
  return { x: CENTRE.x + distance * Math.cos(angle), y: CENTRE.y + distance * Math.sin(angle) };
}

const colourOf = (index: number) => PALETTE[index % PALETTE.length];

function rings(): string[] {
  return RINGS.map(
    (value) =>
      `<circle class="ring" cx="${CENTRE.x}" cy="${CENTRE.y}" r="${svgNumber((RADIUS * value) / 100)}" fill="none" stroke="#d0d0d0"/>`,
  );
}

function axes(labels: string[]): string[] {
  return labels.flatMap((label, axis) => {
    const end = radarPoint(axis, labels.length, 100);
    const { x, y } = radarPoint(axis, labels.length, 100 + (100 * LABEL_OFFSET) / RADIUS);
    const anchor = Math.abs(x - CENTRE.x) < 1 ? 'middle' : x > CENTRE.x ? 'start' : 'end';
    return [
      `<line class="axis" x1="${CENTRE.x}" y1="${CENTRE.y}" x2="${svgNumber(end.x)}" y2="${svgNumber(end.y)}" stroke="#888"/>`,
      `<text class="axis-label" x="${svgNumber(x)}" y="${svgNumber(y)}" text-anchor="${anchor}" dominant-baseline="middle">${escapeXml(label)}</text>`,
    ];
  });
}

function polygon(series: RadarSeries, index: number): string {
  const points = series.values
    .map((value, axis) => radarPoint(axis, series.values.length, value))
    .map(({ x, y }) => `${svgNumber(x)},${svgNumber(y)}`)
    .join(' ');
  const colour = colourOf(index);
  return `<polygon class="series" data-name="${escapeXml(series.name)}" points="${points}" fill="${colour}" fill-opacity="0.15" stroke="${colour}" stroke-width="2"/>`;
}

function legend(series: RadarSeries[]): string[] {
  return series.map((entry, index) => {
    const y = LEGEND.y + index * LEGEND.lineHeight;
    return (
      `<g class="legend-entry"><rect x="${LEGEND.x}" y="${y - LEGEND.swatch + 2}" width="${LEGEND.swatch}" height="${LEGEND.swatch}" fill="${colourOf(index)}"/>` +
      `<text x="${LEGEND.x + LEGEND.swatch + 8}" y="${y}">${escapeXml(entry.name)}</text></g>`
    );
  });
}

/** The chart's SVG; every series must have one value per axis. */
export function radarChartSvg(chart: RadarChart): string {
  const uneven = chart.series.find((series) => series.values.length !== chart.axes.length);
  if (uneven) {
    throw new RangeError(
      `${uneven.name} has ${uneven.values.length} values for ${chart.axes.length} axes`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="14">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<text class="title" x="20" y="34" font-size="18" font-weight="bold">${escapeXml(chart.title)}</text>`,
    ...rings(),
    ...axes(chart.axes),
    ...chart.series.map(polygon),
    `<g class="legend">`,
    ...legend(chart.series),
    '</g>',
    '</svg>',
  ].join('\n');
}
