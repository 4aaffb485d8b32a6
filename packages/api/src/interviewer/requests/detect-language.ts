import type { SpokenLanguage } from '../phrasebook/phrasebook.ts';

// Function words that belong to one language only: words shared by two of them ("no", "a", "de", "que", "es",
// "was", "die", "in", "so", "me"…) are left out, since they would make a mixed text look like either.
// Accent-less spellings are listed too, for people who type without them.
const STOP_WORDS: Record<SpokenLanguage, string> = {
  en: `the and is it's that this with for i i'm i've i'd you you're we we're they my our your have had has but not what when
    would could should there just because about be been are were do did does don't didn't can't won't isn't wasn't it of to
    they're their them very really if then than which who how why where after before never always still only into got get
    went thing things something anything nothing please thanks yes yeah maybe much many more most some any she his her him
    us an at by from or need want like think know see`,
  fr: `les des une est et je j' il elle nous vous ils elles qui pas ne n' c' l' d' qu' s' m' ce cette mais pour avec dans
    sur au aux j'ai avait était etait c'est très mon ma mes notre votre leur ça ca aussi plus moi toi oui non parce comme
    quand alors été ete être etre fait peu beaucoup veux voulez dois doit suis sont ont avons rien jamais toujours quoi
    pourquoi où là voilà merci déjà deja encore peut puis faut c'était chez`,
  es: `el los las una y está esta estaba fue pero porque para por con sin muy también tambien yo tú usted mi mis nosotros
    eso esto este lo del al sí qué cómo como cuándo dónde hay tengo tiene quiero puedo era nada algo todo ya pregunta
    gracias cuando donde ahora mucho poco más pues bueno entonces siempre nunca hace hacer sé soy estoy aquí estamos
    tenemos hemos he ha han`,
  de: `der die das und ist nicht ich sie wir ihr mit auf für fur von zu den dem ein eine einen war hat haben habe hatte
    aber auch noch schon nur sehr dann wenn weil dass mein meine wie wo warum kann können konnen muss möchte mochte bitte
    jetzt gleich immer mich mir uns kein keine nichts doch gar wurde wird frage oder weiß weiss sind bin bist gibt ja nein
    danke sich zum zur beim eigentlich einfach wieder`,
};

const LISTS = Object.entries(STOP_WORDS).map(
  ([language, words]) => [language as SpokenLanguage, new Set(words.split(/\s+/).filter((w) => w !== ''))] as const,
);

// Letters only one of the four languages writes.
const LETTERS: [SpokenLanguage, RegExp][] = [
  ['es', /[ñ¿¡]/u],
  ['de', /[ßäöü]/u],
  ['fr', /[çœèêàùâîôûëï]/u],
];

// A French word with an elided article or pronoun ("j'arrête", "l'export", "qu'est-ce").
const ELISION = /^(?:j|l|c|d|n|qu|s|m|t)'\p{L}/u;

/** The language a text is written in (en/fr/es/de) by its function words, or undefined when too short or mixed. */
export function detectLanguage(text: string): SpokenLanguage | undefined {
  const lower = text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
  const words = lower.match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  if (words.length < 2) return undefined;
  const score: Record<SpokenLanguage, number> = { en: 0, fr: 0, es: 0, de: 0 };
  for (const word of words) {
    for (const [language, list] of LISTS) if (list.has(word)) score[language]++;
    if (ELISION.test(word) && !LISTS[0]![1].has(word)) score.fr++;
  }
  for (const [language, letters] of LETTERS) if (letters.test(lower)) score[language] += 1;
  const ranked = (Object.entries(score) as [SpokenLanguage, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0]!, ranked[1]!];
  if (best[1] === 0) return undefined;
  // Mixed text (or a proper name or two in another language) must not tip it: the winner needs twice the runner-up.
  if (best[1] < 2 * second[1]) return undefined;
  return best[0];
}
