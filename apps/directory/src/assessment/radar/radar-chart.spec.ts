import { findAll, parseXml } from '@symbiose/testing';
import { radarChartSvg, radarPoint } from './radar-chart';

const AXES = ['Territoriale', 'Économique', 'Environnementale', 'Sociale et organisationnelle'];

describe('the radar chart', () => {
  const svg = radarChartSvg({
    title: 'Potentiel EIT – Grand Cahors & co',
    axes: AXES,
    series: [
      { name: 'Cahors Sud', values: [100, 50, 0, 75] },
      { name: 'Terre <Rouge>', values: [25, 25, 25, 25] },
    ],
  });
  const root = parseXml(svg);

  it('is a well-formed SVG document', () => {
    expect(root.name).toBe('svg');
    expect(root.attributes['xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(findAll(root, 'title')[0].text).toBe('Potentiel EIT – Grand Cahors & co');
  });

  it('draws one polygon per series, with its name', () => {
    const polygons = findAll(root, 'polygon');
    expect(polygons.map((polygon) => polygon.attributes['data-name'])).toEqual([
      'Cahors Sud',
      'Terre <Rouge>',
    ]);
  });

  it('puts each value on its axis: the first up, the others clockwise, 100 on the outer ring', () => {
    const [cahorsSud] = findAll(root, 'polygon');
    const points = cahorsSud.attributes['points']
      .split(' ')
      .map((pair) => pair.split(',').map(Number));
    // Centre (440, 290), radius 190.
    expect(points).toEqual([
      [440, 100],
      [535, 290],
      [440, 290],
      [297.5, 290],
    ]);
  });

  it('labels the four axes and the legend, escaping what XML reserves', () => {
    const labels = findAll(root, 'text').map((text) => text.text);
    expect(labels).toEqual(expect.arrayContaining([...AXES, 'Cahors Sud', 'Terre <Rouge>']));
    expect(findAll(root, 'line')).toHaveLength(4);
    expect(findAll(root, 'rect')).toHaveLength(2);
  });

  it('keeps values within the scale', () => {
    expect(radarPoint(0, 4, 150)).toEqual(radarPoint(0, 4, 100));
    expect(radarPoint(0, 4, -5)).toEqual({ x: 440, y: 290 });
  });

  it('draws no polygon when no zone is assessed', () => {
    const empty = parseXml(radarChartSvg({ title: 'Rien', axes: AXES, series: [] }));
    expect(findAll(empty, 'polygon')).toHaveLength(0);
  });

  it('refuses a series without a value per axis', () => {
    expect(() =>
      radarChartSvg({ title: 't', axes: AXES, series: [{ name: 'x', values: [1] }] }),
    ).toThrow('x has 1 values for 4 axes');
  });
});
