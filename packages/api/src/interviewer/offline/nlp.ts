import winkNLP, { type ItsFunction, type Model, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import cerTransformers from 'wink-eng-lite-web-model/dist/cer-transformers.js';
import cerMetaMachines from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-cer-meta-model.json' with { type: 'json' };

/** One English NLP pipeline (wink-nlp with its light web model): create one per interviewer or planner and pass it in. */
export interface TextNlp {
  /** Reads text into annotated tokens and its overall sentiment. */
  read(text: string): ReadText;
}

/** Text as the offline interviewer sees it. */
export interface ReadText {
  tokens: NlpToken[];
  /** Sentiment of the whole text, -1 (very negative) to 1 (very positive). */
  sentiment: number;
}

/** One token with the annotations the offline interviewer and planner use. */
export interface NlpToken {
  value: string;
  /** Lower-cased, with contractions expanded ("'m" → "am"). */
  normal: string;
  lemma: string;
  stem: string;
  /** Universal POS tag, e.g. NOUN, PROPN, VERB, ADJ. */
  pos: string;
  /** True inside the scope of a negation ("not happy"). */
  negated: boolean;
  stopWord: boolean;
  sentence: number;
}

// Named-entity recognition is not used; leaving it out of the pipe makes each document cheaper to read.
const PIPE = ['sbd', 'negation', 'sentiment', 'pos'];

/** Loads the model into a new pipeline (tens of milliseconds, so once per interviewer or planner, never per turn). */
export function createTextNlp(): TextNlp {
  const wink: WinkMethods = winkNLP(modelForOnePipeline(), PIPE);
  const its = wink.its;
  // wink's typings list lemma and stem with an extra parameter; at run time they are ordinary token its-functions.
  const lemma = its.lemma as unknown as ItsFunction<string>;
  const stem = its.stem as unknown as ItsFunction<string>;
  return {
    read(text) {
      const doc = wink.readDoc(text);
      const tokens: NlpToken[] = [];
      doc.sentences().each((sentence, sentenceIndex) => {
        const list = sentence.tokens();
        const values = list.out();
        const normals = list.out(its.normal) as string[];
        const lemmas = list.out(lemma) as string[];
        const stems = list.out(stem) as string[];
        const tags = list.out(its.pos) as string[];
        const negations = list.out(its.negationFlag) as unknown as boolean[];
        const stops = list.out(its.stopWordFlag) as unknown as boolean[];
        values.forEach((value, i) => {
          tokens.push({
            value,
            normal: normals[i] ?? value.toLowerCase(),
            lemma: lemmas[i] ?? value.toLowerCase(),
            stem: stems[i] ?? value.toLowerCase(),
            pos: tags[i] ?? 'X',
            negated: Boolean(negations[i]),
            stopWord: Boolean(stops[i]),
            sentence: sentenceIndex,
          });
        });
      });
      return { tokens, sentiment: Number(doc.out(its.sentiment)) || 0 };
    },
  };
}

/**
 * The model with a metaCER loader of its own. wink-eng-lite-web-model 1.8.1's loader re-stringifies its previous
 * (module-level) result on every load, so each new pipeline in a process got a string escaped once more — slower
 * each time, and a RangeError after a few dozen pipelines. This one stringifies the pristine JSON every time.
 */
function modelForOnePipeline(): Model {
  return { ...(model as Model), metaCER: () => ({ machines: JSON.stringify(cerMetaMachines), transformers: cerTransformers }) };
}
