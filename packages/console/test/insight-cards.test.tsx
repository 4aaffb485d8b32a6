import { expect } from '@esm-bundle/chai';
import { render } from 'preact';
import { executeServerCommand } from '@web/test-runner-commands';
import type { JourneyStage, StudyInsights } from '@parley/protocol';
import { JourneySection } from '../src/screens/study/journey-section.tsx';
import { SegmentBreakdown } from '../src/screens/study/segment-breakdown.tsx';
import { screenshot } from './fixtures.ts';

/** A journey stage with a long name, a strongly felt score and a few friction points. */
function stage(name: string, sentiment: number): JourneyStage {
  const touch = { themeId: 't', label: 'Invoices arriving in the wrong currency for the accounting export', stage: name, mentions: 3, sentiment, quote: null };
  return { stage: name, sessions: 4, turns: 9, sentiment, distribution: { negative: 4, neutral: 2, positive: 3 }, emotions: [], friction: [touch], delight: [] };
}

/** Renders `vnode` in the console's page layout, on its own. */
function mount(vnode: preact.ComponentChild): HTMLElement {
  document.getElementById('app')?.remove();
  const root = document.createElement('div');
  root.id = 'app';
  root.innerHTML = '<main class="page"></main>';
  document.body.append(root);
  render(vnode, root.firstElementChild!);
  return root;
}

describe('insight cards keep their numbers inside', () => {
  afterEach(() => executeServerCommand('set-viewport', { width: 800, height: 600 }));

  for (const width of [640, 1100]) {
    it(`keeps every journey stage's score inside its card at ${width} px`, async () => {
      await executeServerCommand('set-viewport', { width, height: 900 });
      const stages = [
        stage('Signing up and inviting the whole finance team to the workspace', -0.83),
        stage('Connecting the accounting software (Xero, QuickBooks, Sage)', 0.67),
        stage('FirstInvoiceReconciliationWithoutAnySpacesAtAll', -1),
        stage('Renewal', 0.05),
      ];
      const root = mount(<JourneySection studyId="st_1" journey={{ stages, friction: [], delight: [] }} />);
      await new Promise((r) => setTimeout(r, 100));
      const cards = [...root.querySelectorAll<HTMLElement>('.journey > li')];
      expect(cards.length).to.equal(4);
      for (const card of cards) {
        const box = card.getBoundingClientRect();
        for (const inner of card.querySelectorAll<HTMLElement>('.journey-head strong, .meter, .meter-value, .stacked-bar, p')) {
          const r = inner.getBoundingClientRect();
          const what = `${inner.className || inner.tagName} of “${card.querySelector('strong')!.textContent}”`;
          expect(r.left, `${what} (left)`).to.be.at.least(box.left - 0.5);
          expect(r.right, `${what} (right)`).to.be.at.most(box.right + 0.5);
        }
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      await screenshot(`console-journey-cards-${width}`);
    });
  }

  it('shows interviews without the attribute as "No value", last, and sign-up dates by month', async () => {
    const seg = (sessions: number, sentiment: number) => ({ sessions, sentiment, topThemes: ['Billing'] });
    const insights = {
      segmentAttributes: ['plan', 'signedUpAt'],
      segmentOptions: [
        { name: 'plan', kind: 'category', values: ['pro', 'free', '(none)'] },
        { name: 'signedUpAt', kind: 'date', values: ['2026-09', '2026-11', '(none)'] },
      ],
      segments: { '(none)': seg(5, 0.1), '2026-11': seg(2, -0.4), '2026-09': seg(1, 0.5) },
    } as unknown as StudyInsights;
    const root = mount(<SegmentBreakdown insights={insights} segmentBy="signedUpAt" loaded onSegmentBy={() => {}} />);
    await new Promise((r) => setTimeout(r, 50));
    const rows = [...root.querySelectorAll('table.segments tbody th')].map((th) => th.textContent);
    expect(rows).to.deep.equal([new Date(Date.UTC(2026, 8, 1)).toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }), new Date(Date.UTC(2026, 10, 1)).toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }), 'No value']);
    expect([...root.querySelectorAll('#segment-by option')].map((o) => o.textContent)).to.include('signedUpAt (by month)');
    expect(root.textContent).not.to.contain('(none)');
    await screenshot('console-segments-no-value');
  });
});
