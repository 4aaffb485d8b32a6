import type { ErrorIssue, Experience, Plan, Study, Targeting, Trigger, UpdateStudyRequest } from '@parley/protocol';

/** The editable part of a study while it is being set up. */
export interface StudyDraft {
  title: string;
  researchQuestion: string;
  plan: Plan;
  experience: Experience;
  triggers: Trigger[];
  targeting: Targeting;
  /** 0–100: when live studies want the same moment, the highest is shown. */
  priority: number;
}

/** Changes the draft: `update` gets the latest draft and returns the fields to replace. */
export type DraftChange = (update: (draft: StudyDraft) => Partial<StudyDraft>) => void;

/** The draft of a stored study. */
export function draftOf(study: Study): StudyDraft {
  return { title: study.title, researchQuestion: study.researchQuestion, plan: study.plan, experience: study.experience, triggers: study.triggers, targeting: study.targeting, priority: study.priority ?? 0 };
}

const texts = (items: string[]) => items.map((s) => s.trim()).filter(Boolean);

/** Drops what was left empty (blank list rows, unused optional fields), so the API only sees what the researcher meant. */
export function cleanExperience(e: Experience): Experience {
  const researcher = e.researcher?.name.trim()
    ? {
        name: e.researcher.name.trim(),
        ...(e.researcher.title?.trim() ? { title: e.researcher.title.trim() } : {}),
        ...(e.researcher.bio?.trim() ? { bio: e.researcher.bio.trim() } : {}),
        ...(e.researcher.avatarUrl?.trim() ? { avatarUrl: e.researcher.avatarUrl.trim() } : {}),
      }
    : undefined;
  const endCta = e.endCta?.text.trim() ? { text: e.endCta.text.trim(), ...(e.endCta.url?.trim() ? { url: e.endCta.url.trim() } : {}) } : undefined;
  return {
    title: e.title,
    welcomeMessage: e.welcomeMessage,
    ...(researcher ? { researcher } : {}),
    ...(endCta ? { endCta } : {}),
    ...(e.consentText?.trim() ? { consentText: e.consentText.trim() } : {}),
    ...(e.requireIdentity ? { requireIdentity: true } : {}),
    ...(e.thankYouMessage?.trim() ? { thankYouMessage: e.thankYouMessage.trim() } : {}),
  };
}

/** The PATCH body that saves the whole draft (every step's edits, wherever they were made). */
export function changesOf(draft: StudyDraft): UpdateStudyRequest {
  const p = draft.plan;
  return {
    title: draft.title,
    researchQuestion: draft.researchQuestion.trim(),
    plan: { ...p, goals: texts(p.goals), mandatoryQuestions: texts(p.mandatoryQuestions), coreQuestions: texts(p.coreQuestions), flow: texts(p.flow) },
    experience: cleanExperience(draft.experience),
    triggers: draft.triggers,
    targeting: draft.targeting,
    priority: draft.priority,
  };
}

/** The messages of a 400's issues about rows of one plan list ("plan.mandatoryQuestions.1"), by row. */
export function rowIssues(issues: ErrorIssue[] | undefined, list: 'goals' | 'mandatoryQuestions' | 'coreQuestions' | 'flow'): Record<number, string> {
  const rows: Record<number, string> = {};
  const prefix = `plan.${list}.`;
  for (const issue of issues ?? []) {
    const row = issue.path.startsWith(prefix) ? Number(issue.path.slice(prefix.length)) : NaN;
    if (Number.isInteger(row)) rows[row] ??= issue.message;
  }
  return rows;
}

/** How many mandatory questions we recommend at most: each is asked word for word, leaving less room to follow up. */
export const RECOMMENDED_MANDATORY = 3;
