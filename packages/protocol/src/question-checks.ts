/** Why a plan question is not fit to ask as it stands, in words a researcher acts on; undefined when it is fine. */
export function questionProblem(text: string, language = 'en'): string | undefined {
  const lang = language.toLowerCase().split('-')[0]!;
  const rules = RULES[lang] ?? RULES.en!;
  const q = text.trim();
  if (rules.yesNo.test(q) && !rules.invitation.test(q)) {
    return `asks for a yes or no ("${firstWords(q)}…"): ask it openly, e.g. starting with "${rules.open}"`;
  }
  // "it" or "that experience" is fine after the question itself named something ("the channel … choose it").
  const unnamed = (re: RegExp) => {
    const found = re.exec(q);
    return found !== null && !rules.named.test(q.slice(0, found.index));
  };
  if (rules.leadBack.test(q) || unnamed(rules.pointer) || unnamed(rules.demonstrative)) {
    return `points back to something it does not name ("${pointerWord(q, rules)}"): say what it is about, so it stands on its own`;
  }
  if (rules.options.some((re) => re.test(q))) return 'suggests answers (a list of options): ask openly and let the participant say';
  return undefined;
}

interface Rules {
  yesNo: RegExp;
  /** Open invitations that start like a yes/no question ("Could you walk me through…"). */
  invitation: RegExp;
  open: string;
  /** A question that opens as if it continued the one before ("And…", "Also,"). */
  leadBack: RegExp;
  /** "it"/"that" as the object of a verb or preposition, closing a clause. */
  pointer: RegExp;
  /** "that experience", "this one": fine only after the question itself named something. */
  demonstrative: RegExp;
  named: RegExp;
  options: RegExp[];
}

// Each pattern is anchored or bounded and free of nested quantifiers: linear on a 500-character question.
const RULES: Record<string, Rules> = {
  en: {
    yesNo: /^(?:do|does|did|is|are|was|were|have|has|had|will|would|should|shall|can|could|may|might|am)\b/i,
    invitation: /^(?:could|can|would|will) you (?:please )?(?:tell|walk|describe|share|explain|talk|take|show|give|think|recall|remember|help me understand)\b/i,
    open: 'How…" or "What…',
    leadBack: /^(?:and|also|then|so|but)\b/i,
    pointer: /\b(?:did|do|does|doing|done|handle|handled|about|with|through|fix|fixed|solve|solved|choose|chose|pick|picked|like|liked|use|used)\s+(?:it|that|this|them)\s*(?:[?.!,]|$|\b(?:at|for|in|on|when|then|again|afterwards)\b)|\bwhy (?:that|this) one\b/i,
    demonstrative: /\b(?:that|this|those|these) (?:one|experience|issue|problem|moment|situation|case|conversation|step|change|feature)\b/i,
    named: /\b(?:the|a|an|your|our|their|my|which)\s+\p{L}/iu,
    options: [/\s[—–-]\s[^—–?]{0,120},[^—–?]{0,120}\bor\b/i, /\((?:e\.g\.|for example|such as|like)[^)]{0,200}\)/i, /\b(?:such as|for example|e\.g\.)\s/i, /,\s*[\p{L} ]{1,30},\s*(?:or|and) (?:something else|anything else|other)\b/iu],
  },
  fr: {
    yesNo: /^(?:est-ce que|est-ce qu['’]|avez-vous|aviez-vous|as-tu|êtes-vous|étiez-vous|es-tu|y a-t-il|pensez-vous|trouvez-vous|pouvez-vous|voulez-vous)\b/i,
    invitation: /^pouvez-vous (?:me )?(?:raconter|décrire|expliquer|parler|dire)\b/i,
    open: 'Comment…" ou "Qu’est-ce qui…',
    leadBack: /^(?:et|aussi|alors|puis|donc|mais)\b/i,
    pointer: /\b(?:avec|pour|après|avant|sur)\s+(?:ça|cela|celui-ci|celle-ci)\s*(?:[?.!,]|$)|\b(?:l['’]avez|les avez)\s+\p{L}+\s*\?/iu,
    demonstrative: /\b(?:cette (?:expérience|fois|situation|étape)|ce (?:moment|problème|cas)|celui-là|celle-là)\b/i,
    named: /\b(?:le|la|les|un|une|votre|vos|notre|nos|l['’])\s*\p{L}/iu,
    options: [/\s[—–-]\s[^—–?]{0,120},[^—–?]{0,120}\bou\b/i, /\((?:par ex|comme)[^)]{0,200}\)/i, /\b(?:par exemple|comme par exemple)\s/i],
  },
  es: {
    yesNo: /^¿?\s*(?:tienes|tiene|tuviste|tuvo|has|ha|habías|es|eres|fue|fueron|estás|está|estabas|hay|hubo|crees|te gustó|puedes|podrías|quieres)\b/i,
    invitation: /^¿?\s*(?:puedes|podrías) (?:contarme|describir|describirme|explicarme|explicar|hablarme)\b/i,
    open: '¿Cómo…?" o "¿Qué…?',
    leadBack: /^¿?\s*(?:y|también|entonces|además|pero)\b/i,
    pointer: /\b(?:con|para|después de|antes de|sobre)\s+(?:eso|esto|ello)\s*(?:[?.!,]|$)|\bpor qué (?:ese|esa|eso)\s*\?/i,
    demonstrative: /\b(?:esa (?:experiencia|vez|situación)|ese (?:momento|problema|caso)|aquella vez)\b/i,
    named: /\b(?:el|la|los|las|un|una|tu|tus|nuestro|nuestra)\s+\p{L}/iu,
    options: [/\s[—–-]\s[^—–?]{0,120},[^—–?]{0,120}\bo\b/i, /\((?:p\. ?ej\.|por ejemplo|como)[^)]{0,200}\)/i, /\bpor ejemplo\s/i],
  },
  de: {
    yesNo: /^(?:haben|hast|hatten|hattest|ist|sind|war|waren|bist|gibt es|gab es|können|kannst|würden|würdest|wirst|werden|sollten|fanden|finden)\b/i,
    invitation: /^(?:können|könnten) sie (?:mir )?(?:erzählen|beschreiben|erklären|schildern|zeigen)\b/i,
    open: 'Wie…" oder "Was…',
    leadBack: /^(?:und|auch|dann|also|aber)\b/i,
    pointer: /\b(?:damit|dabei|danach|davon|darüber)\s*(?:[?.!,]|$)/i,
    demonstrative: /\b(?:diese (?:Erfahrung|Situation)|dieses (?:Mal|Problem)|dieser (?:Moment|Fall))\b/i,
    named: /\b(?:der|die|das|den|dem|ein|eine|einen|ihr|ihre|ihren|unser|unsere)\s+\p{L}/iu,
    options: [/\s[—–-]\s[^—–?]{0,120},[^—–?]{0,120}\boder\b/i, /\((?:z\. ?B\.|zum Beispiel|etwa)[^)]{0,200}\)/i, /\b(?:zum Beispiel|z\. ?B\.)\s/i],
  },
};

function firstWords(text: string): string {
  return text.split(/\s+/).slice(0, 3).join(' ');
}

function pointerWord(text: string, rules: Rules): string {
  return (rules.leadBack.exec(text) ?? rules.pointer.exec(text) ?? rules.demonstrative.exec(text))?.[0].trim() ?? 'that';
}
