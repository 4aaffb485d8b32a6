/**
 * Lemmas too common in interviews to say what a sentence is about ("thing", "really", "product"), left out of theme
 * features and of retrieval terms. Sentiment still reads them.
 */
export const GENERIC_LEMMAS = new Set(
  `be have do get got make go know think say tell want need use thing stuff lot bit time way really just also actually
  pretty quite very much kind sort something anything everything nothing one people guy person product company tool app
  application platform software service team work day week month year today yesterday last first good great bad fine
  okay ok nice well better best worse little big new old other same different own sure able like feel seem look come
  take give try keep put let start help back yes no maybe honestly definitely probably basically overall experience
  issue problem question answer thank thanks mean guess lot whole even still ever already again part point case end
  right left long short high low many few more most less least hard easy able usually always often never sometimes
  happen happened call thought felt said told went came gave took made bit couple stuff things wasn isn don didn
  doesn couldn wouldn`.split(/\s+/).filter(Boolean),
);
