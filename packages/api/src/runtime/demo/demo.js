// The demo page's buttons: each fires one of the product brief's moments through the public loader API.
(() => {
  const me = document.currentScript;
  const support = me.dataset.supportStudy;
  const onboarding = me.dataset.onboardingStudy;
  addEventListener('DOMContentLoaded', () => {
    const Parley = window.Parley;
    // Until the triggers API lands, each moment shows its study directly; afterwards it will be Parley.track(event).
    document.getElementById('solve').addEventListener('click', (e) => {
      e.target.replaceWith(Object.assign(document.createElement('em'), { textContent: 'solved' }));
      Parley.show(support);
    });
    document.getElementById('day30').addEventListener('click', () => Parley.show(onboarding));
  });
})();
