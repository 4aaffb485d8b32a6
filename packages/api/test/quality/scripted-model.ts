import type { ModelAnswer, SeenRequest } from '../llm/fake-openai.ts';
import { allowedMoves, answerIn, probesIn } from '../llm/fake-openai.ts';
import { hash, lowerFirst, sentences, wordCount } from './text.ts';

/** What the scripted model read in one interviewer request. */
export interface ModelReading {
  allowed: string[];
  answer: string;
  noticed: string;
  language: string;
  probes: number;
  maxProbes: number;
  next?: { id: string; verbatim: boolean; text: string; hint?: string };
  lastQuestion?: string;
  recent: string[];
  /** Guide questions still to come, with the examples their intent lists ("(chat, email, phone)"). */
  toCome: { id: string; examples: string[] }[];
}

/** Reads the parts of the conductor's request a model acts on (system prompt: guide and language; user turn: the brief). */
export function readRequest(req: SeenRequest): ModelReading {
  const brief = /the next question is ([\w-]+) \((verbatim|reword)[^)]*\): "([^"]*)"\.(?: The participant touched on it: "([^"]*)")?/.exec(req.user);
  // The brief of interviewers that predate plan questions, so the same harness replays on an older checkout.
  const older = /the conductor then asks: "([^"]*)"/.exec(req.user);
  const next = brief ? { id: brief[1]!, verbatim: brief[2] === 'verbatim', text: brief[3]!, ...(brief[4] ? { hint: brief[4] } : {}) } : older ? { id: '', verbatim: true, text: older[1]! } : undefined;
  const guide = [...req.system.matchAll(/^- ([\w-]+) \((?:mandatory|core), (?:verbatim|reword)\): .*?(?: — to learn: (.*))?$/gm)];
  const status = /Guide status: ([^\n]*)\./.exec(req.user)?.[1] ?? '';
  const lastQuestion = /reword your last question: "([^"]*)"/.exec(req.user)?.[1] ?? /^- \[current\] (.*)$/m.exec(req.user)?.[1];
  const toComeIds = new Set([...status.matchAll(/([\w-]+) to come/g)].map((m) => m[1]!));
  return {
    allowed: allowedMoves(req),
    answer: answerIn(req),
    noticed: [/Noticed: ([^\n]*)/.exec(req.user)?.[1] ?? '', ...[...req.user.matchAll(/^The participant ([^\n]*)$/gm)].map((m) => m[1]!)].join('; '),
    language: /Language of the interview \(BCP 47\): ([\w-]+)/.exec(req.system)?.[1]?.split('-')[0] ?? 'en',
    probes: probesIn(req),
    maxProbes: Number(/Follow-ups asked on the current question: \d+ \(at most (\d+)\)/.exec(req.user)?.[1] ?? 2),
    ...(next ? { next } : {}),
    ...(lastQuestion ? { lastQuestion } : {}),
    recent: [...(/<recent_turns>\n([\s\S]*?)\n?<\/recent_turns>/.exec(req.user)?.[1] ?? '').matchAll(/^Participant: (.*)$/gm)].map((m) => m[1]!),
    toCome: guide.filter((g) => toComeIds.has(g[1]!)).map((g) => ({ id: g[1]!, examples: (/\(([^)]*)\)/.exec(g[2] ?? '')?.[1] ?? '').split(/,\s*/).filter((x) => x && !/\s/.test(x)) })),
  };
}

// What a decent model notices in an answer. English and Spanish, the languages of the harness's studies.
const STORY = /\b(?:last (?:week|month|year|thursday|friday)|yesterday|one (?:friday |)evening|the other day|ago|then|ran out|when (?:i|my|our)|in the end|eventually|mes pasado|ayer|al final)\b/i;
const FEELING = /\b(?:furious|angry|livid|stressed|exhausting|embarrassing|frustrat\w*|upset|joke|wasted|enfad\w*|nerviosa|harto)\b|!!/i;
const SURPRISE = /\b(?:didn['’]t (?:really )?notice|surpris\w*|quietly|on purpose|turned out|realis\w*|suddenly)\b/i;
const PAIN = /\b(?:broke|wrong|charged twice|never understood|nobody|did nothing|no longer exists|logg\w* (?:me|everyone) out|double-booked|choked|stopped going out|falló|no podía)\b/i;
const GOAL = /\b(?:replace|stop paying|too expensive|spreadsheet|instead|a lot when|costs nothing)\b/i;
const NOTHING = /^(?:no|nope|idk|nothing|k|bye|ok|fine|nada)\b[\s.!]*$/i;
const STOPPING = /\b(?:voglio smettere|basta così|quero parar|ik wil stoppen|i want to stop now|end (?:it|this) now)\b/i;

/**
 * A scripted stand-in for an instruction-following model, in the exact format the conductor asks for: the move word,
 * one or two sentences, then NOTE (and STORY / COVERED) lines. It does what a decent model does — follows the allowed
 * moves, probes stories, feelings and surprises in the participant's words, shows empathy after anger, rewords a
 * question the participant did not follow, claims coverage from the guide's intents — and misformats as real models
 * do now and then: a capitalised or decorated move word, the move on the same line as the text, a missing NOTE line,
 * the guide question (or a paraphrase of it) written into a `next` acknowledgement, a question in a `wrap`, a second
 * question after a follow-up, now and then a move the conductor did not allow. Every choice depends only on the
 * request's content, so a replay is deterministic.
 */
export function scriptedModel(req: SeenRequest): ModelAnswer {
  const r = readRequest(req);
  const h = hash(`${r.answer}|${r.next?.id ?? ''}|${r.allowed.join(',')}|${r.probes}`);
  const es = r.language === 'es';
  const quiet = /says nothing|closed this topic|change your instructions|another language/.test(r.noticed) || NOTHING.test(r.answer.trim());
  if (STOPPING.test(r.answer) && !/asked to stop/.test(r.noticed)) return { stream: 'stop\n' };
  const worth = !quiet && wordCount(r.answer) >= 5 && (STORY.test(r.answer) || FEELING.test(r.answer) || SURPRISE.test(r.answer) || PAIN.test(r.answer) || GOAL.test(r.answer));

  let move: string;
  let text: string;
  if (r.allowed.includes('clarify') && /did not follow/.test(r.noticed)) {
    move = 'clarify';
    text = clarify(r.lastQuestion ?? r.next?.text ?? '', es, h);
  } else if (worth && r.allowed.includes('probe') && r.probes < r.maxProbes) {
    move = 'probe';
    text = probe(r, es, h);
  } else if (/^\s*(?:bye|goodbye|adiós)\b/i.test(r.answer) && !r.allowed.includes('wrap')) {
    // A "bye" reads like the end to a model, which wraps up although the conductor did not allow it.
    move = 'wrap';
    text = es ? 'Muchas gracias por tu tiempo.' : 'Thank you so much for your time today.';
  } else if (worth && !r.allowed.includes('probe') && h % 5 === 4 && r.allowed.includes('next')) {
    // Now and then a model follows a story although the conductor did not allow it: the conductor must not show it.
    move = 'probe';
    text = probe(r, es, h);
  } else if (r.allowed.includes('next') && r.next) {
    move = 'next';
    text = next(r, es, h, quiet);
  } else if (r.allowed.includes('wrap')) {
    move = 'wrap';
    const stray = h % 3 === 0 ? (es ? ' ¿Hay algo más que quieras añadir?' : ' Is there anything else you would like to add?') : '';
    text = (es ? 'Muchas gracias por tu tiempo y por todo lo que has contado.' : 'Thank you so much for your time and for everything you shared.') + stray;
  } else {
    move = r.allowed[0] ?? 'next';
    text = es ? 'Gracias.' : 'Thank you.';
  }
  return { stream: `${moveWord(move, h)}${text}${tail(r, h)}` };
}

/** The move word as models write it: half the time plain, else capitalised, bold, labelled, bracketed, shouted or on the text's line. */
function moveWord(move: string, h: number): string {
  const plain = `${move}\n`;
  const forms = [plain, plain, plain, plain, plain, `${move[0]!.toUpperCase()}${move.slice(1)}\n`, `**${move}**\n`, `Move: ${move}\n`, `[${move}]\n`, `${move.toUpperCase()}.\n`, `${move}: `];
  return forms[(h >>> 4) % forms.length]!;
}

/** NOTE (missing one time in four), STORY for incidents, COVERED when the answer names an example of an intent to come. */
function tail(r: ModelReading, h: number): string {
  const lines: string[] = [];
  if (h % 4 !== 1) lines.push(`NOTE: ${r.answer.split(/\s+/).slice(0, 10).join(' ')}`);
  if (STORY.test(r.answer) && !NOTHING.test(r.answer)) lines.push(`STORY: ${sentences(r.answer)[0]!.split(/\s+/).slice(0, 25).join(' ')}`);
  for (const q of r.toCome) {
    const hit = q.examples.find((x) => new RegExp(`\\b${x.replace(/[^\p{L}]/gu, '')}`, 'iu').test(r.answer));
    if (hit) lines.push(`COVERED: ${q.id} | ${sentences(r.answer).find((s) => s.toLowerCase().includes(hit.toLowerCase())) ?? r.answer}`);
  }
  return lines.length ? `\n${lines.join('\n')}` : '';
}

const RUNGS_EN = ['what happened next?', 'what did you do then?', 'how did that feel at the time?', 'how did it end up?', 'why does that matter to you?'];
const RUNGS_ES = ['¿qué pasó después?', '¿qué hiciste entonces?', '¿cómo te sentiste en ese momento?', '¿cómo terminó?', '¿por qué es importante para ti?'];

function probe(r: ModelReading, es: boolean, h: number): string {
  const feeling = FEELING.test(r.answer);
  const rungs = es ? RUNGS_ES : RUNGS_EN;
  const clause = keyClause(r.answer);
  // A story gets the next step of the ladder, a feeling "what did you do then", an opinion or a cost "why does that matter".
  let rung = STORY.test(r.answer) || PAIN.test(r.answer) ? rungs[Math.min(r.probes, rungs.length - 1)]! : feeling ? rungs[1]! : rungs[4]!;
  if (feeling && rung === rungs[2]) rung = rungs[3]!;
  const empathy = feeling ? (es ? 'Siento mucho que pasaras por eso. ' : 'I’m sorry you had to deal with that. ') : '';
  const earlier = r.recent.find((x) => /\b(?:great|friendly|helpful)\b/i.test(x));
  if (!es && earlier && /\bnever understood|didn['’]t help|useless\b/i.test(r.answer)) {
    return `Earlier you said ${reflect(keyClause(earlier))}, and now that ${reflect(clause)} — what changed between the two?`;
  }
  const second = h % 5 === 3 ? (es ? ' ¿Y cómo te hizo sentir?' : ' And how did that make you feel?') : '';
  if (es) return `${empathy}Mencionaste «${clause}». ${rung[0]}${rung[1]!.toUpperCase()}${rung.slice(2)}${second}`;
  const frames = [`You said ${reflect(clause)} — ${rung}`, `You mentioned that ${reflect(clause)}. ${upperFirst(rung)}`, `When ${reflect(clause)}, ${rung}`];
  return `${empathy}${frames[h % frames.length]}${second}`;
}

function next(r: ModelReading, es: boolean, h: number, quiet: boolean): string {
  const q = r.next!;
  const ack = FEELING.test(r.answer)
    ? es ? 'Entiendo, eso suena muy frustrante.' : 'That sounds really frustrating.'
    : quiet
      ? es ? 'De acuerdo.' : 'Okay.'
      : STORY.test(r.answer)
        ? es ? 'Gracias por contármelo.' : 'Thanks for walking me through that.'
        : es ? 'Gracias.' : ['Thanks for explaining.', 'Got it, thanks.', 'Thanks for sharing that.'][h % 3]!;
  if (!q.verbatim) {
    const bridge = q.hint ? (es ? `Mencionaste ${q.hint}: ` : `You mentioned ${q.hint} — `) : '';
    return `${ack} ${bridge}${bridge ? lowerFirst(q.text) : q.text}`;
  }
  // The conductor asks a verbatim question itself; models still write it (or a paraphrase of it) into the thanks now and then.
  if (h % 4 === 0) return `${ack} ${q.text}`;
  if (h % 4 === 2) return `${ack.replace(/\.$/, '!')} ${paraphrase(q.text)}`;
  return ack;
}

/** A shorter question a model makes of a guide question ("Which channel did you use to get in touch with us?" → "Which channel did you use?"). */
export function paraphrase(question: string): string {
  const last = sentences(question).filter((s) => s.includes('?')).at(-1) ?? question;
  const cut = last.replace(/\s+(?:to|with|from|for|on|when|in|at|during)\s+[^,?]*\?$/i, '?');
  return cut === last ? last.replace(/\?$/, ', if you remember?') : cut;
}

const REWORD: [RegExp, string][] = [
  [/what were you hoping to get done with the product/i, 'what did you want the product to help you with'],
  [/how much effort did it take on your side to get the issue resolved/i, 'how much work was it for you to get the problem fixed'],
  [/what was going on/i, 'what was the problem'],
  [/get in touch with/i, 'contact'],
  [/weighing up/i, 'considering'],
  [/had a say in whether to pay for/i, 'helped decide about buying'],
  [/how did you use the product/i, 'what did you do with the product'],
  [/what happened/i, 'what went on'],
  [/\bstood out\b/i, 'was memorable'],
];

function clarify(question: string, es: boolean, h: number): string {
  const asked = sentences(question).filter((s) => s.includes('?')).at(-1) ?? question;
  const reworded = REWORD.reduce((t, [re, to]) => t.replace(re, to), asked);
  if (es) return `Perdona, lo digo de otra forma: ${lowerFirst(reworded)}`;
  const frames = ['Sorry, let me put it another way:', 'Let me ask that more simply:', 'Fair point, I was not clear:'];
  return `${frames[h % frames.length]} ${lowerFirst(reworded)}`;
}

const FUNCTION_WORDS = /^(?:and|or|but|so|the|a|an|of|to|in|on|at|for|with|because|before|after|that|which|it|y|o|pero|de|la|el|los|las|en|que|con|por|para|justo)$/i;

/** The clause of an answer a model would reflect: the one with the strongest cue, whole words, at most sixteen. */
function keyClause(answer: string): string {
  const clauses = answer
    .split(/(?<=[.!?])\s+|[,;]\s*|\s+(?:so|and then|because|but|which|así que|pero|porque)\s+|\s+(?:and|y)\s+(?=(?:it|i|we|they|then|nobody|tuve|me)\b)/i)
    .map((c) => c.replace(/[.!?]+$/, '').replace(/^(?:and|so|but|then|honestly|ok fine|fine|oh|y|pero|así que|porque)(?=\s)\s*/i, '').trim())
    .filter((c) => wordCount(c) >= 3);
  const scored = clauses.map((c) => ({ c, s: [STORY, FEELING, SURPRISE, PAIN, GOAL].filter((re) => re.test(c)).length }));
  const best = scored.reduce((a, b) => (b.s > a.s ? b : a), scored[0] ?? { c: answer.replace(/[.!?]+$/, ''), s: 0 });
  const kept = best.c.split(/\s+/).slice(0, 16);
  while (kept.length > 3 && FUNCTION_WORDS.test(kept.at(-1)!)) kept.pop();
  return kept.join(' ');
}

const REFLECT: [RegExp, string][] = [
  [/\bI was\b/g, 'you were'],
  [/\bmyself\b/gi, 'yourself'],
  [/\bourselves\b/gi, 'yourselves'],
  [/\bI am\b/g, 'you are'],
  [/\bI['’]m\b/g, 'you’re'],
  [/\bI\b/g, 'you'],
  [/\b(?:my|our)\b/gi, 'your'],
  [/\bme\b/gi, 'you'],
  [/\bwe\b/gi, 'you'],
  [/\bus\b/gi, 'you'],
];

/** A clause in the second person, as a model reflects it. */
function reflect(clause: string): string {
  return lowerFirst(REFLECT.reduce((t, [re, to]) => t.replace(re, to), clause.replace(/^(?:Honestly|OK fine|Fine|Oh)\b,?\s*/i, '')));
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The deliberate misformats in one scripted-model output, named (for counting how often the conductor's guards were tested). */
export function misformatsOf(req: SeenRequest, output: string): string[] {
  const r = readRequest(req);
  const out: string[] = [];
  const first = output.split('\n')[0] ?? '';
  const move = /(probe|clarify|next|wrap|stop)/i.exec(first)?.[1]?.toLowerCase();
  if (move === 'stop') return [];
  if (!/^(?:probe|clarify|next|wrap)$/.test(first)) out.push(/^\w+: /.test(first) ? 'move word on the text line' : 'decorated or capitalised move word');
  if (!/\nNOTE: /.test(output)) out.push('no NOTE line');
  const text = output.split('\n').slice(/^\w+: /.test(first) ? 0 : 1).filter((l) => !/^(?:NOTE|STORY|COVERED):/.test(l)).join(' ');
  const questions = (text.match(/\?/g) ?? []).length;
  if (move && !r.allowed.includes(move)) out.push('a move the conductor did not allow');
  if (move === 'next' && r.next?.verbatim && questions > 0) out.push('a question in a `next` acknowledgement');
  if (move === 'wrap' && questions > 0) out.push('a question in a `wrap`');
  if (move === 'probe' && questions > 1) out.push('two questions in a follow-up');
  return out;
}
