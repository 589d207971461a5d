import { spreadsheetSafeText } from './csv-cell';

describe('spreadsheet-safe text', () => {
  it.each(['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1'])('starts %j with a quote', (text) => {
    expect(spreadsheetSafeText(text)).toBe(`'${text}`);
  });

  it('leaves text that does not start like a formula as it is', () => {
    for (const text of ['Scierie du Lot', ' =1', "'=1", '', '1-2', 'a=b', '<script>']) {
      expect(spreadsheetSafeText(text)).toBe(text);
    }
  });
});
