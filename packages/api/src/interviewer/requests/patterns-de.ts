import type { RequestPatterns } from './patterns.ts';

const STOP = '(?:aufhören|abbrechen|beenden|das beenden|das interview beenden|das gespräch beenden|schluss machen|gehen|los|weg|raus|nicht mehr weitermachen)';
const SOON = '(?:gleich|bald|sofort|in (?:einer|zwei|fünf|zehn|ein paar|wenigen|\\d+) minuten?|in kürze|demnächst|jeden moment)';
const BOT = '(?:eine? )?(?:ki|k i|ai|künstliche intelligenz|bot|roboter|chatbot|chat gpt|maschine|programm|computer|mensch|echter mensch|echte person|richtiger mensch|automatisch|automatisiert)';
const THIS = '(?:das|dies|meine antworten|die antworten|was ich schreibe|was ich sage|das alles)';
const DATA = '(?:meinen (?:daten|antworten)|den (?:daten|antworten)|dem|diesen daten)';

/** German. */
export const DE: RequestPatterns = {
  language: 'de',
  lead: [
    'ok', 'okay', 'also', 'na ja', 'naja', 'ähm+', 'äh+', 'hm+', 'sorry', 'entschuldigung', 'ehrlich gesagt', 'ehrlich', 'ja', 'nein', 'aber', 'und', 'bitte',
    'hören sie', 'hör mal', 'gut', 'tja', 'echt', 'mal ehrlich', 'ganz ehrlich', 'ich glaube', 'sorry aber', 'moment', 'hallo', 'so', 'na',
  ],
  tail: [
    'bitte', 'jetzt', 'hier', 'danke', 'sofort', 'für heute', 'heute', 'schon', 'doch', 'mal', 'das', 'dies', 'dieses interview', 'das interview', 'das gespräch',
    'die umfrage', 'diese umfrage', 'diese frage', 'die frage', 'einfach', 'endlich', 'ok', 'leider', 'erstmal', 'vorerst', 'damit', 'an dieser stelle', 'an der stelle',
    'mit dem interview', 'mit den fragen', 'mit der umfrage', 'wirklich', 'ehrlich', 'sorry', 'bitte danke', 'jetzt bitte', 'lieber', 'ganz', 'dann', 'nun',
  ],
  splitLeads: [
    'ich möchte', 'ich will', 'ich würde', 'ich muss', 'ich habe', 'ich hab', 'ich verstehe', 'ich bin in eile', 'können wir', 'könnten wir', 'kannst du', 'können sie',
    'bitte', 'lass uns', 'lassen sie uns', 'wer', 'warum', 'bist du', 'sind sie', 'ist das', 'wie lange', 'wie viele', 'keine fragen', 'nächste frage', 'schluss',
    'ignoriere', 'vergiss', 'erzähl', 'was meinen sie', 'was meinst du', 'das möchte ich nicht', 'dazu möchte ich',
  ],
  stop: [
    'stopp', 'stop', 'schluss', 'schluss jetzt', 'genug', 'es reicht', 'das reicht', 'aufhören', 'keine fragen mehr', 'keine weiteren fragen', 'ende', 'fertig',
    `ich (?:möchte|will|würde gerne|würde gern|muss|mag) (?:jetzt |hier |lieber |bitte )?${STOP}`, 'ich (?:möchte|will|würde gerne) (?:das|dieses) (?:interview|gespräch|ganze) (?:beenden|abbrechen)',
    '(?:können|könnten|dürfen) wir (?:bitte )?(?:jetzt |hier )?(?:aufhören|schluss machen|das beenden|abbrechen|beenden)', 'lass(?:en sie)? uns (?:aufhören|schluss machen|das beenden)',
    'hören wir (?:hier |jetzt |bitte )?auf', 'ich (?:habe|hab) keine zeit mehr', 'beenden wir das', 'machen wir schluss', '(?:beenden|stoppen) sie (?:das|dieses) (?:interview|gespräch)', '(?:beende|stopp|stoppe) (?:das|dieses) (?:interview|gespräch)',
    '(?:ich bin|wir sind) fertig', 'ich habe keine lust mehr', 'ich hab keine lust mehr', 'ich will nicht mehr', 'ich möchte nicht mehr', 'ich mag nicht mehr',
    'ich möchte nicht (?:weitermachen|mehr antworten)', 'ich will nicht (?:weitermachen|mehr antworten)', 'hör auf(?: mich zu fragen| zu fragen)?', 'hören sie auf(?: zu fragen)?',
    'ich bin weg', 'ich gehe jetzt', 'ich gehe',
  ],
  timePressure: [
    `ich muss ${SOON} (?:los|gehen|weg)`, `ich muss (?:los|gehen|weg) ${SOON}`, 'ich (?:habe|hab) (?:wenig|kaum|nicht viel|nicht so viel|nur wenig) zeit', 'ich bin (?:in eile|in zeitnot|spät dran|knapp in der zeit|unter zeitdruck)',
    'ich (?:habe|hab) (?:nur|bloß|nur noch|noch) (?:ein paar|zwei|drei|fünf|zehn|wenige|\\d+) minuten', '(?:können|könnten) wir uns beeilen', '(?:können|könnten) wir es kurz machen', 'bitte schnell', 'machen wir es kurz',
    'ich (?:habe|hab) (?:gleich|bald) (?:ein meeting|einen termin|eine besprechung)', 'die zeit ist knapp', 'meine zeit ist knapp',
  ],
  skip: [
    'nächste frage', 'nächste', 'weiter', 'überspringen', 'frage überspringen', 'ich passe', 'passe', 'keine angabe', 'kein kommentar', 'lieber nicht', 'möchte ich nicht sagen',
    '(?:können|könnten) wir (?:das |die frage |diese frage )?überspringen', 'das möchte ich nicht (?:beantworten|sagen)', 'darauf möchte ich nicht antworten', 'dazu möchte ich nichts sagen',
    'ich möchte (?:das |die frage |diese frage )?nicht beantworten', 'ich will (?:das |die frage )?nicht beantworten', 'das will ich nicht (?:beantworten|sagen)', 'nächste bitte',
    'ich kann (?:das|die frage) nicht beantworten', 'dazu sage ich nichts', 'trifft nicht zu', 'weiter bitte',
  ],
  clarify: [
    'ich verstehe (?:die frage |ihre frage |deine frage |das |sie |dich )?nicht', 'ich versteh (?:die frage |das )?nicht', '(?:ich habe|ich hab) (?:die frage |das )?nicht verstanden',
    'was meinen sie(?: damit)?', 'was meinst du(?: damit)?', 'wie meinen sie das', 'wie meinst du das', 'wie bitte', 'was', 'hä', 'häh', 'bitte was', 'versteh ich nicht',
    'verstehe ich nicht', '(?:können|könnten|kannst) (?:sie|du) (?:das |die frage )?(?:umformulieren|wiederholen|erklären|anders formulieren|genauer erklären)', 'was heißt das',
    'was ist gemeint', 'was soll das heißen', 'ich bin verwirrt', 'keine ahnung was sie meinen',
  ],
  clarifyTerm: ['was (?:ist|sind|heißt|bedeutet) (?:ein |eine |der |die |das )?{x}', 'was meinen sie mit (?:einem |einer |dem |der )?{x}', 'was meinst du mit (?:einem |einer |dem |der )?{x}'],
  questionBack: {
    why: ['warum (?:willst du|wollen sie|möchtest du|möchten sie) das wissen', 'warum (?:fragst du|fragen sie)(?: das| danach)?', 'wozu (?:ist das|die frage|das|dient das)', 'wofür ist das', 'wieso fragen sie', 'wieso fragst du', 'was soll das(?: hier)?', 'warum', 'wieso'],
    who_reads: [`wer (?:liest|sieht|bekommt|erhält) ${THIS}`, `wer wird ${THIS} (?:lesen|sehen)`, 'wer liest das', 'wer liest mit', 'wer hat zugriff (?:darauf|auf meine antworten)'],
    ai: [`(?:bist du|sind sie|ist das|ist es) ${BOT}`, `(?:rede|spreche|chatte) ich (?:mit|gerade mit) ${BOT}`, `(?:rede|spreche) ich mit einem (?:menschen|echten menschen|bot|roboter)`, '(?:bin ich|rede ich|spreche ich) (?:hier )?mit (?:einem|einer) (?:bot|roboter|ki|maschine|menschen|person) verbunden'],
    who_are_you: ['wer bist du', 'wer sind sie', 'mit wem (?:spreche|rede) ich', 'wer ist da', 'für wen arbeiten sie', 'für wen arbeitest du'],
    how_long: ['wie lange (?:dauert|geht) (?:das|es)(?: noch)?', 'wie viele fragen (?:noch|kommen noch|sind es noch|gibt es noch)', 'wieviele fragen noch', 'dauert (?:das|es) (?:noch )?lange', 'sind wir bald fertig', 'wie lange noch'],
    privacy: ['ist das (?:anonym|vertraulich|privat)', `was (?:machen|passiert|tun) (?:sie |ihr |du )?mit ${DATA}`, `was passiert mit ${DATA}`, 'werden meine (?:daten|antworten) (?:gespeichert|geteilt|weitergegeben|veröffentlicht)', 'bleibt das anonym', 'ist das hier anonym'],
    other: ['und du', 'und sie', 'was denkst du', 'was denken sie', 'wie heißt du', 'wie geht es dir'],
  },
  offTopic: ['wie ist das wetter(?: heute)?', 'wie wird das wetter', 'wie spät ist es', 'erzähl mir einen witz', 'erzählen sie mir einen witz'],
  offTopicOpen: [
    '(?:kannst du|können sie|könnten sie|könntest du) (?:mir helfen|mein|meine|das passwort|zurücksetzen|ändern|kündigen|erstatten|schicken|senden|löschen|schreiben|übersetzen|mir sagen wie|mir ein|mir eine|mir einen)',
    'erzähl(?:e)? mir (?:einen|eine|ein)', 'schreib(?:e)? (?:mir )?(?:ein|einen|eine)', 'hilf mir (?:bei|mit)',
  ],
  offTopicAsked: ['wie (?:kann ich|exportiere ich|ändere ich|kündige ich|lösche ich|mache ich|bekomme ich)', 'wo (?:kann ich|finde ich)', 'kann ich (?:mein|meine|das passwort)'],
  injection: [
    '(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie) (?:alle |deine |die |ihre )?(?:vorherigen |bisherigen |obigen )?(?:anweisungen|regeln|instruktionen|vorgaben)', 'du bist (?:ab )?jetzt',
    'ab jetzt bist du', 'systemprompt', 'system prompt', '(?:zeig|zeige|verrate) (?:mir )?(?:deine|ihre) (?:anweisungen|instruktionen|regeln)', 'als (?:der |dein )?(?:entwickler|administrator|admin) befehle ich',
    'tu so als (?:ob|wärst)',
  ],
  echoWord: 'WAS',
  nonAnswer: [
    'nein', 'ne', 'nee', 'nö', 'nichts', 'nichts weiter', 'nichts mehr', 'nichts weiteres', 'gar nichts', "das war's", 'das wars', 'das ist alles', 'weiß nicht', 'ich weiß nicht',
    'ich weiß es nicht', 'keine ahnung', 'nicht wirklich', 'eigentlich nicht', 'tschüss', 'tschüs', 'danke', 'nein danke', 'nichts zu sagen', 'nichts hinzuzufügen',
    'nichts zu ergänzen', 'sonst nichts', 'kein kommentar', 'weiß ich nicht', 'keine', 'keiner', 'na gut', 'passt', 'alles gut', 'auf wiedersehen', 'nicht so richtig',
    'eher nicht', 'nein eigentlich nicht', 'ich erinnere mich nicht', 'weiß nicht mehr', 'nicht dass ich wüsste',
  ],
  closes: [
    'nein', 'ne', 'nee', 'nö', 'nichts', 'nichts weiter', 'nichts mehr', 'nichts weiteres', 'gar nichts', "das war's", 'das wars', 'das ist alles', 'nicht wirklich',
    'eigentlich nicht', 'nein danke', 'nichts hinzuzufügen', 'nichts zu ergänzen', 'sonst nichts', 'keine', 'keiner', 'eher nicht', 'nein eigentlich nicht', 'nicht dass ich wüsste',
  ],
  filler: ['ehrlich', 'ehrlich gesagt', 'sorry', 'entschuldigung', 'bitte', 'danke', 'also', 'na ja', 'naja', 'ähm', 'äh', 'tja', 'hallo', 'mal ehrlich', 'ganz ehrlich', 'hören sie', 'hör mal'],
};
