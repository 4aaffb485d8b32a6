import { describe, expect, it } from 'vitest';
import { fill, phrasebookFor } from './index.ts';
import type { Phrasebook, QuestionBackTopic, SpokenLanguage } from './phrasebook.ts';
import type { EndReason } from '../../domain/records.ts';
import type { Rung } from '../state.ts';

const LANGUAGES = ['en', 'fr', 'es', 'de'] as const satisfies readonly SpokenLanguage[];
const BOOKS = LANGUAGES.map((l) => phrasebookFor(l)!);
const RUNGS = ['when', 'what_happened', 'what_did', 'feel', 'end', 'why_matters', 'example'] as const satisfies readonly Rung[];
const END_REASONS = ['completed', 'dismissed', 'participant_stopped', 'turn_budget', 'time_budget'] as const satisfies readonly EndReason[];
const TOPICS = ['ai', 'who_reads', 'why', 'how_long', 'privacy', 'who_are_you', 'other'] as const satisfies readonly QuestionBackTopic[];
// Compile-time: the lists above name every rung, end reason and topic there is.
const everyRung: [Exclude<Rung, (typeof RUNGS)[number]>] extends [never] ? true : false = true;
const everyEndReason: [Exclude<EndReason, (typeof END_REASONS)[number]>] extends [never] ? true : false = true;
const everyTopic: [Exclude<QuestionBackTopic, (typeof TOPICS)[number]>] extends [never] ? true : false = true;
void [everyRung, everyEndReason, everyTopic];

const PLACEHOLDERS = new Set(['title', 'researcher', 'team', 'question', 'quote', 'x', 'language', 'rung', 'earlier', 'intent']);
/** What a question is for, turned to the second person, per language. */
const INTENTS: Record<SpokenLanguage, string> = { en: 'what you set out to do in the trial', fr: 'ce que vous vouliez faire pendant l’essai', es: 'lo que querías hacer durante la prueba', de: 'was Sie in der Testphase erreichen wollten' };

/** Typical values a caller fills in, in each language: noun phrases of every gender and number, clauses, a plan question. */
const SAMPLES: Record<SpokenLanguage, { x: string[]; quote: string; earlier: string; question: string; echoed: string; team: string[] }> = {
  en: { x: ['the billing page', 'the invoices', 'your manager'], quote: 'you waited two days for an answer', earlier: 'the agent was friendly', question: 'Which channel did you use?', echoed: 'got done', team: ['the research team', 'Dana Reyes'] },
  fr: { x: ['la page de facturation', 'le support', 'les factures', 'l’essai gratuit'], quote: 'vous avez attendu deux jours', earlier: 'l’agent était aimable', question: 'Quel canal avez-vous utilisé\u00a0?', echoed: 'workflow', team: ['l’équipe de recherche', 'Anne Martin'] },
  es: { x: ['la página de pagos', 'el soporte', 'las facturas'], quote: 'esperaste dos días', earlier: 'el agente fue amable', question: '¿Qué canal usaste?', echoed: 'flujo', team: ['el equipo de investigación', 'Dana Reyes'] },
  de: { x: ['die Rechnungsseite', 'der Support', 'die Rechnungen'], quote: 'Sie haben zwei Tage gewartet', earlier: 'Der Support war freundlich', question: 'Welchen Kanal haben Sie genutzt?', echoed: 'Workflow', team: ['das Forschungsteam', 'Dana Reyes'] },
};

/** Words that praise or judge an answer; none may appear in any acknowledgement (thanks are fine, except in `plain`). */
const JUDGING: Record<SpokenLanguage, RegExp> = {
  en: /\b(?:great|good|helpful|useful|interesting|perfect|excellent|awesome|wonderful|nice|terrible|awful|fault)\b/i,
  fr: /utile|super|génial|excellent|parfait|intéressant|très bien|bravo|formidable|terrible|horrible|faute/i,
  es: /útil|genial|excelente|perfect|muy bien|interesante|estupendo|terrible|horrible|culpa/i,
  de: /hilfreich|super|toll|prima|perfekt|interessant|schön|klasse|wunderbar|\bgut\b|schrecklich|furchtbar|schuld/i,
};
/** Thanks and praise: nothing of it after a non-answer. */
const THANKS: Record<SpokenLanguage, RegExp> = { en: /thank|sharing|appreciate/i, fr: /merci|partag/i, es: /gracias|compart/i, de: /danke|dank\b|teilen/i };
const AUTOMATED: Record<SpokenLanguage, RegExp> = { en: /automated/, fr: /automatisé/, es: /automático/, de: /automatisierter/ };
const NOT_A_PERSON: Record<SpokenLanguage, RegExp> = { en: /not a person/, fr: /pas une personne/, es: /no una persona/, de: /keine Person/ };
const MAY_STOP: Record<SpokenLanguage, RegExp> = { en: /stop at any time/, fr: /arrêter à tout moment/, es: /parar cuando quieras/, de: /jederzeit aufhören/ };
const STOPS_HERE: Record<SpokenLanguage, RegExp> = { en: /stop here/, fr: /nous arrêtons là/, es: /lo dejamos aquí/, de: /hören hier auf/ };
const TITLE_QUOTED: Record<SpokenLanguage, string> = { en: '“{title}”', fr: '«\u00a0{title}\u00a0»', es: '«{title}»', de: '„{title}“' };

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const count = (text: string, ch: string) => text.split(ch).length - 1;
/** The structure of a book: every key path, lists as one leaf. */
const shape = (value: unknown, path = ''): string[] =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).flatMap(([k, v]) => shape(v, `${path}.${k}`)) : [path];

const lowerFirst = (text: string) => text.replace(/^([¿¡]?)(\p{Lu})/u, (_m, mark: string, ch: string) => mark + ch.toLowerCase());
/** What a caller puts after a frame: lower-cased first letter when the book runs on, as it is otherwise. */
const runOn = (book: Phrasebook, text: string) => (book.lowerCaseAfterFrame ? lowerFirst(text) : text);

/** Sentences a book says without asking anything. */
const statements = (b: Phrasebook) => [
  ...strings(b.greeting), ...strings(b.acknowledgements), ...strings(b.wrapUp), ...strings(b.questionBack),
  b.offTopic, b.timePressure, b.continueIn, ...b.backToQuestion, b.team, ...strings(b.languageNames),
];

/** Every question a book can ask in its own words, filled as a caller fills it, with each sample noun phrase. */
function questionsOf(book: Phrasebook): string[] {
  const s = SAMPLES[book.language];
  const question = runOn(book, s.question);
  const out: string[] = [...strings(book.probes.plain)];
  for (const x of s.x) {
    out.push(...strings(book.probes.aboutPhrase).map((t) => fill(t, { x })));
    out.push(...book.bridges.map((t) => fill(t, { x, question })));
  }
  for (const rung of strings(book.probes.plain)) out.push(...book.probes.quoteFrames.map((t) => fill(t, { quote: s.quote, rung: runOn(book, rung) })));
  out.push(...(book.contradiction ?? []).map((t) => fill(t, { earlier: s.earlier, quote: s.quote })));
  out.push(...[...book.clarify.simpler, ...book.clarify.reframe].map((frame) => `${frame} ${question}`));
  out.push(...book.clarify.echo.map((t) => fill(t, { x: s.echoed, question })));
  out.push(...(book.clarify.aboutIntent ?? []).map((t) => fill(t, { intent: INTENTS[book.language] })));
  return out;
}

/** Every string of a book with its placeholders filled by sample values, once per sample noun phrase and team. */
function filledOf(book: Phrasebook): string[] {
  const s = SAMPLES[book.language];
  const other = LANGUAGES.find((l) => l !== book.language)!;
  const out: string[] = [];
  for (const [i, x] of s.x.entries()) {
    const values = { x, team: s.team[i % s.team.length]!, title: 'Onboarding', researcher: s.team[1]!, question: runOn(book, s.question), quote: s.quote, earlier: s.earlier, rung: runOn(book, book.probes.plain.what_happened[0]!), language: book.languageNames[other], intent: INTENTS[book.language] };
    out.push(...strings(book).map((t) => fill(t, values)));
  }
  return out;
}

describe.each(BOOKS.map((b) => [b.language, b] as const))('the %s phrasebook', (language, book) => {
  it('is the book of its language, shaped like every other book', () => {
    expect(book.language).toBe(language);
    expect(shape(book).sort()).toEqual(shape(BOOKS[0]).sort());
    expect(Object.keys(book.probes.plain).sort()).toEqual([...RUNGS].sort());
    expect(Object.keys(book.probes.aboutPhrase).sort()).toEqual([...RUNGS].sort());
    expect(Object.keys(book.wrapUp).sort()).toEqual([...END_REASONS].sort());
    expect(Object.keys(book.questionBack).sort()).toEqual([...TOPICS].sort());
    expect(Object.keys(book.languageNames).sort()).toEqual([...LANGUAGES].sort());
    expect(book.lowerCaseAfterFrame).toBe(language !== 'de');
    for (const text of strings(book)) expect(text.trim(), JSON.stringify(text)).not.toBe('');
  });

  it('has variants to rotate through in every list', () => {
    for (const list of Object.values(book.acknowledgements)) {
      expect(list.length).toBeGreaterThanOrEqual(4);
      expect(list.length).toBeLessThanOrEqual(6);
    }
    for (const list of [...Object.values(book.probes.plain), ...Object.values(book.probes.aboutPhrase)]) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(4);
    }
    for (const list of [book.probes.quoteFrames, book.contradiction ?? [], book.clarify.simpler, book.clarify.reframe, book.clarify.echo, book.bridges, book.backToQuestion]) {
      expect(list.length).toBeGreaterThanOrEqual(2);
    }
    for (const list of [...Object.values(book.acknowledgements), ...Object.values(book.probes.plain), ...Object.values(book.probes.aboutPhrase)]) {
      expect(new Set(list).size, list.join(' | ')).toBe(list.length);
    }
  });

  it('uses only the documented placeholders, each where it belongs', () => {
    for (const text of strings(book)) for (const name of placeholdersOf(text)) expect(PLACEHOLDERS.has(name), text).toBe(true);
    const uses = (texts: string[], required: string[], optional: string[] = []) => {
      for (const text of texts) {
        const found = placeholdersOf(text);
        for (const name of required) expect(found, text).toContain(name);
        for (const name of found) expect([...required, ...optional], text).toContain(name);
      }
    };
    uses([...strings(book.acknowledgements), ...strings(book.probes.plain), ...book.clarify.simpler, ...book.clarify.reframe, ...strings(book.wrapUp), book.timePressure, ...book.backToQuestion, book.team, ...strings(book.languageNames)], []);
    uses([book.greeting.withResearcher], ['title', 'researcher']);
    uses([book.greeting.withoutResearcher], ['title']);
    uses(strings(book.probes.aboutPhrase), ['x']);
    uses(book.probes.quoteFrames, ['quote', 'rung']);
    uses(book.contradiction ?? [], ['earlier', 'quote']);
    uses(book.clarify.echo, ['question'], ['x']);
    uses(book.clarify.aboutIntent ?? [], ['intent']);
    uses(book.bridges, ['x', 'question']);
    uses(strings(book.questionBack), [], ['team']);
    uses([book.questionBack.who_reads, book.questionBack.privacy, book.questionBack.why, book.offTopic], ['team']);
    uses([book.continueIn], ['language']);
  });

  it('asks nothing in an acknowledgement, a closing, an answer to a question back, a notice or a lead-in', () => {
    for (const text of statements(book)) expect(text, text).not.toMatch(/[?¿]/);
  });

  it('gives every follow-up and rewording, filled in, exactly one question, at its end', () => {
    for (const text of questionsOf(book)) {
      expect(count(text, '?'), text).toBe(1);
      expect(text.endsWith('?'), text).toBe(true);
      // Spanish opens every question with "¿"; the other languages never use it.
      expect(count(text, '¿'), text).toBe(language === 'es' ? 1 : 0);
    }
  });

  it('reads cleanly once filled: no doubled spaces or punctuation, no stray space before a comma or full stop', () => {
    for (const text of [...questionsOf(book), ...filledOf(book)]) {
      expect(text, text).not.toMatch(/ {2}|\s[,.]|[.,:;]\s*[.,:;]|[—–]\s*[—–]/);
      expect(text, text).not.toMatch(/[{}]/);
    }
  });

  it('puts text after a frame the way `lowerCaseAfterFrame` says', () => {
    const before = (frame: string, slot: string) => frame.slice(0, frame.indexOf(slot)).trimEnd();
    const leadIns = [
      ...book.probes.quoteFrames.map((f) => before(f, '{rung}')),
      ...book.bridges.map((f) => before(f, '{question}')),
      ...book.clarify.echo.map((f) => before(f, '{question}')),
      ...book.clarify.simpler.map((f) => f.trimEnd()),
      ...book.clarify.reframe.map((f) => f.trimEnd()),
    ];
    for (const lead of leadIns) {
      if (book.lowerCaseAfterFrame) expect(lead, lead).toMatch(/(?:[—–:,]|\bso|\basí que)$/);
      // German: the frame ends its sentence, so the question keeps its capital.
      else expect(lead, lead).toMatch(/[.:]$/);
    }
    for (const frame of [...book.probes.quoteFrames, ...book.bridges, ...book.clarify.echo]) expect(frame.trimEnd(), frame).toMatch(/\{(?:rung|question)\}$/);
  });

  it('never starts a sentence with a filled-in phrase that may begin with a lower-case article or word', () => {
    // German frames end a sentence before {rung} and {question} on purpose: those start with their own capital.
    const risky = book.lowerCaseAfterFrame ? /(?:^|[.!?]\s+)\{(?:team|x|quote|earlier|question|rung)\}/ : /(?:^|[.!?]\s+)\{(?:team|x|quote|earlier)\}/;
    for (const text of strings(book)) expect(text, text).not.toMatch(risky);
  });

  it('praises nothing after a non-answer, and judges nothing in any acknowledgement', () => {
    for (const text of book.acknowledgements.plain) {
      expect(text, text).not.toMatch(JUDGING[language]);
      expect(text, text).not.toMatch(THANKS[language]);
    }
    for (const text of [...strings(book.acknowledgements), ...strings(book.wrapUp), ...strings(book.questionBack), book.offTopic]) expect(text, text).not.toMatch(JUDGING[language]);
  });

  it('acknowledges a feeling in one short sentence', () => {
    for (const text of book.acknowledgements.empathy) {
      expect(text.split(/(?<=[.!])\s+/), text).toHaveLength(1);
      expect(text.split(/\s+/).length, text).toBeLessThanOrEqual(10);
    }
  });

  it('answers questions back truthfully: automated, read by the team, a few minutes, may stop or skip, no promise of anonymity', () => {
    const qb = book.questionBack;
    expect(qb.ai).toMatch(AUTOMATED[language]);
    expect(qb.ai).toMatch(NOT_A_PERSON[language]);
    expect(qb.who_are_you).toMatch(AUTOMATED[language]);
    expect(qb.other).toMatch(AUTOMATED[language]);
    expect(qb.how_long).toMatch(MAY_STOP[language]);
    for (const text of strings(qb)) {
      expect(text.split(/(?<=[.!])\s+/).length, text).toBeLessThanOrEqual(2);
      expect(text, text).not.toMatch(/anonym|anónim|confiden|vertraulich|never shared|jamais partagé|nunca se comparte/i);
    }
  });

  it('stops at once when the participant asks, and closes every interview without a question', () => {
    expect(book.wrapUp.participant_stopped).toMatch(STOPS_HERE[language]);
    expect(book.wrapUp.participant_stopped.split(/(?<=[.!])\s+/).length).toBeLessThanOrEqual(2);
  });

  it('quotes the study title with the language’s own quotation marks, and uses typographic apostrophes', () => {
    expect(book.greeting.withResearcher).toContain(TITLE_QUOTED[language]);
    expect(book.greeting.withoutResearcher).toContain(TITLE_QUOTED[language]);
    for (const text of strings(book)) expect(text, text).not.toMatch(/["']/);
  });

  it('keeps to one register', () => {
    const other: Record<SpokenLanguage, RegExp> = {
      en: /^$/,
      fr: /\b(?:tu|toi|ton|ta|tes|te)\b|\bt’/i,
      es: /\busted(?:es)?\b|\bsu(?:s)?\b/i,
      de: /\b(?:du|dich|dir|dein\w*)\b/,
    };
    for (const text of strings(book)) if (language !== 'en') expect(text, text).not.toMatch(other[language]);
  });
});

describe('grammar around filled-in phrases', () => {
  it('French: no "de le", "à les" or "que il" once filled, and non-breaking spaces before ? ! : ; » and after «', () => {
    const fr = phrasebookFor('fr')!;
    for (const text of [...questionsOf(fr), ...filledOf(fr)]) expect(text, text).not.toMatch(/\b(?:de|à) (?:le|les)\b|\bque (?:il|elle|on|un|une|Anne)\b|\bde (?:Anne|l’équipe)/i);
    for (const text of strings(fr)) {
      expect(text, text).not.toMatch(/[^\u00a0\u202f][?!:;»]/);
      expect(text, text).not.toMatch(/«[^\u00a0\u202f]/);
    }
    expect(fill(fr.greeting.withoutResearcher, { title: 'Mon étude' })).toContain('«\u00a0Mon étude\u00a0»');
    expect(fill(fr.probes.quoteFrames[0]!, { quote: 'vous avez attendu', rung: 'que s’est-il passé\u00a0?' })).toBe('Si je comprends bien, vous avez attendu\u00a0: que s’est-il passé\u00a0?');
  });

  it('Spanish: no "de el" or "a el" once filled, with "el soporte" or "el equipo de investigación"', () => {
    const es = phrasebookFor('es')!;
    for (const text of [...questionsOf(es), ...filledOf(es)]) expect(text, text).not.toMatch(/\b(?:de|a) el\b/i);
    expect(fill(es.probes.quoteFrames[0]!, { quote: 'esperaste dos días', rung: '¿qué pasó después?' })).toBe('Dijiste que esperaste dos días, ¿qué pasó después?');
  });

  it('German: {x} only alone before a dash or in quotation marks, {team} never after a dative', () => {
    const de = phrasebookFor('de')!;
    for (const text of strings(de)) {
      for (const m of text.matchAll(/\{x\}/g)) expect(text.slice(Math.max(0, m.index - 4), m.index + 6), text).toMatch(/^(?:Und \{x\} –|.*„\{x\}“)/);
      expect(text, text).not.toMatch(/\b(?:von|mit|zu|zum|bei|aus|nach|seit|gegenüber|dem|hilft|zeigt)\s+\{team\}/);
    }
    // The question after a frame keeps its capital: nouns stay capitalised.
    expect(fill(de.bridges[0]!, { x: 'der Support', question: 'Welchen Kanal haben Sie genutzt?' })).toBe('Ein Stichwort von Ihnen war „der Support“. Welchen Kanal haben Sie genutzt?');
  });

  it('English: no sentence starts with "the research team" and {x} reads with a plural', () => {
    const en = phrasebookFor('en')!;
    for (const text of filledOf(en).filter((t) => t !== en.team)) expect(text, text).not.toMatch(/(?:^|[.!?]\s+)the research team/);
    for (const text of strings(en.probes.aboutPhrase)) expect(fill(text, { x: 'the invoices' }), text).not.toMatch(/the invoices (?:is|was|has|does|matters)\b/);
  });
});

describe('phrasebookFor', () => {
  it.each([
    ['en', 'en'], ['en-GB', 'en'], ['EN-us', 'en'], ['fr', 'fr'], ['FR', 'fr'], ['fr-CA', 'fr'], ['es-MX', 'es'], ['es-419', 'es'],
    ['de-AT', 'de'], ['de-CH', 'de'], ['de_DE', 'de'], [' de-DE ', 'de'],
  ])('maps %j to the %s book', (tag, language) => {
    expect(phrasebookFor(tag)!.language).toBe(language);
  });

  it.each(['ja', 'it', 'it-IT', 'pt-BR', 'zh-Hant-TW', '', 'english', 'eng', 'constructor', '__proto__', 'toString'])('speaks no %j', (tag) => {
    expect(phrasebookFor(tag)).toBeUndefined();
  });
});

describe('fill', () => {
  it('fills every placeholder, the same one more than once', () => {
    expect(fill('Hi {x}', { x: 'there' })).toBe('Hi there');
    expect(fill('{x} and {x}, {y}', { x: 'a', y: 'b' })).toBe('a and a, b');
  });

  it('refuses a template with a placeholder it has no value for, naming it', () => {
    expect(() => fill('Hi {x}', {})).toThrow(/\{x\}/);
    expect(() => fill('Hi {x}', { y: 'there' })).toThrow(/\{x\}/);
    expect(() => fill('Hi {constructor}', {})).toThrow(/\{constructor\}/);
  });

  it('takes values literally, in one pass', () => {
    expect(fill('{x}', { x: '{y}' })).toBe('{y}');
    expect(fill('{x}', { x: '$& $1 $$' })).toBe('$& $1 $$');
    expect(fill('{x}', { x: '' })).toBe('');
  });

  it('leaves French non-breaking spaces alone', () => {
    expect(fill('«\u00a0{title}\u00a0» ; {x}\u00a0?', { title: 'T', x: 'X' })).toBe('«\u00a0T\u00a0» ; X\u00a0?');
  });
});
