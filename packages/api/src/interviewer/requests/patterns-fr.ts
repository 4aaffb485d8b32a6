import type { RequestPatterns } from './patterns.ts';

const STOP = "(?:arrêter|m'arrêter|terminer|finir|stopper|partir|en rester là|quitter|abandonner|mettre fin à l'entretien)";
const GO = "(?:partir|y aller|filer|m'en aller|y aller maintenant|me sauver|décoller)";
const SOON = '(?:bientôt|dans (?:une|deux|cinq|dix|quelques|\\d+) minutes?|dans un instant|dans pas longtemps|très vite|sous peu)';
const BOT = "(?:une? )?(?:ia|i a|intelligence artificielle|robot|bot|chatbot|chat gpt|machine|programme|ordinateur|humain|être humain|vraie personne|personne réelle|vrai humain|automatique|automatisé)";
const YOU = '(?:vous|tu|toi|ça|ca|ceci|cela|c|est ce|est ce que c est|est ce que vous êtes|est ce que tu es)';
// A statement ("c'est …") only asks about a machine: "c'est automatique" describes the product.
const MACHINE = '(?:une? )?(?:ia|i a|intelligence artificielle|robot|bot|chatbot|chat gpt|machine|vraie personne|personne réelle|vrai humain)';
const THIS = '(?:ça|ca|ceci|cela|ces réponses|mes réponses|les réponses|ce que je dis|ce que j écris|tout ça)';
const DATA = '(?:mes (?:données|réponses|infos|informations)|ces (?:données|réponses)|ça|ca|cela)';

/** French. */
export const FR: RequestPatterns = {
  language: 'fr',
  lead: [
    'bon', 'alors', 'euh+', 'heu+', 'ben', 'bah', 'ok', "d'accord", 'désolé', 'désolée', 'pardon', 'franchement', 'sérieusement', 'écoutez', 'écoute',
    'oui', 'non', 'mais', 'et', "s'il vous plaît", "s'il te plaît", 'svp', 'stp', 'excusez moi', 'excuse moi', 'bref', 'enfin', 'donc', 'voilà', 'hmm+', 'bon ben',
    'en fait', 'du coup', 'vraiment', 'honnêtement', 'attendez', 'attends', 'je pense que', 'je crois que',
  ],
  tail: [
    'là', 'ici', 'maintenant', 'svp', 'stp', "s'il vous plaît", "s'il te plaît", 'merci', 'désolé', 'désolée', 'tout de suite', "pour aujourd'hui",
    "aujourd'hui", 'avec ça', 'avec ca', "pour l'instant", 'pour le moment', 'déjà', 'vraiment', 'alors', 'ok', 'cette question', 'la question', 'ça', 'ca',
    "l'entretien", 'cet entretien', "avec l'entretien", 'avec cet entretien', 'le questionnaire', 'ce questionnaire', 'la discussion', 'cette discussion',
    'les questions', 'ces questions', 'avec les questions', 'avec vos questions', 'avec tes questions', 'pardon', 'franchement', 'sérieusement', 'svp merci',
    'si possible', 'si ça vous va', 'si ça ne vous dérange pas', 'du tout', 'bon', 'hein',
  ],
  splitLeads: [
    'je veux', 'je voudrais', "j'aimerais", 'je dois', 'je préfère', 'je ne veux', 'je ne comprends', 'je comprends pas', 'je suis pressé', "je n'ai",
    "j'ai pas", 'on peut', 'on pourrait', 'est ce que', 'pouvez vous', 'peux tu', 'vous pouvez', 'tu peux', 'passons', 'arrêtons', "j'arrête", 'qui',
    'pourquoi', "c'est une", 'combien', 'il faut que', "qu'est ce que", 'plus de questions', 'question suivante', 'ignore', 'oublie', 'raconte',
  ],
  stop: [
    'stop', 'stoppe', 'arrête', 'arrêtez', 'arrêtons', "j'arrête", 'on arrête', 'terminé', 'fini', "c'est fini", "j'ai fini", "j'ai terminé", 'ça suffit',
    'ca suffit', 'assez', "c'est assez", "c'en est assez", 'basta', 'plus de questions', 'pas plus de questions', "fin de l'entretien", 'terminons', 'finissons',
    `je (?:veux|voudrais|souhaite|souhaiterais|aimerais|préfère|préfèrerais|vais) (?:bien )?${STOP}`, `(?:je dois|il faut que je|faut que je) (?:${GO}|arrêter|y aller)`,
    "(?:il faut que|faut que) j'y aille", "(?:on|nous) (?:peut|peux|pourrait|pourrions|pouvons|devrait) (?:s'arrêter|arrêter|terminer|finir|en rester là|stopper)",
    "(?:est ce qu'on|est ce que l'on|est ce que nous) (?:peut|pourrait|pouvons) (?:s'arrêter|arrêter|terminer|finir)", "(?:pouvez vous|peux tu|vous pouvez|tu peux|pourriez vous) (?:arrêter|terminer|finir)(?: l'entretien| les questions)?",
    "je ne (?:veux|souhaite) plus (?:continuer|répondre|participer)", "je (?:veux|souhaite) plus (?:continuer|répondre|participer)", 'je ne veux pas continuer', 'je veux pas continuer',
    "(?:arrêtez|arrête|arrêtons|terminons|terminez|finissons) (?:l'entretien|l'interview|les questions|de me poser des questions|ça|ca)", 'je m en vais', "je m'en vais", 'je pars', 'je quitte',
    "j'en ai assez", "j'en ai marre", "(?:je n'ai|j'ai) plus envie de (?:répondre|continuer|participer)",
  ],
  timePressure: [
    `(?:je dois|il faut que je) (?:${SOON} ${GO}|${GO} ${SOON})`, `(?:il faut que|faut que) j'y aille ${SOON}`,
    "(?:je n'ai|j'ai) (?:pas (?:beaucoup|trop|énormément) de temps|peu de temps|pas le temps)", "(?:je n'ai|j'ai) (?:que|plus que|seulement|juste) (?:quelques|deux|trois|cinq|dix|\\d+|une) minutes?",
    "je suis (?:un peu |très |assez )?(?:pressé|pressée|à la bourre|en retard|entre deux réunions)", '(?:on peut|on pourrait|pouvez vous|peut on) faire (?:vite|rapide|court)', 'faisons (?:vite|court)',
    'vite (?:svp|s il vous plait)', "j'ai une réunion dans (?:quelques|cinq|dix|\\d+) minutes", 'je manque de temps', 'le temps presse',
  ],
  skip: [
    'passons', 'passons à la suite', 'passons à autre chose', 'passons à la question suivante', 'question suivante', 'suivant', 'suivante', 'la suivante', 'je passe',
    'joker', 'pas de commentaire', 'sans commentaire', 'je préfère passer', "(?:on peut|on pourrait|pouvez vous|peut on) passer(?: à la suite| à autre chose| à la question suivante| celle ci| cette question)?",
    'je (?:préfère|préférerais|voudrais|aimerais mieux) ne pas (?:répondre|en parler|le dire|dire|répondre à (?:ça|cette question))', 'je ne (?:veux|souhaite) pas (?:répondre|en parler)(?: à (?:ça|cette question))?',
    'je veux pas (?:répondre|en parler)', 'je ne peux pas répondre(?: à (?:ça|cette question))?', 'pas de réponse', 'je ne répondrai pas',
  ],
  clarify: [
    'je ne comprends pas(?: la question| votre question| ta question| ce que vous voulez dire| ce que tu veux dire)?', 'je comprends pas(?: la question| votre question)?',
    "je n'ai pas compris(?: la question| votre question)?", "j'ai pas compris(?: la question)?", "qu'est ce que (?:vous voulez|tu veux) dire(?: par là)?", '(?:vous voulez|tu veux) dire quoi',
    "c'est à dire", 'comment ça', 'comment', 'quoi', 'hein', 'pardon', 'pardon quoi', 'je suis perdu', 'je suis perdue', 'pas compris', 'je ne suis pas sûr de comprendre',
    "(?:pouvez vous|pourriez vous|peux tu|tu peux|vous pouvez) (?:reformuler|répéter|expliquer|préciser|clarifier)(?: la question)?", 'reformulez', 'reformule', 'que voulez vous dire',
    "ça veut dire quoi", "qu'est ce que ça veut dire", '(?:je ne vois|je vois) pas ce que (?:vous voulez|tu veux) dire',
  ],
  clarifyTerm: ["(?:qu'est ce que|c'est quoi) (?:un |une |le |la |l'|les )?{x}", "que veut dire (?:un |une |le |la |l')?{x}", "ça veut dire quoi (?:un |une )?{x}"],
  questionBack: {
    why: ['pourquoi (?:voulez vous|vous voulez|tu veux|veux tu|vous voulez|avez vous besoin de|as tu besoin de) (?:savoir|le savoir)(?: ça| ca| cela)?', 'pourquoi (?:cette question|vous me demandez ça|tu me demandes ça|vous demandez ça|me demander ça)', "c'est pour quoi(?: faire)?", 'à quoi ça sert', 'à quoi sert (?:cette question|cet entretien)', 'pourquoi'],
    who_reads: [`qui (?:va |vont |pourra )?(?:lit|lira|lire|voit|verra|voir|a accès à|aura accès à|reçoit|recevra) ${THIS}`, `qui (?:lit|lira|voit|verra)`],
    ai: [`${YOU} (?:es|êtes|est) ${BOT}`, `est ce ${BOT}`, `(?:c'est|ça c'est) ${MACHINE}`, `(?:es tu|êtes vous) ${BOT}`, `je (?:parle|discute) (?:à|avec) ${BOT}`, `(?:il y a|y a t il) ${BOT} (?:derrière|derrière ça)`],
    who_are_you: ['qui êtes vous', 'qui es tu', 'vous êtes qui', "t'es qui", 'tu es qui', 'qui parle', 'à qui je parle', "c'est qui", "qui est ce"],
    how_long: ["(?:ça|ca|cela) (?:va )?(?:dure|durer|prend|prendre) combien(?: de temps)?", "combien de temps (?:ça|ca|cela) (?:va )?(?:dure|durer|prend|prendre)", "ça dure combien de temps", "combien de questions(?: encore| reste t il| il reste| restantes| en tout)?", 'il reste combien de questions', "(?:c'est|on a) bientôt fini", 'encore combien de questions', "c'est encore long", 'il en reste beaucoup'],
    privacy: ["(?:c'est|est ce que c'est|est ce|ceci est|cet entretien est) (?:anonyme|confidentiel|privé)", `(?:que|qu'est ce que) (?:faites vous|ferez vous|allez vous faire|vous faites|vous allez faire|tu fais|tu vas faire) (?:de|avec) ${DATA}`, `${DATA} (?:sont elles|seront elles|sont|seront|restent) (?:anonymes|confidentielles|partagées|privées|enregistrées)`, `où vont ${DATA}`],
    other: ['et vous', 'et toi', "qu'en pensez vous", "qu'en penses tu", 'comment tu t appelles', 'comment vous appelez vous', 'vous allez bien', 'ça va et vous'],
  },
  offTopic: ['quel temps fait il(?: aujourd hui)?', 'il fait quel temps', 'quelle heure est il', 'raconte moi une (?:blague|histoire)', 'racontez moi une (?:blague|histoire)'],
  offTopicOpen: [
    "(?:pouvez vous|peux tu|vous pouvez|tu peux|pourriez vous|pourrais tu) (?:m'aider|réinitialiser|changer|annuler|rembourser|envoyer|réparer|débloquer|supprimer|écrire|traduire|me dire comment|me donner|me trouver|contacter|modifier)",
    '(?:raconte|racontez) moi (?:une|un)', '(?:écris|écrivez) moi (?:une|un)', '(?:aide|aidez) moi (?:à|avec)',
  ],
  offTopicAsked: ["comment (?:est ce que je|je peux|puis je|faire pour|on fait pour|exporter|changer|annuler|supprimer|réinitialiser)", "où (?:est ce que je peux|puis je|trouver|je peux)", 'est ce que je peux (?:avoir|changer|annuler|exporter|supprimer)'],
  injection: [
    '(?:ignore|ignorez|oublie|oubliez) (?:toutes |tes |vos |les )?(?:les )?(?:instructions|consignes|règles)(?: précédentes)?', '(?:tu es|vous êtes) maintenant', 'à partir de maintenant (?:tu|vous) (?:es|êtes|dois|devez)',
    'prompt système', 'invite système', '(?:révèle|révélez|montre|montrez|affiche) (?:moi )?(?:tes|vos) (?:instructions|consignes)', '(?:en tant que|je suis le) (?:développeur|administrateur|admin)',
    'fais semblant (?:d être|que tu)',
  ],
  echoWord: 'QUOI',
  nonAnswer: [
    'non', 'nan', 'rien', "rien d'autre", 'rien de plus', 'rien à ajouter', 'rien à dire', "c'est tout", "c'est bon", 'pas vraiment', 'non pas vraiment', 'je sais pas',
    'je ne sais pas', 'sais pas', 'chais pas', 'jsp', 'aucune idée', 'bof', "d'accord", 'au revoir', 'salut', 'non merci', 'pas de commentaire', 'ras', 'ça va',
    'pas spécialement', 'pas particulièrement', 'je ne me souviens pas', 'je me souviens pas', 'aucun', 'aucune', 'pas grand chose', 'voilà', 'voilà tout', 'ben non',
    'rien de spécial', 'non rien', 'rien du tout',
  ],
  closes: [
    'non', 'nan', 'rien', "rien d'autre", 'rien de plus', 'rien à ajouter', 'rien à dire', "c'est tout", 'pas vraiment', 'non pas vraiment', 'non merci', 'ras',
    'voilà tout', 'pas spécialement', 'pas particulièrement', 'ben non', 'rien de spécial', 'non rien', 'rien du tout',
  ],
  filler: ['sérieusement', 'désolé', 'désolée', 'pardon', "s'il vous plaît", "s'il te plaît", 'svp', 'stp', 'merci', 'bon', 'alors', 'euh', 'ben', 'bah', 'écoutez', 'écoute', 'franchement', 'honnêtement', 'bref', 'enfin', 'donc', 'en fait', 'du coup', 'excusez moi', 'bonjour'],
};
