// The demo page's buttons fire the product brief's moments through the public loader API, exactly as a customer's
// app would: an event for "ticket solved", and the sign-up date for "onboarding day 30".
(() => {
  // Exactly what the console's presets create ("After a support ticket is solved", "Onboarding day N"), so a study set
  // up from a preset opens here too; the console's tests read these two lines.
  const TICKET_SOLVED_EVENT = 'support_ticket_solved';
  const SIGNED_UP_AT = 'signedUpAt';
  const me = document.currentScript;
  const api = me.dataset.api;
  const publishableKey = me.dataset.publishableKey;
  // One pretend user per browser, so the recontact rules behave as they would for a real person.
  const id = localStorage.getItem('acme-demo-user') ?? `demo_${Math.random().toString(36).slice(2, 10)}`;
  localStorage.setItem('acme-demo-user', id);
  addEventListener('DOMContentLoaded', () => {
    const Parley = window.Parley;
    Parley.init({ api, publishableKey, participant: { id, attributes: { plan: 'pro', [SIGNED_UP_AT]: new Date().toISOString() } } });
    document.getElementById('solve').addEventListener('click', (e) => {
      e.target.replaceWith(Object.assign(document.createElement('em'), { textContent: 'solved' }));
      Parley.track(TICKET_SOLVED_EVENT, { channel: 'chat' });
    });
    document.getElementById('day30').addEventListener('click', () => {
      const signedUpAt = new Date(Date.now() - 30 * 86_400_000).toISOString();
      Parley.init({ api, publishableKey, participant: { id, attributes: { plan: 'pro', [SIGNED_UP_AT]: signedUpAt } } });
    });
  });
})();
