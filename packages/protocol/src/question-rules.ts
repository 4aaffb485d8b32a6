/** A pattern that makes a question depend on something else, unless the question itself named it first. */
export interface Pointer {
  re: RegExp;
  /** What, found earlier in the same question, gives the pointer something to point to; the language's `named` when neither this nor `sameNoun` is set. */
  exempt?: RegExp;
  /** For "that decision", "cette fois": fine when the same noun (capture group 1) came earlier, or `exempt` did. */
  sameNoun?: boolean;
}

/** The wording patterns of one language that make a question closed, dependent or leading. */
export interface QuestionRules {
  /** A sentence that opens as a yes/no question ("Did you…", "Avez-vous…"). */
  yesNo: RegExp;
  /** Open invitations that start like a yes/no question ("Could you walk me through…"). */
  invitation: RegExp;
  /** How to start instead, quoted in the message, for the sentence that asks yes or no. */
  open: (sentence: string) => string;
  /** A question that opens as if it continued the one before ("And…", "Also,"). */
  leadBack: RegExp;
  pointers: Pointer[];
  /** Something the question names, that a later "it" or "that" may refer to ("the export", "votre commande"). */
  named: RegExp;
  /** Suggested answers: lists of options, "such as…", "(e.g. …)". */
  options: RegExp[];
}

// `\b` is ASCII-only in JavaScript ("qué\b" never matches): word edges are spelled out for every language.
const S = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const any = (words: string) => `(?:${words.trim().split(/\s*,\s*/).join('|')})`;
const re = (source: string, flags = 'iu') => new RegExp(source, flags);
/** A clause ends: punctuation or the end of the question. */
const END = '\\s*(?:[?.!,;:)]|$)';
// Each pattern is anchored or bounded and has no nested unbounded quantifiers: linear on a 500-character question.
const dashList = (or: string) => re(`\\s[—–-]\\s[^—–?]{0,120},[^—–?]{0,120}${S}${or}${E}`);
const colonList = (or: string) => re(`:\\s*[^:?]{0,80},[^:?]{0,80}${S}${or}${E}`);
const shortList = (or: string) => re(`${S}\\p{L}+,\\s*\\p{L}+,?\\s+${or}\\s+\\p{L}+`);

// A time clause earlier in the question ("When you signed up, … at the time") gives a time pointer its time.
const EN_WHEN = re(`${S}${any('when, while, during, the first time, the last time, the day, the moment, the week, the month, last week, last month, last year, most recently')}${E}`);
const FR_WHEN = re(`${S}${any('quand, lorsque, pendant, la première fois, la dernière fois, le jour, au moment')}${E}`);
const ES_WHEN = re(`${S}${any('cuando, mientras, durante, la primera vez, la última vez, el día')}${E}`);
const DE_WHEN = re(`${S}${any('als, wenn, während, beim, das letzte Mal, zum ersten Mal, am Tag')}${E}`);

// One word may sit between a demonstrative and its noun ("that last time"), but not a determiner: "decide that the
// feature was worth it" is a clause, not a pointer.
const ADJECTIVE = `(?:(?!${any('the, a, an, your, our, their, my, his, her, its, you, we, they, it, i')}${E})\\p{L}+\\s+)?`;

const EN: QuestionRules = {
  yesNo: re(`^${any("do, does, did, is, are, was, were, am, have, has, had, will, would, should, shall, can, could, may, might, must, any, anything")}(?:n['’]t)?${E}`),
  invitation: re(`^${any('could, can, would, will')} you (?:please )?${any('tell, walk, describe, share, explain, talk, take, show, give, think back, recall, remember, help me understand, say more, elaborate')}${E}`),
  open: (sentence) => {
    const aux = /^(did|do|does|have|has|had|were|are) you\b/i.exec(sentence)?.[1]?.toLowerCase();
    return aux ? `"How ${aux} you…" or "What…"` : '"How…" or "What…"';
  },
  leadBack: re(`^${any('and, also, then, so, but, plus')}${E}`),
  pointers: [
    { re: re(`${S}${any('it, that, this, them')}${END}`) },
    { re: re(`${S}${any('it, that, this')}\\s+like${END}`) },
    { re: re(`(?<!${any("was, is, were, are, ['’]s")}\\s)${S}${any('it, them')}\\s+${any('at, for, in, on, with, to, when, then, again, afterwards, later, yourself, first, before, after, back, anyway')}${E}`) },
    { re: re(`${S}${any('did, does, do, would, will, could, might, has, had, can')}\\s+${any('that, this')}\\s+${any('go, mean, feel, make, change, affect, work, happen, help, turn out, end, start, come about, lead, cost, take, compare')}${E}`) },
    { re: re(`${S}${any('did, does')}\\s+it\\s+${any('go, end, turn out, work out, happen, start')}${END}`) },
    { re: re(`${S}${any('did, does, do')}\\s+${any('it, that, this')}\\s+${any('compare, change, affect')}${E}`) },
    { re: re(`${S}${any('made, make, makes, making, get, got, keep, kept')}\\s+${any('it, that, this, them')}\\s+\\p{L}+(?:\\s+for\\s+${any('you, your team, us')})?${END}`) },
    // "after it was closed", "found out it was fixed": the subject of a clause, with nothing it could be.
    { re: re(`${S}${any('after, before, when, once, since, until, because, while, where, how, why, out, noticed, realised, realized, knew, saw, heard')}\\s+${any('it, this')}\\s+${any('was, were, is, got, had, did, went, happened, stopped, started, broke, ended, failed, arrived, worked, closed, opened, changed')}${E}`) },
    { re: re(`^${any('why, how, what, how so, what then, when, where')}\\s*[?.!]*$`) },
    { re: re(`${S}${any('that, this, those, these')}\\s+ones?${E}`) },
    { re: re(`${S}${any('that, this, those, these')}\\s+${ADJECTIVE}(${any('experience, issue, problem, situation, case, conversation, step, change, feature, decision, point, choice, call, email, message, reason, approach, option, tool, process, period, stage, episode')})${E}`), sameNoun: true },
    { re: re(`${S}${any('that, those')}\\s+${ADJECTIVE}(${any('time, day, week, month, moment')})${E}`), sameNoun: true, exempt: EN_WHEN },
    { re: re(`${S}(?:${any('at the time, back then, at that point, after that, before that, at first')}${E}|${any('then, afterwards, afterward, later, next')}${END})`), exempt: EN_WHEN },
  ],
  named: re(`${S}(?:${any('the, a, an, your, our, their, my, his, her, its, each, every, another')}\\s+\\p{L}|${any('which, what')}\\s+(?!${any('do, did, does, is, was, were, are, have, has, had, would, will, could, can, should, might, made, makes, make, happened, happens, happen, got, gets, you, else, if, went, kind')}${E})\\p{L})`),
  options: [
    dashList('or'),
    colonList('or'),
    shortList('or'),
    re(`\\((?:e\\.g\\.|eg${E}|i\\.e\\.|for example|for instance|such as|like${E})[^)]{0,200}\\)`),
    re(`${S}(?:such as|for example|for instance|e\\.g\\.)\\s`),
    re(`,\\s*like\\s+[^,?]{1,60}\\s+or\\s`),
    re(`,\\s*[\\p{L} ]{1,30},\\s*(?:or|and) ${any('something else, anything else, other, others')}${E}`),
  ],
};

const FR: QuestionRules = {
  yesNo: re(`^(?:est-ce qu|y a-t-il${E}|\\p{L}+-(?:t-)?${any('vous, tu, il, ils, elle, elles, on')}${E})`),
  invitation: re(`^${any('pouvez, pourriez, voulez, voudriez')}-vous\\s+(?:me\\s+|nous\\s+)?${any('raconter, décrire, expliquer, parler, dire, montrer, détailler, partager')}${E}`),
  open: () => '"Comment…" or "Qu’est-ce qui…"',
  leadBack: re(`^${any('et, aussi, alors, puis, donc, mais, ensuite, sinon')}${E}`),
  pointers: [
    { re: re(`${S}${any('ça, cela, ceci, celui-là, celle-là, celui-ci, celle-ci')}${E}`) },
    { re: re(`${S}(?:l['’]|${any('les, en, y')}\\s+)\\p{L}+-(?:t-)?${any('vous, tu, il, ils, elle, elles')}${E}`) },
    { re: re(`${S}${any('cette, ce, cet, ces')}\\s+(${any('expérience, situation, étape, décision, problème, cas, choix, outil, échange, conversation, souci')})${E}`), sameNoun: true },
    { re: re(`${S}${any('cette, ce, cet')}\\s+(${any('fois, période, moment, jour')})${E}`), sameNoun: true, exempt: FR_WHEN },
    { re: re(`${S}(?:${any("à ce moment-là, à l['’]époque, sur le moment, après coup")}${E}|ensuite${END})`), exempt: FR_WHEN },
  ],
  named: re(`${S}(?:${any('le, la, les, un, une, des, du, au, aux, votre, vos, notre, nos, leur, leurs, quel, quelle, quels, quelles')}\\s+\\p{L}|l['’]\\p{L})`),
  options: [
    dashList('ou'),
    colonList('ou'),
    shortList('ou'),
    re(`\\((?:p\\. ?ex|par ex|comme${E})[^)]{0,200}\\)`),
    re(`${S}(?:par exemple|notamment|tels que|telles que|tel que|telle que)${E}`),
    re(`,\\s*comme\\s+[^,?]{1,60}\\s+ou\\s`),
  ],
};

const ES_ASKING = any('qué, cómo, cuándo, dónde, adónde, cuál, cuáles, quién, quiénes, cuánto, cuánta, cuántos, cuántas, por qué, para qué');

const ES: QuestionRules = {
  // Spanish marks a question with "¿", not with word order: a "¿" part with no question word near its start asks yes or no.
  yesNo: re(`^(?:¿\\s*(?!(?:\\p{L}+\\s+){0,2}${ES_ASKING}${E})\\p{L}|${any('tienes, tiene, tuviste, tuvo, has, ha, habías, es, eres, fue, estás, está, estabas, hay, hubo, crees, puedes, podrías, quieres, usas, usaste')}${E})`),
  invitation: re(`^¿?\\s*${any('puedes, podrías, puede, podría, quieres, querrías')}\\s+${any('contarme, contarnos, describir, describirme, describirnos, explicarme, explicarnos, hablarme, hablarnos, decirme, mostrarme, compartir')}${E}`),
  open: () => '"¿Cómo…?" or "¿Qué…?"',
  leadBack: re(`^¿?\\s*${any('y, también, entonces, además, pero, luego, o sea')}${E}`),
  pointers: [
    { re: re(`${S}${any('eso, esto, ello, aquello, al respecto')}${E}`) },
    { re: re(`${S}${any('ese, esa, esos, esas, este, esta')}${END}`) },
    { re: re(`${S}${any('cómo, por qué, cuándo, dónde, qué tal')}\\s+${any('lo, la, los, las')}\\s+\\p{L}+${any('aste, iste, aron, ieron')}${E}`) },
    { re: re(`${S}${any('ese, esa, este, esta, aquel, aquella')}\\s+(${any('problema, caso, experiencia, situación, paso, cambio, decisión, herramienta, conversación')})${E}`), sameNoun: true },
    { re: re(`${S}${any('ese, esa, aquel, aquella')}\\s+(${any('momento, vez, día, época')})${E}`), sameNoun: true, exempt: ES_WHEN },
    { re: re(`${S}${any('entonces, después')}${END}`), exempt: ES_WHEN },
  ],
  named: re(`${S}${any('el, la, los, las, un, una, unos, unas, tu, tus, su, sus, nuestro, nuestra, nuestros, nuestras, del, al')}\\s+\\p{L}`),
  options: [
    dashList('[ou]'),
    colonList('[ou]'),
    shortList('[ou]'),
    re(`\\((?:p\\. ?ej|por ejemplo|como${E})[^)]{0,200}\\)`),
    re(`${S}(?:por ejemplo|tales como|tal como)${E}`),
    re(`,\\s*como\\s+[^,?]{1,60}\\s+[ou]\\s`),
  ],
};

const DE: QuestionRules = {
  // German imperatives also put the verb first ("Erzählen Sie…", "Denken Sie an…"): only a sentence ending in "?" asks yes or no.
  yesNo: re(`^${any('haben, hast, habt, hatten, hattest, hat, hatte, ist, sind, seid, war, waren, warst, bist, gibt es, gab es, können, kannst, konnten, könnten, könntest, würden, würdest, würde, wirst, werden, wird, sollten, solltest, sollte, fanden, fandest, finden, findest, nutzen, nutzt, nutzten, verwenden, verwendest, verwendeten, mögen, magst, mochten, möchten, möchtest, wollen, willst, wollten, wissen, weißt, kennen, kennst, müssen, musst, mussten, dürfen, hätten, hättest, wären, wärst, gefällt, gefiel, hilft, half, funktioniert, funktionierte, klappt, klappte, lief, kam, kamen')}${E}[^.!?]{0,500}(?:\\?|$)`),
  invitation: re(`^${any('können, könnten, würden, möchten')}\\s+sie\\s+[^?]{0,200}?${any('erzählen, beschreiben, erklären, schildern, zeigen, berichten, durchgehen')}${E}`),
  open: () => '"Wie…" or "Was…"',
  leadBack: re(`^${any('und, auch, dann, also, aber, danach, außerdem')}${E}`),
  pointers: [
    { re: re(`${S}${any('damit, dabei, danach, davon, darüber, dazu, darauf, daran, dafür, dagegen, dadurch, deswegen, deshalb, damals')}${E}`) },
    // German nouns are capitalised, so "das" before lower-case words up to the end is the pronoun ("Wie haben Sie das gelöst?").
    { re: re(`${S}(?:[Dd]as|[Ee]s|[Dd]ies)\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+\\s*(?:[?.!]|$)`, 'u') },
    { re: re(`${S}(?:[Hh]at|[Ww]ar|[Ii]st|[Ll]ief|[Kk]am)\\s+(?:das|dies)(?:${END}|\\s+(?=\\p{Ll}))|${S}(?:[Ww]ar|[Ll]ief|[Ii]st|[Kk]am)\\s+es${END}`, 'u') },
    { re: re(`${S}${any('diese, dieser, dieses, diesem, diesen')}\\s+(${any('Erfahrung, Situation, Problem, Fall, Schritt, Entscheidung, Gespräch, Werkzeug')})${E}`), sameNoun: true },
    { re: re(`${S}${any('diese, dieser, dieses, diesem, diesen')}\\s+(${any('Mal, Moment, Tag, Zeit')})${E}`), sameNoun: true, exempt: DE_WHEN },
    { re: re(`${S}${any('zu dem Zeitpunkt, in dem Moment, zu der Zeit')}${E}`), exempt: DE_WHEN },
  ],
  named: re(`${S}${any('der, die, das, den, dem, des, ein, eine, einen, einem, einer, ihr, ihre, ihren, ihrem, ihrer, unser, unsere, unseren, unserem, welche, welcher, welches, welchen, welchem, vom, zum, zur, beim, im, am')}\\s+\\p{L}`),
  options: [
    dashList('oder'),
    colonList('oder'),
    shortList('oder'),
    re(`\\((?:z\\. ?B\\.|zum Beispiel|etwa${E}|wie${E})[^)]{0,200}\\)`),
    re(`${S}(?:zum Beispiel|z\\. ?B\\.|beispielsweise)`),
    re(`,\\s*${any('etwa, wie')}\\s+[^,?]{1,60}\\s+oder\\s`),
  ],
};

/** The rules by language subtag; plans in other languages are not checked (their wording cannot be read reliably). */
export const QUESTION_RULES: Readonly<Record<string, QuestionRules>> = { en: EN, fr: FR, es: ES, de: DE };
