import type { Page } from '../../domain/records.ts';
import type { PageRequest } from '../store.ts';

/** Walks a list page by page with `limit`, returning every page (guarding against a cursor that never ends). */
export async function allPages<T>(list: (page: PageRequest) => Promise<Page<T>>, limit: number): Promise<Page<T>[]> {
  const pages: Page<T>[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor === undefined ? { limit } : { limit, cursor });
    pages.push(page);
    if (pages.length > 1000) throw new Error('pagination does not end');
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return pages;
}
