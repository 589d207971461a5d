/** Rows an export reads from the database at a time: enough to keep round trips few, little memory. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Every row of a listing, read page by page: `readPage` gets the last row of the previous page
 * (undefined for the first) and returns the rows after it in a stable order (keyset paging), so
 * an export of any size holds one page at a time and no page is read twice.
 */
export async function* keysetPages<T>(
  readPage: (after: T | undefined, pageSize: number) => Promise<T[]>,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<T> {
  let after: T | undefined;
  for (;;) {
    const page = await readPage(after, pageSize);
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1];
  }
}
