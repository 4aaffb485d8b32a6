import type { Rung } from '../state.ts';

/** What in an answer is worth following, and which rungs of the follow-up ladder it already told. */
export interface AnswerValue {
  /** A concrete past occasion: time markers ("last month", "one evening") or a run of past-tense narration. */
  story: boolean;
  /** Something unexpected ("I didn't really notice", "it turned out…"). */
  surprise: boolean;
  /** A tension within the answer ("resolved, but…"). */
  contrast: boolean;
  /** A problem the participant ran into ("kept disconnecting", "charged twice", "couldn't find"). */
  pain: boolean;
  /** A signal the study cares about whatever the question (leaving, a competitor, a refund, escalation, a workaround). */
  risk: boolean;
  /** Index of the sentence that carries the most of the above, to quote from. */
  sentence: number;
  sentences: string[];
  /** Rungs the answer already told: its time, what they did, how it felt, how it ended. */
  told: Rung[];
}

const TIME = /\b(?:last (?:week|month|year|time|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|quarter|spring|summer|autumn|fall|winter)|yesterday|this (?:morning|week|month)|the other day|one (?:day|evening|morning|night|afternoon|time)|(?:a|one|two|three|four|five|few|couple of|several) (?:days?|weeks?|months?|years?) ago|ago\b|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|when (?:i|we) (?:first|started|signed|tried|got|was|were|had|opened|joined))/i;
const PAST = /\b(?:was|were|had|went|got|took|ran|came|said|told|called|emailed|tried|opened|wrote|asked|waited|noticed|realised|realized|decided|gave|lost|found|kept|closed|broke|stopped|started|ended|left|paid|sent|received|switched|cancelled|canceled|moved|set|spent|saw|thought|felt|needed|wanted|couldn['’]t|didn['’]t|wasn['’]t|weren['’]t)\b/gi;
const SURPRISE = /\b(?:surpris\w*|didn['’]?t (?:really )?(?:expect|notice|realis\w*|realiz\w*|know)|unexpected\w*|turn(?:s|ed) out|suddenly|out of nowhere|to my surprise|weird\w*|strange\w*|no idea (?:that|it)|never (?:told|warned|mentioned))\b/i;
const CONTRAST = /\b(?:but|although|though|however|yet|except|even so|still)\b/i;
const RISK = /\b(?:cancel\w*|churn\w*|leav(?:e|ing)|quit|switch\w*|competitor\w*|alternative\w*|refund\w*|chargeback|lawyer\w*|legal|complain\w*|escalat\w*|security|breach|data loss|lost (?:data|work|money)|gave up|give up|workaround\w*|spreadsheet\w*|instead|evaluat\w*|replac\w*|migrat\w*|moving to|looking at (?:other|another)|trying out)\b/i;
const PAIN = /\b(?:broke|broken|break(?:s|ing)?|crash\w*|disconnect\w*|fail\w*|error\w*|bug\w*|stuck|slow|confus\w*|couldn['’]?t|can['’]?t|cannot|wouldn['’]?t|would not|could not|did not work|does not work|didn['’]?t work|not working|doesn['’]?t work|missing|lost|wrong|charged twice|double[- ]charged?|overcharged|lag\w*|froze|freez\w*|timed? out|kept \w+ing|nothing happened|nobody|no one|no reply|no response|never heard|still waiting|did nothing|does nothing|no longer|doesn['’]?t exist|dead link|not found)\b/i;
const DID = /\b(?:i|we)\s+(?:then\s+|just\s+|finally\s+|eventually\s+)?(?:called|emailed|contacted|tried|went|opened|wrote|asked|reached|filed|switched|cancell?ed|decided|looked|searched|googled|restarted|paid|sent|waited|gave up|ended up|moved|used|posted|complained)\b/i;
const FEEL = /\b(?:felt|feel|feeling|frustrat\w*|annoy\w*|angry|furious|upset|stress\w*|relie\w*|happy|glad|disappoint\w*|confus\w*|worried|anxious|embarrass\w*|excited|love[ds]?|hate[ds]?|awful|terrible|great|amazing)\b/i;
const END = /\b(?:in the end|eventually|finally|ended up|resolved|fixed|sorted|solved|gave up|cancell?ed|refund\w*|never (?:got|heard|came)|still (?:waiting|broken|not)|closed (?:it|the ticket|my ticket))\b/i;

/** Reads what an answer offers to follow up (English cues; other languages get none, so they are not probed by these). */
export function answerValue(answer: string): AnswerValue {
  const sentences = answer
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  let best = 0;
  let bestScore = -1;
  const flags = { story: false, surprise: false, contrast: false, risk: false, pain: false };
  sentences.forEach((s, i) => {
    // A question of the participant's ("did you see the match last night?") is no story of theirs to follow.
    if (s.endsWith('?')) return;
    const past = (s.match(PAST) ?? []).length;
    const story = TIME.test(s) || past >= 2;
    const surprise = SURPRISE.test(s);
    const contrast = CONTRAST.test(s) && s.split(/\s+/).length >= 6;
    const risk = RISK.test(s);
    const pain = PAIN.test(s);
    flags.pain ||= pain;
    flags.story ||= story;
    flags.surprise ||= surprise;
    flags.contrast ||= contrast;
    flags.risk ||= risk;
    const score = Number(story) * 2 + Number(surprise) * 3 + Number(risk) * 2 + Number(pain) + Number(contrast) + Math.min(1, s.split(/\s+/).length / 20);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  const whole = sentences.join(' ');
  const story = flags.story || (whole.match(PAST) ?? []).length >= 3;
  const told: Rung[] = [];
  if (TIME.test(whole)) told.push('when');
  if (DID.test(whole)) told.push('what_did');
  if (FEEL.test(whole)) told.push('feel');
  if (END.test(whole)) told.push('end');
  return { ...flags, story, sentence: best, sentences, told };
}

// Time markers of a told occasion in the other languages the interviewer speaks ("el mes pasado", "hier", "letzte Woche").
const TIME_ELSEWHERE: Record<string, RegExp> = {
  fr: /\b(?:hier|la semaine dernière|le mois dernier|l['’]an dernier|l['’]année dernière|il y a (?:deux|trois|quelques|\d+) (?:jours|semaines|mois)|un jour|un soir|un matin|la dernière fois|lundi|mardi|mercredi|jeudi|vendredi)\b/i,
  es: /\b(?:ayer|la semana pasada|el mes pasado|el año pasado|hace (?:dos|tres|unos|unas|\d+) (?:días|semanas|meses)|un día|una noche|una mañana|la última vez|el lunes|el martes|el miércoles|el jueves|el viernes)\b/i,
  de: /\b(?:gestern|letzte woche|letzten monat|letztes jahr|vor (?:zwei|drei|ein paar|\d+) (?:tagen|wochen|monaten)|eines tages|eines abends|eines morgens|das letzte mal|am montag|am dienstag|am mittwoch|am donnerstag|am freitag)\b/i,
};

/** True when an answer in French, Spanish or German tells of a particular occasion (its time markers): worth a plain follow-up. */
export function tellsAnOccasion(answer: string, language: string): boolean {
  return TIME_ELSEWHERE[language]?.test(answer) ?? false;
}
