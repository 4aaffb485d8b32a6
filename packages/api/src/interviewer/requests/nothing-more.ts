// "No, that's all." answers the closing "What else…?" before it is asked: asking it next re-asks what was just said.
const NOTHING_MORE =
  /^(?:(?:no|nope|nah|not really|nothing|no thanks|no thank you)[,.!\s]*)?(?:that['’]?s (?:all|it|everything|about it|all from me|all i have)|nothing (?:else|more)(?: to add)?|i have nothing (?:else|more)(?: to add)?|i['’]ve (?:got )?nothing (?:else|more)(?: to add)?|nothing to add|that covers it|i think that['’]?s (?:all|it|everything)|i['’]m done|all good)\b[\s.,!]*(?:thanks|thank you)?[\s.,!]*$/i;

/** True when a message says the participant has nothing more to add ("No, that's all.", "Nothing else, thanks."). */
export function saysNothingMore(message: string): boolean {
  return NOTHING_MORE.test(message.trim());
}
