/**
 * Whether `npm start` serves the demo app at `/` and keeps its two live demo studies. PARLEY_DEMO=on or off decides;
 * unset, the demo is on for a fresh machine and off once the bootstrap keys come from the environment
 * (PARLEY_SECRET_KEY / PARLEY_PUBLISHABLE_KEY), the sign of a real deployment, where demo studies would compete with
 * real ones for the same moments (the support demo starts on `support_ticket_solved`) and the demo page would greet
 * visitors. Any other value stops start-up: a typo must not silently ship the demo to production.
 */
export function readDemoSetting(env: Record<string, string | undefined>): boolean {
  const value = env.PARLEY_DEMO?.trim().toLowerCase();
  if (value === undefined || value === '') return !env.PARLEY_SECRET_KEY && !env.PARLEY_PUBLISHABLE_KEY;
  if (['on', '1', 'true'].includes(value)) return true;
  if (['off', '0', 'false'].includes(value)) return false;
  throw new Error(`PARLEY_DEMO must be "on" or "off", got "${env.PARLEY_DEMO}"`);
}
