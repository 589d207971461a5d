import { findAll, parseXml } from '@symbiose/testing';
import { prioritisationMatrixSvg, pointRadius } from './matrix-svg';
import { rankCandidates } from './ranking';

describe('the prioritisation matrix SVG', () => {
  const ranking = rankCandidates([
    { actionId: 'a', title: 'CVthèque <partagée>', votes: [{ impact: 5, investment: 1 }] },
    {
      actionId: 'b',
      title: 'Gardiennage',
      votes: [
        { impact: 4, investment: 4 },
        { impact: 4, investment: 5 },
        { impact: 5, investment: 4 },
        { impact: 5, investment: 5 },
      ],
    },
    { actionId: 'c', title: 'Sans vote', votes: [] },
  ]);
  const svg = parseXml(prioritisationMatrixSvg('Atelier & priorisation', ranking));

  it('draws the four quadrants', () => {
    expect(findAll(svg, 'rect').filter((r) => r.attributes['class'] === 'quadrant')).toHaveLength(
      4,
    );
  });

  it('draws one point per voted action, placed by its means and sized by its votes', () => {
    const points = findAll(svg, 'circle');
    expect(points.map((p) => p.attributes['data-action-id'])).toEqual(['a', 'b']);
    const [quickWin, major] = points;
    // Investment 1 is the left edge, impact 5 the top edge.
    expect(Number(quickWin.attributes['cx'])).toBeLessThan(Number(major.attributes['cx']));
    expect(Number(quickWin.attributes['cy'])).toBeLessThan(Number(major.attributes['cy']));
    expect(Number(major.attributes['r'])).toBe(pointRadius(4));
    expect(Number(major.attributes['r'])).toBeGreaterThan(Number(quickWin.attributes['r']));
  });

  it('labels the points and lists every candidate, text escaped', () => {
    const labels = findAll(svg, 'text').filter((t) => t.attributes['class'] === 'point-label');
    expect(labels.map((label) => label.text)).toEqual(['1. CVthèque <partagée>', '2. Gardiennage']);
    const legend = findAll(svg, 'text').filter((t) => t.attributes['class'] === 'legend-entry');
    expect(legend.map((entry) => entry.text)).toEqual([
      '1. CVthèque <partagée> (1 vote)',
      '2. Gardiennage (4 votes)',
      '3. Sans vote (0 votes)',
    ]);
    expect(findAll(svg, 'title')[0].text).toBe('Atelier & priorisation');
  });
});
