// "No, that's all." answers the closing "What else…?" before it is asked: asking it next re-asks what was just said.
const NOTHING_MORE =
  /^(?:(?:no|nope|nah|not really|nothing|no thanks|no thank you|non|nein)[,.!\s]*)?(?:(?:that['’]?s|that is) (?:all|it|everything|about it|all from me|all i have)|nothing (?:else|more)(?: to add)?|i have nothing (?:else|more)(?: to add)?|i['’]ve (?:got )?nothing (?:else|more)(?: to add)?|nothing to add|that covers it|i think (?:that['’]?s|that is) (?:all|it|everything)|i['’]m done|all good|c['’]est tout|rien d['’]autre|rien à ajouter|eso es todo|nada más|nada que añadir|das ist alles|nichts weiter|nichts mehr)\b[\s.,!]*(?:thanks|thank you)?[\s.,!]*$/i;

/** True when a message says the participant has nothing more to add ("No, that's all.", "Non, c'est tout.", "Nein, das ist alles."). */
export function saysNothingMore(message: string): boolean {
  return NOTHING_MORE.test(message.trim());
}
