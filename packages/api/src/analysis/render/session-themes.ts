import type { StudyModel } from '../study/study-model.ts';

/** For each analysed session, the shown themes it raised, with the sentiment of its mentions of each. */
export function sessionThemes(model: StudyModel, themeOfCluster: Map<string, string>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [sessionId, digest] of model.digests) {
    const sums = new Map<string, { sum: number; n: number }>();
    for (const [cluster, c] of digest.clusters) {
      const theme = themeOfCluster.get(cluster);
      if (!theme) continue;
      const s = sums.get(theme) ?? { sum: 0, n: 0 };
      s.sum += c.sentimentSum;
      s.n += c.mentions;
      sums.set(theme, s);
    }
    out.set(sessionId, new Map([...sums].map(([t, s]) => [t, s.sum / s.n])));
  }
  return out;
}
