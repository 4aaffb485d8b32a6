/** A signed-in user of the pretend product. */
export interface User {
  id: string;
  name: string;
  plan: string;
  signedUpAt: string;
}

const DAY_MS = 86_400_000;

/** Demo users, dated from `now`: one on onboarding day 30, one on day 5. A real app reads its session instead. */
export function demoUsers(now: Date): User[] {
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY_MS).toISOString();
  return [
    { id: 'u_dana', name: 'Dana', plan: 'pro', signedUpAt: daysAgo(30) },
    { id: 'u_sam', name: 'Sam', plan: 'starter', signedUpAt: daysAgo(5) },
  ];
}

/** Whole days since the user signed up. */
export function daysSince(user: User, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(user.signedUpAt)) / DAY_MS);
}
