import { expect } from '@esm-bundle/chai';
import { href, parseRoute, type Route } from '../src/routing/routes.ts';

describe('console URLs', () => {
  it('round-trips every screen through the URL hash, so reloads and shared links land on the same screen', () => {
    const routes: Route[] = [
      { name: 'studies' },
      { name: 'new' },
      { name: 'setup', studyId: 'st_1', step: 'experience' },
      { name: 'study', studyId: 'st_1', tab: 'insights' },
      { name: 'study', studyId: 'st_1', tab: 'ask' },
      { name: 'transcript', studyId: 'st_1', sessionId: 'se_2', turnId: 't_a-1' },
      { name: 'transcript', studyId: 'st_1', sessionId: 'se_2', turnId: null },
    ];
    for (const route of routes) expect(parseRoute(href(route))).to.deep.equal(route);
  });

  it('treats unknown or malformed paths as a missing page, never as another screen', () => {
    for (const hash of ['#/studies/st_1/nope', '#/studies/<script>', '#/whatever', '#/studies/st_1/sessions/se_1/more']) expect(parseRoute(hash)).to.deep.equal({ name: 'not-found' });
    expect(parseRoute('')).to.deep.equal({ name: 'studies' });
    expect(parseRoute('#/studies/st_1/setup/bogus')).to.deep.equal({ name: 'setup', studyId: 'st_1', step: 'plan' });
  });
});
