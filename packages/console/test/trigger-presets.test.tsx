import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { admin, byText, choose, click, env, heading, openConsole, screenshot, type, until } from './fixtures.ts';

/** A source file of the demo app (the test API runs without the demo: its keys come from the environment). */
const demoSource = (name: string) => executeServerCommand<string, { name: string }>('demo-source', { name });

/** The moments the demo app at `/` fires, read from its script (packages/api/src/runtime/demo/demo.js). */
async function demoMoments(): Promise<{ event: string; attribute: string }> {
  const script = (await demoSource('demo.js'))!;
  const event = /const TICKET_SOLVED_EVENT = '([^']+)'/.exec(script)?.[1];
  const attribute = /const SIGNED_UP_AT = '([^']+)'/.exec(script)?.[1];
  // The names are what the buttons really send, not just declared.
  expect(script).to.contain('Parley.track(TICKET_SOLVED_EVENT').and.contain('[SIGNED_UP_AT]: signedUpAt');
  return { event: event!, attribute: attribute! };
}

/** The triggers of the demo's own studies (demo-studies.ts), as text: `event: "…"` and `attribute: "…"`. */
async function demoStudyTriggers(): Promise<{ events: string[]; attributes: string[] }> {
  const source = (await demoSource('demo-studies.ts'))!;
  return {
    events: [...source.matchAll(/event: ["']([^"']+)["']/g)].map((m) => m[1]!),
    attributes: [...source.matchAll(/attribute: ["']([^"']+)["']/g)].map((m) => m[1]!),
  };
}

/** Creates a draft in the console's setup, adds one preset on the distribution step, gives it top priority and publishes it. */
async function publishWithPreset(preset: string, question: string): Promise<string> {
  const { id } = await admin('POST', '/v1/studies', { researchQuestion: question });
  await openConsole(`#/studies/${id}/setup/distribution`);
  await until(() => heading() === 'Distribution', 'the distribution step');
  await click(preset, '.presets button');
  await until(() => document.querySelector('.trigger'), 'the new trigger');
  // Top priority: this study, not the demo's own, claims the demo's moment (ties would go to the older demo study).
  type('#priority', '100');
  await click('Save and continue', 'button');
  await until(() => heading() === 'Publish', 'the publish step');
  await click(/^Publish$/, 'button');
  await until(() => location.hash.endsWith('/share'), 'the live study');
  return id;
}

describe('trigger presets fire on what the demo app sends', () => {
  it('"After a support ticket is solved" stores the demo\'s event, and the demo\'s event starts it', async () => {
    const demo = await demoMoments();
    expect(demo.event).to.equal('support_ticket_solved');
    const id = await publishWithPreset('After a support ticket is solved', 'What makes a support experience good or bad after a ticket is solved?');
    try {
      const study = await admin('GET', `/v1/studies/${id}`);
      expect(study.triggers).to.deep.equal([{ on: 'event', event: demo.event, delayMinutes: 0 }]);
      expect(study.priority).to.equal(100);
      // The demo's own support study listens for the very same event.
      expect((await demoStudyTriggers()).events).to.deep.equal([demo.event]);
      // The "Mark solved" button's event (as the server-side equivalent) opens this study.
      const { matched } = await admin('POST', '/v1/events', { participantId: `u_preset_${Date.now()}`, event: demo.event });
      expect(matched.map((m: { studyId: string }) => m.studyId)).to.deep.equal([id]);
    } finally {
      await admin('PATCH', `/v1/studies/${id}`, { status: 'closed' });
    }
  });

  it('"Onboarding day N" counts from the attribute the demo sets, and day 30 in the demo shows it', async () => {
    const demo = await demoMoments();
    expect(demo.attribute).to.equal('signedUpAt');
    const id = await publishWithPreset('Onboarding day N', 'How did the first month with the product go, from sign-up to everyday use?');
    try {
      const study = await admin('GET', `/v1/studies/${id}`);
      expect(study.triggers).to.deep.equal([{ on: 'days_since', attribute: demo.attribute, days: 30 }]);
      expect((await demoStudyTriggers()).attributes).to.deep.equal([demo.attribute]);
      // "Jump to onboarding day 30": the loader asks for eligibility with the sign-up date 30 days back.
      const res = await fetch(`${env.api}/v1/eligibility`, {
        method: 'POST',
        headers: { authorization: `Bearer ${env.publishableKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ participantId: `u_day30_${Date.now()}`, attributes: { plan: 'pro', [demo.attribute]: new Date(Date.now() - 30 * 86_400_000).toISOString() } }),
      });
      expect((await res.json()).show?.studyId).to.equal(id);
    } finally {
      await admin('PATCH', `/v1/studies/${id}`, { status: 'closed' });
    }
  });

  it('takes a wait in days and stores it in minutes, and reads it back in days', async () => {
    const { id } = await admin('POST', '/v1/studies', { researchQuestion: 'What makes a support experience good or bad after a ticket is solved?' });
    await openConsole(`#/studies/${id}/setup/distribution`);
    await until(() => heading() === 'Distribution', 'the distribution step');
    await click('After a support ticket is solved', '.presets button');
    await until(() => document.querySelector('#trigger-0-delay'), 'the wait field');
    choose('#trigger-0-delay-unit', 'days');
    type('#trigger-0-delay', '3');
    await until(() => byText('.trigger strong', '3 days later'), 'the trigger to say when');
    await screenshot('console-distribution-presets');
    await click('Save and continue', 'button');
    await until(() => heading() === 'Publish', 'the publish step');
    expect((await admin('GET', `/v1/studies/${id}`)).triggers).to.deep.equal([{ on: 'event', event: 'support_ticket_solved', delayMinutes: 3 * 24 * 60 }]);
    expect(byText('li', 'support_ticket_solved')!.textContent).to.contain('3 days later');
    await openConsole(`#/studies/${id}/setup/distribution`);
    await until(() => document.querySelector('#trigger-0-delay'), 'the wait field');
    expect(document.querySelector<HTMLInputElement>('#trigger-0-delay')!.value).to.equal('3');
    expect(document.querySelector<HTMLSelectElement>('#trigger-0-delay-unit')!.value).to.equal('days');
  });
});
