import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setup } from './helpers.ts';
import { Page, ParleyError } from '../src/index.ts';

let s: Awaited<ReturnType<typeof setup>>;
let ids: string[];
beforeEach(async () => {
  s = await setup();
  ids = [];
  for (let i = 0; i < 5; i++) ids.push((await s.client.studies.create({ researchQuestion: `Research question number ${i} for paging?` })).id);
  s.seen.length = 0;
});
afterEach(() => s.cleanup());

const cursors = () => s.seen.map((r) => r.url.searchParams.get('cursor'));

describe('lists', () => {
  it('`for await` walks every item across cursors, one page request at a time', async () => {
    const all: string[] = [];
    for await (const study of s.client.studies.list({ limit: 2 })) all.push(study.id);
    expect([...all].sort()).toEqual([...ids].sort());
    expect(new Set(all).size).toBe(5);
    expect(s.seen).toHaveLength(3);
    expect(s.seen.every((r) => r.url.searchParams.get('limit') === '2')).toBe(true);
    expect(cursors()[0]).toBeNull();
    expect(cursors()[1]).toEqual(expect.any(String));
  });

  it('fetches the next page only when the loop gets there', async () => {
    for await (const _ of s.client.studies.list({ limit: 2 })) break;
    expect(s.seen).toHaveLength(1);
  });

  it('`await` (or .page()) gives one page, with hasNextPage / getNextPage / iterPages', async () => {
    const list = s.client.studies.list({ limit: 2 });
    expect(s.seen).toHaveLength(0); // nothing is sent until asked
    const first = await list;
    expect(first).toBeInstanceOf(Page);
    expect(await list.page()).toBe(first);
    expect(s.seen).toHaveLength(1);
    expect(first.data).toHaveLength(2);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.data).toHaveLength(2);
    const sizes = [];
    for await (const page of first.iterPages()) sizes.push(page.data.length);
    expect(sizes).toEqual([2, 2, 1]);
    const last = await (await second.getNextPage());
    expect(last.hasNextPage()).toBe(false);
    await expect(last.getNextPage()).rejects.toBeInstanceOf(ParleyError);
  });

  it('starts from a cursor you pass', async () => {
    const first = await s.client.studies.list({ limit: 3 });
    const rest: string[] = [];
    for await (const study of s.client.studies.list({ limit: 3, cursor: first.nextCursor! })) rest.push(study.id);
    expect([...first.data.map((x) => x.id), ...rest].sort()).toEqual([...ids].sort());
  });

  it('sessions filter by study and status while paging', async () => {
    const study = await s.study();
    const sessions = [];
    for (let i = 0; i < 3; i++) sessions.push((await s.client.sessions.create({ studyId: study.id })).id);
    await s.client.sessions.end(sessions[0]!);
    const active: string[] = [];
    for await (const x of s.client.sessions.list({ studyId: study.id, status: 'active', limit: 1 })) active.push(x.id);
    expect(active.sort()).toEqual(sessions.slice(1).sort());
    const last = s.seen.at(-1)!.url.searchParams;
    expect(Object.fromEntries(last)).toMatchObject({ studyId: study.id, status: 'active', limit: '1' });
  });
});
