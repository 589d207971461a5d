import { BadUserInputError } from '../errors/bad-user-input';
import { paginateList } from './connection';

/** The cursor format the API promises: the offset of the row, base64url-encoded. */
const encodeOffsetCursor = (offset: number) =>
  Buffer.from(`offset:${offset}`).toString('base64url');

const LETTERS = ['a', 'b', 'c', 'd', 'e'];

describe('paginateList', () => {
  it('gives the first page with offset cursors, as paginate does', () => {
    const page = paginateList(LETTERS, { first: 2 });

    expect(page.nodes).toEqual(['a', 'b']);
    expect(page.edges.map((edge) => edge.cursor)).toEqual([
      Buffer.from('offset:0').toString('base64url'),
      Buffer.from('offset:1').toString('base64url'),
    ]);
    expect(page.totalCount).toBe(5);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeOffsetCursor(0),
      endCursor: encodeOffsetCursor(1),
    });
  });

  it('starts just after the cursor given, and says when the last page is reached', () => {
    const first = paginateList(LETTERS, { first: 2 });
    const second = paginateList(LETTERS, { first: 2, after: first.pageInfo.endCursor });
    const last = paginateList(LETTERS, { first: 2, after: second.pageInfo.endCursor });

    expect(second.nodes).toEqual(['c', 'd']);
    expect(last.nodes).toEqual(['e']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('starts at the beginning for a null cursor, and pages by the default size for a null first', () => {
    const many = Array.from({ length: 30 }, (_, index) => index);
    const page = paginateList(many, { first: null, after: null });

    expect(page.nodes).toHaveLength(20);
    expect(page.nodes[0]).toBe(0);
  });

  it('gives an empty page past the end', () => {
    const page = paginateList(LETTERS, { first: 2, after: encodeOffsetCursor(9) });

    expect(page.nodes).toEqual([]);
    expect(page.pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasNextPage: false });
    expect(page.totalCount).toBe(5);
  });

  it('refuses a cursor it did not give, naming after', () => {
    expect(() => paginateList(LETTERS, { first: 2, after: 'page-2' })).toThrow(BadUserInputError);
    expect(() =>
      paginateList(LETTERS, { first: 2, after: Buffer.from('offset:-1').toString('base64url') }),
    ).toThrow('after: is not a cursor this API gave');
  });

  it.each([
    '1e300',
    '1e3',
    String(2n ** 63n),
    '9'.repeat(400),
    '2147483648',
    '-0',
    '1.5',
    '0x10',
    ' 1',
    'NaN',
    '',
  ])('refuses a cursor holding the offset %p, naming after', (offset) => {
    const after = Buffer.from(`offset:${offset}`).toString('base64url');
    expect(() => paginateList(LETTERS, { first: 2, after })).toThrow(
      'after: is not a cursor this API gave',
    );
  });

  it('takes the furthest offset a cursor may hold, past the end', () => {
    const page = paginateList(LETTERS, { first: 2, after: encodeOffsetCursor(2 ** 31 - 2) });
    expect(page.nodes).toEqual([]);
  });
});
