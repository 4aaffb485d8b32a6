// A plain TypeScript app: what the README shows, bundled by Vite or esbuild.
import '@parley/widget';
import { api, publishableKey, study } from './params.js';

const el = document.createElement('parley-interview'); // typed as ParleyInterview
el.study = study;
el.publishableKey = publishableKey;
el.api = api;
el.mode = 'inline';
el.addEventListener('parley:complete', (e) => console.log('done', e.detail.sessionId));
document.querySelector('#app')!.append(el);
