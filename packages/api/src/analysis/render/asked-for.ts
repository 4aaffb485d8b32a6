import type { Quote } from '@parley/protocol';
import type { StudyModel } from '../study/study-model.ts';
import { MEANING_WEIGHT, denseCosine, unitOf } from '../study/theme-clusters.ts';
import { dot, norm } from '../study/sparse.ts';
import type { PresentedTheme } from './present-themes.ts';
import { sameWords } from './quotes.ts';

/**
 * How close in meaning and words a wish must be to a pain for "people asked for this" to be said of it (blended as
 * themes are: half sentence meaning, half shared words). On the support corpus, wishes about a shown pain score
 * 0.27–0.77 against it; answers that merely followed the question ("The chat box on the help page.") mostly under 0.2.
 */
const LINK_MIN = 0.22;
/**
 * A wish said by someone who raised the pain leans towards it: people ask for what would have fixed their own case.
 * It decides between pains; it never links a wish that is not close enough on its own.
 */
const OWN_PAIN_LEAN = 0.1;
/**
 * How clearly the chosen pain must lead the next one: "Read the history before replying." is as close to slow replies as
 * to repeating oneself, and a wish pinned on the wrong pain misleads more than one left out (on the corpus, leaving out
 * those within 0.05 raised the share on the right pain from 64% to 79% of quoted wishes).
 */
const CLEAR_MARGIN = 0.05;
/** Quotes shown per fix. */
const QUOTES = 3;

/** What participants asked for that would fix one pain: how many interviews asked, and their own words. */
export interface AskedFor {
  sessions: number;
  quotes: Quote[];
}

/** One wish linked to the pain it would fix. */
export interface WishLink {
  sessionId: string;
  turnId: string;
  text: string;
  /** The pain theme's id. */
  themeId: string;
  /** How close it is to that pain (above 1 when the reading filed it there): what quotes are ordered by. */
  score: number;
}

/**
 * Links each participant's wishes (TurnInsight.wishes: "A follow-up message after closing the case.") to the pain
 * among `pains` it would fix: the one it is closest to in meaning and words, leaning to the pains that participant
 * raised, and only when it is close enough on its own and clearly closer than to any other; a wish the reading filed
 * under a pain's theme goes to that pain. A wish links to at most one pain. Pains nobody asked
 * anything about get no entry. Quotes are the closest wishes, one per interview, never the same sentence twice.
 */
export function askedFor(model: StudyModel, pains: PresentedTheme[], themeOfCluster: ReadonlyMap<string, string>): Map<string, AskedFor> {
  const links = new Map<string, WishLink[]>();
  for (const link of linkWishes(model, pains, themeOfCluster)) {
    const list = links.get(link.themeId) ?? [];
    list.push(link);
    links.set(link.themeId, list);
  }
  const out = new Map<string, AskedFor>();
  for (const [themeId, list] of links) {
    list.sort((a, b) => b.score - a.score || (a.sessionId + a.turnId < b.sessionId + b.turnId ? -1 : 1));
    const quotes: Quote[] = [];
    const usedSessions = new Set<string>();
    const said = new Set<string>();
    for (const l of list) {
      if (quotes.length === QUOTES) break;
      const words = sameWords(l.text);
      if (usedSessions.has(l.sessionId) || said.has(words)) continue;
      usedSessions.add(l.sessionId);
      said.add(words);
      quotes.push({ sessionId: l.sessionId, turnId: l.turnId, text: l.text });
    }
    out.set(themeId, { sessions: new Set(list.map((l) => l.sessionId)).size, quotes });
  }
  return out;
}

/** Every wish of the study that links to one of `pains` (see askedFor), in study order. */
export function linkWishes(model: StudyModel, pains: PresentedTheme[], themeOfCluster: ReadonlyMap<string, string>): WishLink[] {
  if (pains.length === 0) return [];
  // Norms once per render, not once per wish: a theme's word core holds every word its mentions used.
  const cores = pains.map((p) => ({ theme: p, dense: p.core.dense ? unitOf(p.core.dense) : null, wordsNorm: norm(p.core.words) }));
  // A wish the reading itself filed under a pain (a model that labelled "Just ask me whether it worked" as "No
  // follow-up after closing") is about that pain, whatever its words share with the others.
  const painById = new Map(pains.map((p) => [p.id, p]));
  const links: WishLink[] = [];
  for (const session of model.sessions.values()) {
    for (const turn of session.turns) {
      (turn.wishes ?? []).forEach((wish, j) => {
        const vector = model.vectorOf(`${session.sessionId}/${turn.turnId}/wish${j}`, wish.text);
        const unit = vector ? unitOf(vector) : null;
        let best: { theme: PresentedTheme; score: number; leaning: number } | undefined;
        let second = -Infinity;
        const filedAs = turn.mentions.find((m) => m.text === wish.text)?.themeId;
        const filed = filedAs === undefined ? undefined : painById.get(themeOfCluster.get(filedAs) ?? '');
        const wishNorm = norm(wish.features);
        for (const { theme, dense, wordsNorm } of cores) {
          const words = wishNorm && wordsNorm ? dot(wish.features, theme.core.words) / (wishNorm * wordsNorm) : 0;
          const score = unit && dense ? MEANING_WEIGHT * denseCosine(unit, dense) + (1 - MEANING_WEIGHT) * words : words;
          const leaning = score + (theme.sessions.has(session.sessionId) ? OWN_PAIN_LEAN : 0);
          // Filed under this pain: the surest link, and its quote comes first.
          if (theme === filed) {
            best = { theme, score: 1 + score, leaning: Infinity };
            break;
          }
          if (!best || leaning > best.leaning) {
            second = best?.leaning ?? -Infinity;
            best = { theme, score, leaning };
          } else second = Math.max(second, leaning);
        }
        if (!best || (!filed && (best.score < LINK_MIN || best.leaning - second < CLEAR_MARGIN))) return;
        links.push({ sessionId: session.sessionId, turnId: turn.turnId, text: wish.text, themeId: best.theme.id, score: best.score });
      });
    }
  }
  return links;
}
