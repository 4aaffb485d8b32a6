// The CommonJS builds (`require`), type-checked against their .d.cts under NodeNext.
import { Parley, VERSION } from '@parley/sdk';
import { ParleyBrowser } from '@parley/sdk/browser';
import { CreateStudyRequest } from '@parley/protocol';

const parley = new Parley({ apiKey: 'sk_x', baseUrl: 'http://127.0.0.1:1' });
const browser = new ParleyBrowser({ publishableKey: 'pk_x', api: 'http://127.0.0.1:1' });
const ok = CreateStudyRequest.safeParse({ title: 'T', researchQuestion: 'What made onboarding hard?' }).success;
console.log(JSON.stringify({ format: 'cjs', version: VERSION, studies: typeof parley.studies.list, browser: typeof browser.track, ok }));
