import { Parley } from '@parley/sdk';
import { createOnboardingServer } from './server.ts';
import { ensureOnboardingStudy } from './study.ts';
import { daysSince, demoUsers } from './users.ts';

/** Entry point: `PARLEY_API_KEY=sk_… PARLEY_PUBLISHABLE_KEY=pk_… npm start` (keys from Parley's `npm start` banner). */
const publishableKey = process.env.PARLEY_PUBLISHABLE_KEY;
if (!publishableKey || !process.env.PARLEY_API_KEY) {
  console.error('Set PARLEY_API_KEY (secret key sk_…, to set up the study) and PARLEY_PUBLISHABLE_KEY (pk_…, for the page).');
  process.exit(1);
}
const parley = new Parley(); // PARLEY_API_KEY, and PARLEY_BASE_URL (default http://127.0.0.1:8787)
const study = await ensureOnboardingStudy(parley);
const now = new Date();
const users = demoUsers(now);
const server = createOnboardingServer({ parleyUrl: parley.baseUrl, publishableKey, users });
server.listen(Number(process.env.PORT ?? 3040), process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : process.env.PORT}`;
  console.log(`Onboarding example on ${base}/ (study ${study.id})`);
  for (const u of users) console.log(`  ${base}/?user=${u.id}  ${u.name}, day ${daysSince(u, now)}`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
