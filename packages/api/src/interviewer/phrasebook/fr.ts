import type { Phrasebook } from './phrasebook.ts';

/*
 * Written with ordinary spaces for legibility; `frenchSpacing` below puts the non-breaking space French typography
 * wants before ? ! : ; and » and after «, once, when the module loads (fill() leaves it alone).
 *
 * Frames: `{rung}` (quoteFrames) and `{question}` (bridges, clarify.echo, after clarify.simpler/reframe) follow a colon
 * or a comma and take a lower-case first letter (`lowerCaseAfterFrame`), as French typography wants after a colon.
 * `{quote}`, `{earlier}`, `{x}` sit mid-sentence (lower-case unless a name).
 * `{x}` carries its own article ("la page de facturation", "le support", "les factures"). It never follows "de" or "à"
 * ("de le support" would need "du"), and nothing agrees with it: it stands after "concernant", "avec", a direct-object
 * verb, or is picked up by "cela"/"c’" ("Et le support, c’était quand ?").
 * `{team}`/`{researcher}` never start a sentence and never follow "de" or "que" (a name such as "Anne" would need
 * "d’"/"qu’"): they follow "par", "pour", "à" or stand as subject mid-sentence.
 * `{quote}` never follows "que" either ("que il…"): the frames put it after "Si je comprends bien,".
 * The speaker's own gender never shows ("ma question n’était pas claire", not "j’aurais pu être plus clair"), nor the
 * participant's ("Qu’avez-vous ressenti", not "Comment vous êtes-vous senti").
 */

/** The built-in interviewer's own words in French (vous; non-breaking spaces before ? ! : ; as French typography wants). */
export const fr: Phrasebook = frenchSpacing({
  language: 'fr',
  languageNames: { en: 'anglais', fr: 'français', es: 'espagnol', de: 'allemand' },
  greeting: {
    withResearcher: 'Bonjour, merci de participer à « {title} ». Je vais vous poser quelques questions pour {researcher} ; il n’y a pas de bonne ou de mauvaise réponse.',
    withoutResearcher: 'Bonjour, merci de participer à « {title} ». Je vais vous poser quelques questions ; il n’y a pas de bonne ou de mauvaise réponse.',
  },
  acknowledgements: {
    neutral: ['Merci.', 'Merci pour ces explications.', 'Entendu, merci.', 'Bien compris, merci.', 'Merci de me l’avoir dit.'],
    empathy: ['Cela semble vraiment frustrant.', 'Je regrette que cela vous soit arrivé.', 'Cela semble avoir été difficile à vivre.', 'Cela semble vraiment pénible.', 'Je comprends que cela ait été stressant.'],
    skip: ['Pas de problème, nous pouvons la passer.', 'D’accord, laissons cette question de côté.', 'Bien sûr, nous la laissons de côté.', 'Aucun problème.'],
    plain: ['D’accord.', 'Entendu.', 'C’est noté.', 'Je vois.', 'Bien reçu.'],
    story: ['Merci de m’avoir raconté cela en détail.', 'Merci de m’avoir expliqué comment cela s’est passé.', 'Merci, je me représente mieux la situation.', 'Merci d’avoir décrit les choses pas à pas.'],
  },
  probes: {
    plain: {
      when: ['C’était quand, à peu près ?', 'Quand est-ce arrivé ?', 'À quel moment était-ce, à peu près ?'],
      what_happened: ['Que s’est-il passé ensuite ?', 'Que s’est-il passé après ?', 'Et ensuite, que s’est-il passé ?'],
      what_did: ['Qu’avez-vous fait alors ?', 'Qu’avez-vous fait à ce moment-là ?', 'Comment avez-vous réagi ?'],
      feel: ['Qu’avez-vous ressenti à ce moment-là ?', 'Comment l’avez-vous vécu sur le moment ?'],
      end: ['Comment cela s’est-il terminé ?', 'Où en sont les choses aujourd’hui ?', 'Comment cela s’est-il fini, au bout du compte ?'],
      why_matters: ['Pourquoi est-ce important pour vous ?', 'Qu’est-ce qui rend cela important pour vous ?'],
      example: ['Pourriez-vous me raconter la dernière fois que c’est arrivé ?', 'Que s’est-il passé la fois la plus récente ?', 'Pourriez-vous me raconter une fois en particulier ?'],
    },
    aboutPhrase: {
      when: ['Et {x}, c’était quand, à peu près ?', 'Concernant {x}, quand cela s’est-il passé ?'],
      what_happened: ['Que s’est-il passé ensuite avec {x} ?', 'Concernant {x}, que s’est-il passé ensuite ?'],
      what_did: ['Concernant {x}, qu’avez-vous fait ?', 'Et {x}, qu’avez-vous fait à ce moment-là ?'],
      feel: ['Concernant {x}, qu’avez-vous ressenti à ce moment-là ?', 'Comment avez-vous vécu cela, avec {x} ?'],
      end: ['Et {x}, comment cela s’est-il terminé ?', 'Où en sont les choses avec {x} aujourd’hui ?'],
      why_matters: ['Et {x}, pourquoi est-ce important pour vous ?', 'Concernant {x}, qu’est-ce qui compte pour vous ?'],
      example: ['Pourriez-vous me raconter la dernière fois que cela s’est produit avec {x} ?', 'Et {x}, comment cela s’est-il passé la dernière fois ?'],
    },
    // {rung} lower-cased: "Si je comprends bien, vous avez attendu deux jours : que s’est-il passé ensuite ?"
    quoteFrames: ['Si je comprends bien, {quote} : {rung}', 'D’après ce que vous dites, {quote} : {rung}'],
  },
  contradiction: [
    'D’un côté, {earlier} ; de l’autre, {quote} : comment les deux s’articulent-ils pour vous ?',
    'Plus tôt, vous avez dit : {earlier}. Et maintenant : {quote}. Comment les deux s’accordent-ils pour vous ?',
  ],
  clarify: {
    // The question follows, lower-cased.
    simpler: ['Pour le dire plus simplement :', 'Pardon, je reformule plus simplement :', 'En deux mots :'],
    // The whole question follows, lower-cased.
    reframe: [
      'Pardon, ma question n’était pas très claire. C’est seulement votre propre expérience qui m’intéresse :',
      'Je reformule ; il n’y a pas de bonne ou de mauvaise réponse :',
      'Autrement dit, en pensant à votre propre expérience :',
    ],
    // {question} lower-cased.
    aboutIntent: ['Autrement dit, ce qui m’intéresse, c’est ceci : {intent}. Que pouvez-vous m’en dire ?', 'Je reformule. Ce que je cherche à comprendre : {intent}. Que pouvez-vous m’en dire ?'],
    echo: ['Pardon, « {x} » n’était pas clair. Ma question est la suivante : {question}', 'Pardon, ma question n’était pas claire. Je vous demandais : {question}'],
  },
  // {question} lower-cased.
  bridges: ['Vous avez mentionné {x} : {question}', 'Vous avez évoqué {x} tout à l’heure : {question}', 'Et concernant {x}, {question}'],
  wrapUp: {
    completed: 'C’était ma dernière question. Merci beaucoup pour votre temps.',
    participant_stopped: 'Bien sûr, nous nous arrêtons là. Merci pour votre temps.',
    dismissed: 'Nous nous arrêtons là. Merci pour votre temps.',
    turn_budget: 'Nous arrivons au bout du temps prévu. Merci beaucoup pour tout ce que vous avez partagé.',
    time_budget: 'Nous arrivons au bout du temps dont nous disposions. Merci beaucoup pour tout ce que vous avez partagé.',
  },
  questionBack: {
    ai: 'Oui : je suis un intervieweur automatisé, pas une personne. Vos réponses sont lues par {team}.',
    who_reads: 'Vos réponses sont lues par {team}, pour comprendre comment améliorer le produit.',
    why: 'Votre expérience aide {team} à comprendre comment améliorer le produit.',
    how_long: 'Encore quelques minutes seulement, et vous pouvez arrêter à tout moment.',
    privacy: 'Vos réponses sont transmises à {team} pour cette étude, et vous pouvez passer tout ce que vous préférez ne pas dire.',
    who_are_you: 'Je suis un intervieweur automatisé, qui pose ces questions pour {team}.',
    other: 'Je suis un intervieweur automatisé et je ne peux pas répondre à cela moi-même, mais {team} lira ce que vous écrivez ici.',
  },
  offTopic: 'Je ne peux pas vous aider sur ce point ici, mais {team} lira tout ce que vous écrivez.',
  timePressure: 'Bien sûr, une dernière question et nous aurons terminé.',
  continueIn: 'Je vais continuer en {language}, mais vous pouvez répondre dans la langue de votre choix.',
  backToQuestion: ['Pour revenir à ma question :', 'Je reviens à ma question :'],
  team: 'l’équipe de recherche',
  lowerCaseAfterFrame: true,
});

/** Every string of a French book with a non-breaking space (U+00A0) before ? ! : ; » and after «, as French typography wants. */
function frenchSpacing<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/[ \u00a0\u202f]*([?!:;»])/g, '\u00a0$1').replace(/«[ \u00a0\u202f]*/g, '«\u00a0') as T;
  if (Array.isArray(value)) return value.map(frenchSpacing) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, frenchSpacing(v)])) as T;
  return value;
}
