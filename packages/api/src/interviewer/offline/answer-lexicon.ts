/** Words and phrases that carry no detail by themselves: an answer made of them needs a concrete example. */
export const VAGUE_WORDS = [
  'fine', 'ok', 'okay', 'alright', 'meh', 'dunno', 'idk', 'maybe', 'whatever', 'guess', 'suppose', 'normal', 'average',
  'decent', 'so-so', 'depends', 'probably', 'somewhat', 'usual', 'standard',
];

/** Multi-word hedges, matched on the lower-cased answer. */
export const VAGUE_PHRASES = [
  'kind of', 'sort of', 'not sure', 'not really', "don't know", 'do not know', 'no idea', 'nothing much', 'nothing really',
  'hard to say', 'it depends', 'i guess', 'i suppose', 'more or less', 'not much', 'all right', 'so so', 'nothing special',
];

/** Words that name a feeling; a non-negated one makes an answer emotional (stemmed before matching). */
export const EMOTION_WORDS = [
  'angry', 'anger', 'annoyed', 'annoying', 'frustrated', 'frustrating', 'frustration', 'furious', 'hate', 'hated',
  'love', 'loved', 'stressed', 'stressful', 'upset', 'confused', 'confusing', 'disappointed', 'disappointing', 'relieved',
  'relief', 'delighted', 'worried', 'worry', 'scared', 'afraid', 'anxious', 'embarrassed', 'excited', 'terrible',
  'awful', 'horrible', 'amazing', 'fantastic', 'nightmare', 'painful', 'overwhelmed', 'overwhelming', 'panic', 'sad',
  'happy', 'thrilled', 'irritated', 'irritating', 'mad', 'fear', 'rage', 'ignored', 'helpless', 'hopeless',
  'desperate', 'grateful', 'impressed', 'proud', 'embarrassing', 'infuriating', 'shocked', 'surprised', 'exhausted',
];

/** Nouns too general to quote back ("You mentioned the thing…" helps no one). */
export const GENERIC_NOUNS = [
  'thing', 'things', 'stuff', 'lot', 'lots', 'bit', 'kind', 'sort', 'time', 'times', 'way', 'ways', 'one', 'something',
  'anything', 'everything', 'nothing', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'part',
  'question', 'answer', 'idea', 'point', 'case', 'fact', 'reason', 'moment', 'example', 'minute', 'minutes', 'hour', 'hours',
];
