// Types for the one untyped part of wink-eng-lite-web-model that nlp.ts loads directly (see modelForOnePipeline).
declare module 'wink-eng-lite-web-model/dist/cer-transformers.js' {
  const transformers: unknown[];
  export default transformers;
}
