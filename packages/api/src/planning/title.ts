/** The longest title produced, in characters; longer ones are cut at a word. */
const MAX_TITLE = 60;

// Openers that add nothing to a title: "We want to understand why…" → "Why…".
const PREAMBLE = /^(?:(?:we|i)\s+(?:want|would like|need|hope|aim)\s+to\s+(?:understand|learn|find out|know|explore|discover)\s+|(?:understand|learn|find out|explore|discover)\s+|research(?:ing)?\s+(?:on|into)?\s*)/i;
// "Why do users abandon…" reads as a title once the auxiliary goes: "Why users abandon…".
const QUESTION_AUX = /^(why|how|when|where|what|which)\s+(?:do|does|did)\s+/i;

/** A short human title for a study from its research question, e.g. "Why users abandon the checkout". */
export function titleFromQuestion(researchQuestion: string): string {
  let title = researchQuestion.trim().replace(/\s+/g, ' ').replace(/[?.!]+$/, '');
  title = title.replace(PREAMBLE, '');
  title = title.replace(QUESTION_AUX, (_m, wh: string) => `${wh} `);
  if (title.length > MAX_TITLE) {
    const cut = title.slice(0, MAX_TITLE + 1);
    const space = cut.lastIndexOf(' ');
    title = `${cut.slice(0, space > 20 ? space : MAX_TITLE).replace(/[,;:—-]+$/, '')}…`;
  }
  title = title.charAt(0).toUpperCase() + title.slice(1);
  return title || 'Customer interviews';
}
