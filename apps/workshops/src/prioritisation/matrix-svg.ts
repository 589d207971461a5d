/**
 * The impact-against-investment matrix as a standalone SVG document, to project in the room:
 * investment across (light on the left), impact up, the four quadrants split at the middle of
 * the scale, and one circle per action that has votes, sized by its vote count and labelled
 * with its rank and title. The points are the only <circle> elements.
 */
import { escapeXml, svgNumber } from '@symbiose/platform';
import { QUADRANT_THRESHOLD, Quadrant, RankedCandidate, SCORE_MAX, SCORE_MIN } from './ranking';

const WIDTH = 960;
const HEIGHT = 720;
const PLOT = { left: 90, top: 70, size: 580 };
const LEGEND_X = PLOT.left + PLOT.size + 30;
const BASE_RADIUS = 6;
const RADIUS_PER_SQRT_VOTE = 4;

const QUADRANT_STYLE: Record<Quadrant, { label: string; fill: string }> = {
  QUICK_WIN: { label: 'Gains rapides', fill: '#e3f1df' },
  MAJOR_PROJECT: { label: 'Projets majeurs', fill: '#dde8f3' },
  FILL_IN: { label: 'Actions d’appoint', fill: '#fbf3d9' },
  AVOID: { label: 'À éviter', fill: '#f6dedd' },
};

const scale = (score: number) => (PLOT.size * (score - SCORE_MIN)) / (SCORE_MAX - SCORE_MIN);
const xOf = (investment: number) => PLOT.left + scale(investment);
const yOf = (impact: number) => PLOT.top + PLOT.size - scale(impact);

export const pointRadius = (voteCount: number) =>
  BASE_RADIUS + RADIUS_PER_SQRT_VOTE * Math.sqrt(voteCount);

function quadrants(): string[] {
  const middleX = xOf(QUADRANT_THRESHOLD);
  const middleY = yOf(QUADRANT_THRESHOLD);
  const right = PLOT.left + PLOT.size;
  const bottom = PLOT.top + PLOT.size;
  const areas: Record<Quadrant, { x: number; y: number; width: number; height: number }> = {
    QUICK_WIN: {
      x: PLOT.left,
      y: PLOT.top,
      width: middleX - PLOT.left,
      height: middleY - PLOT.top,
    },
    MAJOR_PROJECT: { x: middleX, y: PLOT.top, width: right - middleX, height: middleY - PLOT.top },
    FILL_IN: { x: PLOT.left, y: middleY, width: middleX - PLOT.left, height: bottom - middleY },
    AVOID: { x: middleX, y: middleY, width: right - middleX, height: bottom - middleY },
  };
  return Object.entries(areas).flatMap(([quadrant, area]) => {
    const style = QUADRANT_STYLE[quadrant as Quadrant];
    return [
      `<rect class="quadrant" data-quadrant="${quadrant}" x="${svgNumber(area.x)}" y="${svgNumber(area.y)}" width="${svgNumber(area.width)}" height="${svgNumber(area.height)}" fill="${style.fill}"/>`,
      `<text class="quadrant-label" x="${svgNumber(area.x + 10)}" y="${svgNumber(area.y + 22)}" fill="#555">${escapeXml(style.label)}</text>`,
    ];
  });
}

function axes(): string[] {
  const bottom = PLOT.top + PLOT.size;
  const ticks = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);
  return [
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.size}" height="${PLOT.size}" fill="none" stroke="#888"/>`,
    ...ticks.map(
      (tick) =>
        `<text class="tick" x="${svgNumber(xOf(tick))}" y="${bottom + 20}" text-anchor="middle">${tick}</text>`,
    ),
    ...ticks.map(
      (tick) =>
        `<text class="tick" x="${PLOT.left - 12}" y="${svgNumber(yOf(tick) + 5)}" text-anchor="end">${tick}</text>`,
    ),
    `<text class="axis-label" x="${PLOT.left + PLOT.size / 2}" y="${bottom + 48}" text-anchor="middle">Investissement (humain et financier)</text>`,
    `<text class="axis-label" x="30" y="${PLOT.top + PLOT.size / 2}" text-anchor="middle" transform="rotate(-90 30 ${PLOT.top + PLOT.size / 2})">Impact</text>`,
  ];
}

function point(entry: RankedCandidate): string[] {
  if (entry.meanImpact === null || entry.meanInvestment === null) return [];
  const x = xOf(entry.meanInvestment);
  const y = yOf(entry.meanImpact);
  const radius = pointRadius(entry.voteCount);
  return [
    `<circle class="point" data-action-id="${escapeXml(entry.actionId)}" data-rank="${entry.rank}" data-votes="${entry.voteCount}" cx="${svgNumber(x)}" cy="${svgNumber(y)}" r="${svgNumber(radius)}" fill="#4e79a7" fill-opacity="0.7" stroke="#2b4a6b"/>`,
    `<text class="point-label" x="${svgNumber(x + radius + 4)}" y="${svgNumber(y + 4)}">${entry.rank}. ${escapeXml(entry.title)}</text>`,
  ];
}

function legend(ranking: RankedCandidate[]): string[] {
  return ranking.map(
    (entry, index) =>
      `<text class="legend-entry" x="${LEGEND_X}" y="${PLOT.top + 10 + index * 20}">${entry.rank}. ${escapeXml(entry.title)} (${entry.voteCount} vote${entry.voteCount === 1 ? '' : 's'})</text>`,
  );
}

export function prioritisationMatrixSvg(title: string, ranking: RankedCandidate[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="13">`,
    `<title>${escapeXml(title)}</title>`,
    `<text class="title" x="20" y="34" font-size="18" font-weight="bold">${escapeXml(title)}</text>`,
    ...quadrants(),
    ...axes(),
    ...ranking.flatMap(point),
    '<g class="legend">',
    ...legend(ranking),
    '</g>',
    '</svg>',
  ].join('\n');
}
