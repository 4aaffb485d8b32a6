import { contentStems, normalise, questionSentences, sentences, withoutQuotes, wordCount, words } from './text.ts';
import type { QuestionBackTopic } from './participant.ts';

/** The asking part of a question sentence: what follows a lead-in such as "You said the export broke — " or "Sorry, let me put it another way:". */
export function askingPart(question: string): string {
  const parts = question.split(/\s[—–]\s|:\s/);
  return parts.at(-1)!.trim();
}

const CLOSED_EN = /^(?:and\s+|so,?\s+)?(?:do|does|did|is|are|was|were|have|has|had|will|would|should|shall|can|could|may|might|am)\b/i;
const INVITATION_EN = /^(?:and\s+)?(?:could|can|would|will) you (?:please )?(?:tell|walk|describe|share|explain|talk|take|give|say|think|recall|help me understand)\b/i;
const CLOSED_ES = /^¿?\s*(?:y\s+)?(?:fue|fueron|era|estuvo|estabas|tuviste|tienes|has|hiciste|pudiste|te gustó|es|eres|hay|hubo|crees|quieres)\b/i;
const INVITATION_ES = /^¿?\s*(?:puedes|podrías) (?:contarme|describir|describirme|explicarme|explicar|hablarme)\b/i;

/** True for a question that can be answered yes or no ("Did you…?", "Was it…?", "Is there anything else…?"). */
export function isClosedQuestion(question: string, language = 'en'): boolean {
  const q = askingPart(question);
  if (language === 'es') return CLOSED_ES.test(q) && !INVITATION_ES.test(q);
  return CLOSED_EN.test(q) && !INVITATION_EN.test(q);
}

const LEADING =
  /\bhow (?:frustrating|annoying|great|bad|awful|stressful|difficult|hard|easy|good|helpful|disappointing)\b (?:was|is|were|did)\b|\b(?:wasn['’]t|isn['’]t|didn['’]t) (?:it|that|they|you)\b[^?]*\?$|\bdon['’]t you (?:think|agree|feel)\b|\bwouldn['’]t you\b|\bsurely\b|\bi (?:assume|imagine|suppose)\b|\bmust have (?:been|felt)\b|\b(?:e\.g\.|for example|such as|like maybe)\b|\b\w+,\s+(?:\w+\s+){0,3}\w+,?\s+or\s+(?:\w+\s+){0,3}\w+\?$|\bwould you (?:say|agree)\b|\bno te (?:parece|pareció)\b|\bpor ejemplo\b|\bverdad\?/i;

/** True for a question that suggests its answer: assumed feelings ("How frustrating was…"), tags ("wasn't it?"), option lists ("chat, email or phone?"). */
export function isLeading(question: string): boolean {
  return LEADING.test(question.trim());
}

const NON_WORDS = '(?:idk|no|nope|nah|bye|goodbye|nothing|yes|yeah|yep|ok|okay|k|fine|sure|whatever|dunno|lol|meh|nada|cool)';
const NON_CONTENT = new RegExp(`\\b(?:mentioned|said|say|says|wrote|about|more about|by|on|mencionaste|dijiste|sobre)\\s+["“‘'«]?${NON_WORDS}["”’'»]?(?=\\s*(?:—|–|-|\\?|\\.|,|:|;|!|$))`, 'i');

/** True when a reply takes a non-content word as its topic ("You mentioned idk — …", "Tell me more about no."), or quotes a non-answer back. */
export function probesNonContent(reply: string, nonAnswer?: string): boolean {
  if (NON_CONTENT.test(reply)) return true;
  // A reflecting frame around words that say nothing: "So by the way — …", "You said so — …".
  for (const m of reply.matchAll(REFLECTED)) if (contentStems(m[1]!).size === 0) return true;
  if (!nonAnswer) return false;
  const said = normalise(nonAnswer);
  return said.length > 0 && new RegExp(`[“"‘'«]\\s*${escape(said)}[\\s.!?]*[”"’'»]`, 'i').test(reply.toLowerCase());
}

const REFLECTED = /(?:^|[.!?]\s+)(?:So|You said(?: that)?|You mentioned(?: that)?|You wrote|Picking up on|Mencionaste(?: que)?|Dijiste que)\s+[“"«]?([^—–?.:]{1,80}?)[”"»]?\s*(?:[—–]|earlier\b|,\s*which)/g;

const PRAISE = /clear picture|really helpful|(?:that['’]s|that is|very|super|so|incredibly) (?:helpful|useful|insightful|valuable)|great (?:answer|point|insight|to hear)|thanks? (?:you )?(?:so much )?for sharing|useful to (?:hear|know)|good to know|love that|(?:i )?appreciate (?:you|that|your|it)|(?:that['’]s|how|very) interesting|excellent|wonderful|perfect\b|muy útil|gracias por compartir|excelente|genial/i;

/** True for stock praise ("that gives me a clear picture", "that's really helpful", "thanks for sharing"). */
export function isStockPraise(reply: string): boolean {
  return PRAISE.test(reply);
}

const EMPATHY = /\bsorry\b|frustrat\w*|sounds (?:like|really|stressful|difficult|awful|hard|exhausting|upsetting)|stressful|difficult|must have been hard|understandabl\w*|that['’]s (?:not ok|a lot|hard)|lo siento|siento (?:mucho|que)|frustrante|difícil|entiendo (?:que|lo)|qué mal/i;

/** True for a line of empathy ("I'm sorry that happened", "That sounds really frustrating"). */
export function isEmpathy(reply: string): boolean {
  return EMPATHY.test(reply);
}

const TRUTH: Record<QuestionBackTopic, RegExp> = {
  why: /\bimprov\w*|understand\w*|help (?:us|the team|the research team)|mejorar|entender/i,
  who_reads: /research team|\bDana\b|researcher|read by|\bteam\b.{0,20}\bread|equipo de investigación|\bequipo\b.{0,20}\blee/i,
  ai: /automated|\bAI\b|not a (?:real )?(?:person|human)|\bbot\b|automátic\w*|automatizad\w*|\bIA\b/i,
  how_long: /\bminutes?\b|few more|not many|almost (?:done|there)|\d+ (?:more )?questions?|questions? left|(?:stop|end) (?:at )?any ?time|minutos|pocas preguntas/i,
  privacy: /research team|skip|confidential|anonym\w*|equipo de investigación/i,
};

/** True when a reply answers a question back truthfully (mentions what the true answer says for its topic). */
export function answersQuestionBack(reply: string, topic: QuestionBackTopic): boolean {
  return TRUTH[topic].test(reply);
}

const NOTICE = /\b(?:carry on|continue|continuing|go on) in (?:English|Spanish|French|German)\b|\b(?:seguiré|continuaré|sigo|seguimos|continuamos) en (?:inglés|español|francés|alemán)\b|\bcontinuer(?:ai|ons)? en (?:anglais|espagnol|français|allemand)\b|\bje (?:vais )?continue(?:r)? en\b|\bauf (?:Englisch|Spanisch|Deutsch|Französisch) weiter\b|\bweiter auf (?:Englisch|Deutsch)\b/i;

/** True for a sentence that says the interview carries on in its own language. */
export function isLanguageNotice(text: string): boolean {
  return NOTICE.test(text);
}

/** Foreign words of the participant's spliced into the interviewer's own sentences ("You mentioned quiero parar — …"); the language notice itself does not count. */
export function splicedForeignWords(reply: string, foreignAnswer: string): string[] {
  const own = sentences(reply).filter((s) => !isLanguageNotice(s)).join(' ');
  const mine = normalise(own);
  const theirs = words(foreignAnswer);
  const out = new Set<string>();
  for (const w of theirs) if (w.length >= 3 && /[^\x00-\x7f]/.test(w) && new RegExp(`(?:^|\\s)${escape(w)}(?:\\s|$)`).test(mine)) out.add(w);
  for (let i = 0; i + 1 < theirs.length; i += 1) {
    const pair = `${theirs[i]} ${theirs[i + 1]}`;
    if (Math.max(theirs[i]!.length, theirs[i + 1]!.length) >= 4 && new RegExp(`(?:^|\\s)${escape(pair)}(?:\\s|$)`).test(mine)) out.add(pair);
  }
  return [...out];
}

/** True when a reply in a Spanish study uses English words of its own. */
export function speaksEnglish(reply: string): boolean {
  return /\b(?:the|you|your|what|thanks?|please|which|how|when|that's|I'm|sorry)\b/i.test(withoutQuotes(reply));
}

/** Why a reply reads as unnatural (empty, too long, a sentence twice, splice artefacts), or nothing. */
export function unnaturalReasons(reply: string, language = 'en', maxWords = 60): string[] {
  const out: string[] = [];
  if (reply.trim() === '') return ['empty reply'];
  const n = wordCount(reply);
  if (n > maxWords) out.push(`${n} words`);
  const said = sentences(reply).map((s) => normalise(s)).filter((s) => s.length > 10);
  if (new Set(said).size < said.length) out.push('a sentence twice');
  if (/[—–]\s*[—–]|[—–]\s*[.?!,]|^\s*[—–]|[—–]\s*$|\.\s*\.(?!\.)|,\s*[.?!]|\?\s*[.,]|\s[,.?!;:](?!\.)|\{\w+\}|\bundefined\b|\bnull\b/.test(reply.replace(/…/g, ''))) out.push('punctuation artefact');
  if (language === 'en' && /[.!?]\s+[a-z]/.test(reply.replace(/\b(?:e\.g|i\.e|etc)\.\s/g, ''))) out.push('sentence starts lower-case');
  if (language === 'en' && /\b(?:and|or|the|a|an|because|but|your|my|our)\s*[.?!,—–]/i.test(withoutQuotes(reply))) out.push('a clause cut off mid-phrase');
  return out;
}

/** The model's own format showing through: a move word, NOTE/STORY/COVERED lines, markdown. */
export function formatLeak(reply: string): string | undefined {
  const first = reply.split('\n')[0] ?? '';
  const m =
    /^\s*(?:\*\*|\[)?\s*(?:move\s*:\s*)?(?:probe|next|wrap|clarify|respond|stop|skip|hurry)\s*(?:\*\*|\])?\s*(?:[:.\]]|$)/i.exec(first) ??
    /\b(?:NOTE|STORY|COVERED)\s*:/.exec(reply) ??
    /\*\*|^#+\s|^\s*[-*]\s/m.exec(reply);
  return m?.[0].trim();
}

/** The last question a reply asks (outside quotes), if any. */
export function lastQuestion(reply: string): string | undefined {
  return questionSentences(reply).at(-1);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
