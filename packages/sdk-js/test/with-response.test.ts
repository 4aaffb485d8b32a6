import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setup } from './helpers.ts';
import { APIPromise, NotFoundError, Page } from '../src/index.ts';

let s: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  s = await setup();
});
afterEach(() => s.cleanup());

describe('.withResponse(): the body, the raw response and its request id', () => {
  it('on a JSON call, a create and a delete; a plain await still gives the body', async () => {
    const created = s.client.studies.create({ researchQuestion: 'What frustrates customers after their support ticket is closed?' });
    expect(created).toBeInstanceOf(APIPromise);
    expect(created).toBeInstanceOf(Promise);
    const { data: study, response, requestId } = await created.withResponse();
    expect(response.status).toBe(201);
    expect(requestId).toMatch(/^req_/);
    expect(requestId).toBe(response.headers.get('x-request-id'));
    expect(study.id).toMatch(/^st_/);
    expect(await s.client.studies.retrieve(study.id)).toEqual(study);

    const read = await s.client.studies.retrieve(study.id).withResponse();
    expect(read.data).toEqual(study);
    expect(read.requestId).not.toBe(requestId);

    const removed = await s.client.studies.delete(study.id).withResponse();
    expect(removed).toMatchObject({ data: undefined, requestId: expect.stringMatching(/^req_/) });
    expect(removed.response.status).toBe(204);
    expect((await s.client.health().asResponse()).status).toBe(200);
  });

  it('on a list (the first page), a text export and a stream', async () => {
    const study = await s.study();
    const listed = await s.client.studies.list().withResponse();
    expect(listed.data).toBeInstanceOf(Page);
    expect(listed.data.data.map((x) => x.id)).toEqual([study.id]);
    expect(listed.requestId).toMatch(/^req_/);

    const csv = await s.client.studies.export(study.id, { format: 'csv' }).withResponse();
    expect(typeof csv.data).toBe('string');
    expect(csv.response.headers.get('content-type')).toMatch(/csv/);

    const session = await s.client.sessions.create({ studyId: study.id });
    const opened = await s.client.sessions.turns.stream(session.id, { text: 'The refund took two weeks.' }).withResponse();
    expect(opened.requestId).toBe(opened.data.requestId);
    expect((await opened.data.final()).turn.text).toBe('The refund took two weeks.');
  });

  it('rejects with the same typed error as a plain await', async () => {
    await expect(s.client.studies.retrieve('st_nope').withResponse()).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.client.studies.retrieve('st_nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.client.studies.retrieve('st_nope').catch((e: unknown) => (e as NotFoundError).requestId)).resolves.toMatch(/^req_/);
  });
});
