import type { ModelAnswer, SeenRequest } from '../llm/fake-openai.ts';
import { allowedMoves, answerIn, probesIn } from '../llm/fake-openai.ts';

const STORY = /\b(?:last (?:week|month|friday)|yesterday|then|ran out|broke|charged|furious|nobody|never|wasted|panicked|double|logging me out|did nothing|mes pasado|falló)\b/i;
const ANGRY = /\b(?:furious|joke|wasted|angry|panicked|!!|enfad)/i;
const REFLECT: [RegExp, string][] = [[/\bI was\b/g, 'you were'], [/\bI\b/g, 'you'], [/\bmy\b/gi, 'your'], [/\bme\b/gi, 'you'], [/\bour\b/gi, 'your'], [/\bwe\b/gi, 'you']];

/**
 * A scripted stand-in for an instruction-following model, answering the interviewer's request the way a decent model
 * does — it reads the allowed moves, the answer, what the conductor noticed and the next question from the prompt,
 * probes stories in the participant's words, shows empathy after anger, words reword-able questions itself — and,
 * as real models do now and then, misformats: a decorated or capitalised move word, a missing NOTE line, a question
 * inside a `next` or `wrap`. Deterministic: the reply depends only on the request and its index.
 */
export function scriptedModel(req: SeenRequest, index: number): ModelAnswer {
  const allowed = allowedMoves(req);
  const answer = answerIn(req);
  const noticed = /Noticed: ([^\n]*)/.exec(req.user)?.[1] ?? '';
  // (The second form is the brief of interviewers before plan questions had ids: measured as "before" in bench/.)
  const next = /the next question is ([\w-]+) \((verbatim|reword)[^)]*\): "([^"]*)"/.exec(req.user) ?? /()()the conductor then asks: "([^"]*)"/.exec(req.user);
  const last = /reword your last question: "([^"]*)"/.exec(req.user)?.[1];
  const quiet = /says nothing|closed this topic|change your instructions|another language/.test(noticed);
  const word = (move: string) => [move, move.toUpperCase(), `**${move[0]!.toUpperCase()}${move.slice(1)}**`, `Move: ${move}`][index % 4]!;
  const note = index % 4 === 1 ? '' : `\nNOTE: ${answer.split(/\s+/).slice(0, 8).join(' ')}`;
  const covered = /\b(?:chat|email|phone)\b/i.test(answer) && /channel to come/.test(req.user) ? `\nCOVERED: channel | ${firstSentence(answer)}` : '';

  if (allowed.includes('clarify') && /did not follow/.test(noticed)) {
    return { stream: `${word('clarify')}\nLet me put it more simply: ${lowerFirst(stripQuestion(last ?? 'what happened'))}?${note}` };
  }
  if (allowed.includes('probe') && !quiet && STORY.test(answer) && probesIn(req) < 2) {
    const lead = ANGRY.test(answer) ? 'I’m sorry you had to deal with that. ' : '';
    const echo = reflect(firstClause(answer));
    const second = index % 5 === 3 ? ' And how did that make you feel?' : '';
    return { stream: `${word('probe')}\n${lead}You said ${echo} — what happened after that?${second}${note}${covered}` };
  }
  if (allowed.includes('next') && next) {
    const ack = ANGRY.test(answer) ? 'That sounds really frustrating.' : quiet ? 'Okay.' : 'Thanks for explaining.';
    if (next[2] === 'reword') return { stream: `${word('next')}\n${ack} Building on that, ${lowerFirst(next[3]!)}${note}${covered}` };
    // A model that forgets it must not ask the question itself.
    const stray = index % 3 === 0 ? ` ${next[3]}` : '';
    return { stream: `${word('next')}\n${ack}${stray}${note}${covered}` };
  }
  if (allowed.includes('wrap')) {
    const stray = index % 2 === 0 ? ' Is there anything else you would like to add?' : '';
    return { stream: `${word('wrap')}\nThank you so much for your time today.${stray}${note}` };
  }
  return { stream: `${allowed[0] ?? 'next'}\nThank you.${note}` };
}

function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+/)[0]!.trim();
}

function firstClause(text: string): string {
  // Like a model, it skips an opening "Fine." or "OK so" and echoes the first clause that says something.
  const sentence = text.split(/(?<=[.!?])\s+/).find((x) => x.split(/\s+/).length >= 4) ?? firstSentence(text);
  return sentence.split(/,|\bso\b/)[0]!.trim().split(/\s+/).slice(0, 9).join(' ').replace(/[.!?]+$/, '');
}

function reflect(text: string): string {
  const out = REFLECT.reduce((t, [re, to]) => t.replace(re, to), text);
  return lowerFirst(out);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function stripQuestion(text: string): string {
  return text.replace(/[?.!]+$/, '');
}
