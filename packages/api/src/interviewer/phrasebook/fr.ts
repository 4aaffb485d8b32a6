import type { Phrasebook } from './phrasebook.ts';

/** The built-in interviewer's own words in French (vous; non-breaking spaces before ? ! : ; as French typography wants). */
export const fr: Phrasebook = {
  language: 'fr',
  languageNames: { en: 'anglais', fr: 'français', es: 'espagnol', de: 'allemand' },
  greeting: {
    withResearcher: 'Bonjour, merci de participer à « {title} ». Je vais vous poser quelques questions de la part de {researcher} ; il n’y a pas de bonne ou de mauvaise réponse.',
    withoutResearcher: 'Bonjour, merci de participer à « {title} ». Il n’y a pas de bonne ou de mauvaise réponse : c’est votre propre expérience qui m’intéresse.',
  },
  acknowledgements: {
    neutral: ['Merci, c’est utile.', 'Merci, c’est bon à savoir.', 'Entendu, merci.', 'Merci pour ces explications.', 'Bien compris, merci.'],
    empathy: ['Ça a l’air vraiment frustrant.', 'Je suis désolé que cela vous soit arrivé.', 'Cela semble avoir été une expérience difficile.', 'Je comprends que c’était stressant.'],
    skip: ['Pas de problème, passons à la suite.', 'D’accord, nous pouvons passer cette question.', 'Bien sûr, passons à la suivante.'],
    plain: ['D’accord.', 'Très bien.', 'Entendu.', 'C’est noté.'],
    story: ['Merci de m’avoir raconté cela en détail.', 'Merci de m’avoir expliqué comment ça s’est passé.', 'Merci, je me représente mieux la situation.'],
  },
  probes: {
    plain: {
      when: ['C’était quand, à peu près ?', 'Quand est-ce arrivé ?'],
      what_happened: ['Que s’est-il passé ensuite ?', 'Que s’est-il passé après ?', 'Et que s’est-il passé alors ?'],
      what_did: ['Qu’avez-vous fait alors ?', 'Qu’avez-vous fait à ce moment-là ?', 'Comment vous y êtes-vous pris ?'],
      feel: ['Comment vous êtes-vous senti à ce moment-là ?', 'Comment l’avez-vous vécu sur le moment ?'],
      end: ['Comment cela s’est-il terminé ?', 'Où en sont les choses aujourd’hui ?', 'Comment cela s’est-il fini au bout du compte ?'],
      why_matters: ['Pourquoi est-ce important pour vous ?', 'Qu’est-ce qui rend cela important pour vous ?'],
      example: ['Pourriez-vous me raconter la dernière fois que c’est arrivé ?', 'Que s’est-il passé la fois la plus récente ?', 'Pensez-vous à une fois en particulier ? Que s’est-il passé ?'],
    },
    aboutPhrase: {
      when: ['Quand la question de {x} s’est-elle posée ?', 'À quel moment {x} est-il entré en jeu ?'],
      what_happened: ['Que s’est-il passé au sujet de {x} ?', 'Que s’est-il passé ensuite, pour {x} ?'],
      what_did: ['Qu’avez-vous fait au sujet de {x} ?', 'Comment avez-vous géré la question de {x} ?'],
      feel: ['Qu’avez-vous ressenti au sujet de {x} ?', 'Comment avez-vous vécu la question de {x} ?'],
      end: ['Où en est la question de {x} ?', 'Comment la question de {x} s’est-elle réglée ?'],
      why_matters: ['Pourquoi la question de {x} compte-t-elle pour vous ?', 'Qu’est-ce qui rend {x} important à vos yeux ?'],
      example: ['Pourriez-vous me raconter la dernière fois que vous avez eu affaire à {x} ?', 'Que s’est-il passé la dernière fois qu’il a été question de {x} ?'],
    },
    quoteFrames: ['Vous avez dit que {quote} : {rung}', 'Vous avez mentionné que {quote} : {rung}'],
  },
  clarify: {
    simpler: ['Pardon, je le dis plus simplement :', 'Je reformule :', 'En deux mots :'],
    reframe: ['Pardon, j’aurais pu être plus clair. C’est seulement votre expérience qui m’intéresse :', 'Je reformule ; il n’y a pas de bonne ou de mauvaise réponse :'],
    echo: ['Pardon, ce n’était pas clair. Je voulais vous demander : {question}', 'Je le dis autrement : {question}'],
  },
  bridges: ['Vous avez mentionné {x} : {question}', 'À propos de {x}, que vous avez mentionné : {question}'],
  wrapUp: {
    completed: 'C’était ma dernière question. Merci beaucoup pour votre temps.',
    participant_stopped: 'Bien sûr, nous nous arrêtons là. Merci pour votre temps et pour tout ce que vous avez partagé.',
    dismissed: 'Bien sûr, nous nous arrêtons là. Merci pour votre temps.',
    turn_budget: 'Nous arrivons à la fin du temps prévu, je m’arrête donc ici. Merci beaucoup pour tout ce que vous avez partagé.',
    time_budget: 'Nous arrivons à la fin du temps prévu, je m’arrête donc ici. Merci beaucoup pour tout ce que vous avez partagé.',
  },
  questionBack: {
    ai: 'Oui, je suis un enquêteur automatisé, et {team} lit toutes les réponses.',
    who_reads: '{team} lit vos réponses, pour comprendre comment améliorer le produit.',
    why: 'Cela aide {team} à comprendre des expériences réelles comme la vôtre, pour améliorer le produit.',
    how_long: 'Encore quelques minutes seulement, et vous pouvez arrêter à tout moment.',
    privacy: 'Vos réponses sont transmises à {team} pour cette étude, et vous pouvez passer tout ce que vous préférez ne pas dire.',
    who_are_you: 'Je suis un enquêteur automatisé qui pose des questions pour {team}.',
    other: 'Bonne question : je suis un enquêteur automatisé, et {team} lit ce que vous écrivez ici.',
  },
  offTopic: 'Je ne peux pas vous aider sur ce point ici, mais {team} lira tout ce que vous écrivez.',
  timePressure: 'Bien sûr, une dernière question et nous aurons terminé.',
  continueIn: 'Je vais continuer en {language}, mais vous pouvez répondre dans la langue de votre choix.',
  backToQuestion: ['Pour revenir à ma question :', 'Je reviens à ma question :'],
  team: 'l’équipe de recherche',
};
