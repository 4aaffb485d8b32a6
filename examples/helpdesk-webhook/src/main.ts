import { Parley } from '@parley/sdk';
import { createHelpdeskServer } from './server.ts';
import { ensureSupportStudy } from './study.ts';

/** Entry point: `PARLEY_API_KEY=sk_… HELPDESK_SHARED_SECRET=… npm start`. */
const sharedSecret = process.env.HELPDESK_SHARED_SECRET;
if (!sharedSecret) {
  console.error('Set HELPDESK_SHARED_SECRET (the secret your help desk sends in x-helpdesk-secret) and PARLEY_API_KEY (a secret key sk_…).');
  process.exit(1);
}
const parley = new Parley(); // PARLEY_API_KEY, and PARLEY_BASE_URL (default http://127.0.0.1:8787)
const study = await ensureSupportStudy(parley);
const server = createHelpdeskServer({ parley, sharedSecret });
server.listen(Number(process.env.PORT ?? 3030), process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : process.env.PORT;
  console.log(`Help-desk webhook receiver on http://127.0.0.1:${port}/webhooks/ticket-solved (study ${study.id})`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
