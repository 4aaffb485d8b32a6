// Type-checked under strict NodeNext, and run by plain Node: the packages' ESM builds and their .d.ts.
import { Parley, APIError, VERSION } from '@parley/sdk';
import { ParleyBrowser } from '@parley/sdk/browser';
import { CreateStudyRequest, buildOpenApiDocument, type Study } from '@parley/protocol';
import { sessionOutcome } from '@parley/protocol/session-outcome';
import type { ParleyInterview, ParleyEventMap } from '@parley/widget';

const api = process.argv[2];
const secretKey = process.argv[3];
if (!api || !secretKey) throw new Error('usage: esm.mts API SECRET_KEY');

const invalid = CreateStudyRequest.safeParse({ title: 1 });
const doc = buildOpenApiDocument({ version: VERSION });
const parley = new Parley({ apiKey: secretKey, baseUrl: api });
const study: Study = await parley.studies.create({
  title: 'Packaged check',
  researchQuestion: 'What made setting up your first project easy or hard?',
  status: 'live',
});
const { requestId } = await parley.studies.retrieve(study.id).withResponse();
const browser = new ParleyBrowser({ publishableKey: 'pk_x', api });
const turn: ParleyEventMap['parley:turn']['detail']['status'] = 'active';
const tag: ParleyInterview['mode'] = 'inline';
console.log(
  JSON.stringify({
    format: 'esm',
    invalidRejected: !invalid.success,
    openapi: doc.openapi,
    studyId: study.id,
    requestId,
    apiErrorIsClass: typeof APIError === 'function',
    outcome: typeof sessionOutcome,
    browser: typeof browser.track,
    turn,
    tag,
  }),
);
