import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import express from 'express';
import type { Feature, FeatureCollection } from 'geojson';
import request from 'supertest';
import { keysetPages } from './keyset-pages';
import { sendCsv, sendFeatureCollection } from './streamed-download';

async function* from<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

const point = (id: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [1.45, 44.4 + id / 100] },
  properties: { id, name: `Scierie n°${id}` },
});

function appSending(send: (response: express.Response) => Promise<void>) {
  const app = express();
  app.get('/file', (_request, response, next) => {
    send(response).catch(next);
  });
  return app;
}

describe('streamed downloads', () => {
  it('writes a CSV header even without rows, as an attachment', async () => {
    const response = await request(
      appSending((res) => sendCsv(res, 'empty.csv', [{ key: 'name', header: 'Nom' }], from([]))),
    ).get('/file');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename=empty.csv');
    expect(response.text).toBe('Nom\n');
  });

  it('writes rows with commas, quotes and accents intact', async () => {
    const rows = [
      { name: 'Béton, "Lot" & fils', open: true, staff: 12 },
      { name: 'Scierie', open: false, staff: null },
    ];
    const response = await request(
      appSending((res) =>
        sendCsv(
          res,
          'firms.csv',
          [
            { key: 'name', header: 'name' },
            { key: 'open', header: 'open' },
            { key: 'staff', header: 'staff' },
          ],
          from(rows),
        ),
      ),
    ).get('/file');
    expect(parse(response.text, { columns: true })).toEqual([
      { name: 'Béton, "Lot" & fils', open: 'true', staff: '12' },
      { name: 'Scierie', open: 'false', staff: '' },
    ]);
  });

  it('starts with a quote every text cell a spreadsheet would take for a formula, not numbers', async () => {
    const hostile = [
      '=HYPERLINK("http://x","Cliquez")',
      '+33 5 65 00 00 00',
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1+1',
      '\r=1+1',
    ];
    const rows = [
      ...hostile.map((name) => ({ name, balance: 0 })),
      { name: 'Scierie = bois', balance: -12.5 },
    ];
    const response = await request(
      appSending((res) =>
        sendCsv(
          res,
          'firms.csv',
          [
            { key: 'name', header: 'name' },
            { key: 'balance', header: 'balance' },
          ],
          from(rows),
        ),
      ),
    ).get('/file');
    expect(parse(response.text, { columns: true })).toEqual([
      ...hostile.map((name) => ({ name: `'${name}`, balance: '0' })),
      { name: 'Scierie = bois', balance: '-12.5' },
    ]);
  });

  it('writes a valid FeatureCollection with its foreign members after the features', async () => {
    let written = 0;
    async function* counted() {
      for await (const feature of from([point(1), point(2)])) {
        written += 1;
        yield feature;
      }
    }
    const response = await request(
      appSending((res) =>
        sendFeatureCollection(res, 'map.geojson', counted(), () => ({ written })),
      ),
    )
      .get('/file')
      .responseType('blob');
    expect(response.headers['content-type']).toBe('application/geo+json');
    const collection = check(String(response.body)) as FeatureCollection;
    expect(collection.features.map((f) => f.properties?.id)).toEqual([1, 2]);
    expect(JSON.parse(String(response.body)).written).toBe(2);
  });

  it('writes an empty FeatureCollection that is still valid', async () => {
    const response = await request(
      appSending((res) => sendFeatureCollection(res, 'map.geojson', from([]))),
    )
      .get('/file')
      .responseType('blob');
    expect(check(String(response.body))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('a download whose source fails', () => {
  async function* failing(after: number): AsyncGenerator<Record<string, string>> {
    for (let row = 0; row < after; row += 1) yield { name: `row ${row}` };
    throw new Error('database unreachable');
  }
  const columns = [{ key: 'name', header: 'name' }];

  it('answers an error, not an attachment, when it fails before its first row', async () => {
    const response = await request(
      appSending((res) => sendCsv(res, 'firms.csv', columns, failing(0))),
    ).get('/file');
    expect(response.status).toBe(500);
    expect(response.headers['content-disposition']).toBeUndefined();
  });

  it('cuts the transfer short when it fails later', async () => {
    const transfer = request(
      appSending((res) => sendCsv(res, 'firms.csv', columns, failing(2))),
    ).get('/file');
    await expect(transfer).rejects.toThrow(/aborted|socket hang up|ECONNRESET/);
  });
});

describe('keyset pages', () => {
  it('reads every row once, page after page, until a short page', async () => {
    const rows = Array.from({ length: 7 }, (_, index) => index);
    const asked: (number | undefined)[] = [];
    const read: number[] = [];
    for await (const row of keysetPages<number>(async (after, size) => {
      asked.push(after);
      return rows.filter((value) => after === undefined || value > after).slice(0, size);
    }, 3)) {
      read.push(row);
    }
    expect(read).toEqual(rows);
    expect(asked).toEqual([undefined, 2, 5]);
  });
});
