import type { RequestPatterns } from './patterns.ts';

const GO = "(?:go|leave|run|head off|head out|get going|log off|hop off|sign off|jump off)";
const SOON = '(?:soon|shortly|in a (?:minute|min|sec|second|moment|bit|few|few minutes|couple of minutes)|in (?:\\d+|five|ten|two|a few|a couple of|a couple) (?:minutes|mins|min)|any minute(?: now)?)';
const BOT = '(?:an? )?(?:ai|a i|bot|robot|chat ?bot|chat ?gpt|gpt|llm|machine|computer|program|automated|automated interviewer|real person|real human|human|person|actual person|live person|real)';
const THIS = '(?:this|these|that|it|them|my (?:answers|responses|data|feedback|comments|replies)|the (?:answers|responses|results|transcript|feedback)|what i (?:say|write|said|wrote|answer))';
const DATA = '(?:my (?:data|answers|responses|info|information|feedback|details|name|email)|this|this (?:data|info|information)|the (?:data|answers|responses)|it|that)';

/** English. */
export const EN: RequestPatterns = {
  language: 'en',
  lead: [
    'ok', 'okay', 'k', 'sorry', 'actually', 'honestly', 'seriously', 'um+', 'uh+', 'hmm+', 'er+', 'well', 'so', 'look', 'listen', 'yeah',
    'yes', 'no', 'hey', 'hi', 'please', 'i think', 'but', 'and', 'also', 'then', 'oh', 'right', 'alright', 'anyway', 'wait', 'i mean',
    'excuse me', 'sorry but', 'man', 'dude', 'guys', 'lol', 'ugh', 'fine', 'just', 'and also', 'really',
  ],
  tail: [
    'please', 'pls', 'plz', 'now', 'thanks', 'thank you', 'thx', 'here', 'for now', 'for today', 'today', 'already', 'then', 'sorry',
    "i'm sorry", 'right now', 'this', 'it', 'that', 'one', 'this one', 'that one', 'the interview', 'this interview', 'the survey',
    'this survey', 'the conversation', 'this conversation', 'the chat', 'this chat', 'the questions', 'these questions', 'this question',
    'that question', 'the question', 'with this', 'with that', 'with the interview', 'with the questions', 'at all', 'again', 'anymore',
    'any more', 'real quick', 'asap', 'immediately', 'ok', 'okay', 'though', 'honestly', 'seriously', 'mate', 'lol', 'exactly', 'too',
    "if that's ok", "if that's okay", "if that's alright", "if you don't mind", 'if possible', 'if we can', 'if i may', 'already',
    'haha', 'ugh', 'man', 'yet', 'already', 'guys', 'for me', 'instead', 'for a sec', 'maybe', 'i guess', 'i think',
  ],
  splitLeads: [
    'i need to', 'i have to', "i've got to", 'i got to', 'i gotta', 'i want to', 'i wanna', "i'd like to", 'i would like to', "i'd rather",
    'i would rather', "i'd prefer", 'i prefer', "i'm done", 'i am done', "i'm in a hurry", 'i only have', "i've only got", "i don't",
    'i do not', "i'm not sure what", 'can we', 'could we', 'can you', 'could you', "let's", 'please', 'what do you mean', 'who', 'why do you',
    'why are you', 'is this', 'is it', 'are you', 'am i', 'how long', 'how many', 'how do i', 'no more', 'next question', 'stop', 'end',
    'skip', 'sorry what', "what's a", 'what is a', 'ignore', 'tell me a', 'write me', 'short on time', 'what will you', 'what are you going',
  ],
  stop: [
    'stop', 'end', 'quit', 'exit', 'enough', "that's enough", 'finish', 'end it', 'end here', 'stop here', 'no more questions',
    `i (?:want|would like|would prefer|need|have|got) to (?:stop|end|quit|finish|${GO}|wrap up|wrap this up|be done)`, `i wanna (?:stop|end|quit|${GO})`,
    `i'd (?:like|love|prefer) to (?:stop|end|quit|finish|${GO}|wrap up)`, "i'd rather (?:stop|end|quit|not continue)",
    `i(?:'ve| have)? got(?:ta| to) ${GO}`, `i must ${GO}`, `gotta ${GO}`, `(?:have|need) to ${GO}`,
    "i (?:don't|do not) want to (?:continue|go on|do this|keep going|carry on|answer any more|answer anymore)",
    "i (?:can't|cannot) (?:continue|go on|do this)", "i'm not (?:doing|continuing) this",
    "(?:can|could|may|shall) we (?:please )?(?:stop|end|finish|quit|wrap up|wrap this up|call it|be done)",
    "(?:can|could) you (?:please )?(?:stop|end|finish|quit|close)(?: asking(?: me)?)?",
    "let'?s (?:stop|end|finish|quit|wrap (?:this |it )?up|call it a day|call it)", "(?:i'm|i am|we're|we are) (?:done|finished|out)",
    '(?:please )?stop asking(?: me)?(?: (?:questions|so many questions|things|stuff))?', '(?:stop|end|close|finish) (?:the|this) (?:interview|survey|chat|conversation|session)',
    "i'm (?:leaving|out of here|outta here|logging off|signing off)", `(?:i'm|i am) (?:going|gonna) to (?:stop|end|quit|${GO})`,
    "that's enough(?: questions| for (?:me|today))", 'enough questions', "i (?:have no|don't have any|do not have any) (?:more )?time(?: left)?", "i (?:don't|do not) have time for this", 'leave me alone', "that'll be all", "i'm going now",
  ],
  timePressure: [
    `i (?:need|have|must|gotta|got) to ${GO} ${SOON}`, `i(?:'ve| have)? got(?:ta| to) ${GO} ${SOON}`, `i'll (?:have|need) to ${GO} ${SOON}`,
    "i(?:'ve| have)?(?: only)? (?:have|got)(?: only)? (?:a couple of|a couple|a few|a few more|\\d+|two|three|five|ten|a) (?:more )?(?:minutes|mins|min|minute)(?: left)?",
    "i (?:don't|do not) have (?:much|a lot of|long|lots of) time", "i haven't got (?:much|long|a lot of) time", "(?:i'm |i am )?(?:a bit |really |very |kind of |pretty )?(?:short on|pressed for|tight on) time",
    "(?:can|could) we (?:be|make (?:this|it)) (?:quick|fast|brief|short)", "(?:make|keep) (?:it|this) (?:quick|short|brief)", "let's be quick",
    "(?:i'm|i am) (?:in a (?:hurry|rush)|rushed|running late)", 'in a (?:hurry|rush)',
    `i have (?:a|another) (?:meeting|call|appointment) ${SOON}`, "(?:i'm|i am) running out of time", 'quick please', 'be quick', '(?:can|could) we speed (?:this|it|things) up', '(?:just |only )?a few (?:more )?minutes left(?: for me)?',
  ],
  skip: [
    'skip', 'pass', 'next', 'next question', 'next one', 'move on', 'moving on', "i'll pass(?: on (?:this|that))?", 'pass on (?:this|that)', 'skip (?:this|that|it)',
    "(?:can|could|may) we (?:please )?(?:skip|move on|go to the next|pass|do the next)", "let'?s (?:skip|move on|go to the next)",
    "i'd (?:rather|prefer) (?:not|skip)(?: to)?(?: answer| say| talk about| discuss| share| get into)?", 'i would (?:rather|prefer) not(?: to)?(?: answer| say| talk about| discuss| share)?',
    '(?:i )?(?:rather|prefer) not(?: to)?(?: answer| say| talk about| discuss| share)?', "i (?:don't|do not) (?:want|wish) to (?:answer|talk about|say|discuss|share)",
    "i (?:can't|cannot) (?:answer|say)", "i'm not (?:answering|comfortable answering)", 'no comment', 'not applicable', 'n a', 'private', "that's private",
  ],
  clarify: [
    'what (?:exactly )?do you mean(?: exactly)?(?: by)?', 'which (?:one|question|part) do you mean', 'what exactly', 'what does (?:that|this|it) mean', 'meaning', 'what', 'huh', 'eh', 'pardon', 'come again', 'say again', 'sorry what',
    'wait what', 'what now', 'confused', "(?:i'm|i am) (?:confused|lost)", 'rephrase', 'explain', 'what question', 'which question', 'i beg your pardon',
    "(?:i )?(?:don't|do not|didn't|did not) (?:understand|get|follow|quite get|really understand)(?: (?:what you (?:mean|meant|said)|what you're asking|what you are asking|you|the question|your question|what that means|what's being asked))?",
    "(?:i'm )?not sure (?:what you (?:mean|meant|are asking|'re asking)|i (?:understand|follow|get it))", "(?:i'm |i am )?not sure what (?:that|this) means",
    'what are you asking(?: me)?', "(?:i )?(?:don't|do not) get (?:it|what you mean)",
    "(?:i )?(?:don't|do not) (?:follow|understand|get it),? what (?:are you asking|do you mean|is the question)(?: me)?",
    '(?:can|could|would) you (?:please )?(?:rephrase|reword|explain|clarify|repeat|elaborate|say (?:that|it) (?:again|differently|another way)|put (?:that|it) (?:differently|another way)|be more specific)(?: (?:the question|that|it|what you mean|yourself))?',
    '(?:can|could|would) you (?:please )?(?:tell me (?:more )?(?:about )?|explain (?:a bit )?(?:more )?(?:about )?)what you (?:mean|meant|are asking|want to know)',
  ],
  clarifyTerm: [
    "what(?:'s| is| are| does| do) (?:an? )?{x}(?: mean| stand for)?", 'what do you mean by (?:the |an? )?{x}', 'what is meant by (?:the |an? )?{x}',
    'define {x}', 'meaning of (?:the |an? )?{x}',
  ],
  questionBack: {
    why: [
      'why do you (?:want|need) to know(?: that| this)?', "why (?:are you|do you|would you) ask(?:ing)?(?: me)?(?: (?:this|that|about (?:this|that)))?",
      'why (?:does|would|should) (?:that|this|it) matter(?: to you)?', "what(?:'s| is) (?:this|that|it|all this) for", "what(?:'s| is) the (?:point|purpose)(?: of (?:this|that|these questions|the question|asking))?",
      'why do you care', 'what do you need (?:this|that|it|to know) for', 'why this question', 'why that question', 'why',
    ],
    who_reads: [`who (?:else )?(?:will |would |can |is going to |gets to |else )?(?:see|sees|read|reads|look at|looks at|has access to|have access to|get|gets|receive|receives|review|reviews)(?: ${THIS})?`, 'who is (?:this|it) (?:for|going to)', 'where does (?:this|it) go',
      `will (?:my (?:boss|manager|company|employer|team|colleagues|coworkers)|anyone|anybody|someone|they|the company|your team) (?:see|read|know about|find out about) ${THIS}`],
    ai: [`(?:is|are) (?:this|that|it|you) ${BOT}`, `am i (?:talking|speaking|chatting) (?:to|with) ${BOT}`, `are you (?:even )?${BOT}`, 'is (?:anyone|somebody|someone) (?:there|reading this|real)', `is there ${BOT} (?:there|behind this)`, 'is (?:a|an|any) (?:human|real person|person|actual person) (?:reading|looking at|going to read|reviewing) (?:this|these|my answers)'],
    who_are_you: ['who are you', 'who is this', "who's this", 'who am i (?:talking|speaking|chatting) (?:to|with)', 'who do you work for', 'who made you', "who's asking", '(?:which|what) company (?:is this|are you)'],
    how_long: [
      'how long (?:will|does|is|would) (?:this|it) (?:take|going to take|last|be)', 'how long is (?:this|it)(?: going to be)?', 'how much longer(?: (?:is this|will this take|will it take))?',
      'how many (?:more )?questions(?: (?:are there|are left|left|to go|do you have|remain))?', 'how many (?:more|left)', 'are we (?:almost|nearly) (?:done|finished|there)',
      'is (?:this|it) (?:almost|nearly) (?:over|done)', 'when (?:does|will) (?:this|it) end',
    ],
    privacy: [
      `what (?:will|do|are|would) you (?:do|doing|going to do|use) (?:with )?${DATA}(?: for)?`, `what happens (?:to|with) ${DATA}`, `(?:is|are) ${DATA} (?:anonymous|confidential|private|recorded|stored|secure|safe|shared|sold)`,
      '(?:is|are) (?:this|it) (?:anonymous|confidential|private|recorded|being recorded|stored|secure)', `will ${DATA} be (?:shared|anonymous|public|published|stored|recorded|confidential|used|sold)`,
      `where does ${DATA} go`, `do you (?:store|keep|record|save|sell|share) ${DATA}`, 'is my name (?:attached|shared|stored)',
    ],
    other: ['what about you', 'and you', 'how about you', 'what do you think', 'what would you do', 'how are you', "what(?:'s| is) your name", 'where are you (?:from|based)'],
  },
  offTopic: [
    "(?:what's|what is|how's|how is) the weather(?: like)?(?: today| there)?", 'what time is it', "what(?:'s| is) the (?:time|date)", 'tell me (?:a|another) (?:joke|story|poem|fun fact)',
    'sing (?:me )?a song', 'say something funny',
  ],
  offTopicOpen: [
    "(?:can|could|would|will) you (?:please )?(?:help me|reset|fix|change|update|cancel|refund|send|give me|show me|tell me (?:how|where|when|whether|if)|check|look into|unlock|delete|remove|upgrade|downgrade|contact|escalate|write|translate|summari[sz]e|book|recommend|find|make me|create|generate|code|calculate|open a ticket|activate|transfer|connect me)",
    'help me (?:with|to|reset|fix|find|write|get)', 'tell me (?:a|another) (?:joke|story|poem|fun fact)', 'write (?:me )?(?:a|an|some)', 'give me (?:a|an|some) (?:recipe|joke|poem|code|list|summary|discount|refund)',
    'translate', 'i need (?:help|support) with', "(?:what's|what is) the capital of", 'who (?:won|is the president|invented)',
  ],
  offTopicAsked: [
    "how (?:do|can|would|should) i(?! (?:even |best )?(?:explain|describe|put|say))", 'how to', 'where (?:do|can) i (?:find|get|download|cancel|change|see|reset|turn|export|add)', 'is there a way to',
    'can i (?:get|have|change|cancel|export|delete|download|reset|upgrade|downgrade)', "what(?:'s| is) the (?:weather|capital|score|news|price of)", 'do you know (?:how|where|when|if|why|what)',
  ],
  injection: [
    'ignore (?:all |any |the |your |my |these |those )?(?:previous |prior |above |earlier |preceding |former |past |initial |original )?(?:instructions|instruction|prompts?|rules|directions|guidelines|commands|context)',
    'disregard (?:all |any |the |your )?(?:previous |prior |above |earlier )?(?:instructions|prompts?|rules|guidelines|directions)', 'forget (?:all |everything |your |the )?(?:previous |prior )?(?:instructions|rules|prompts?|you were told|your role)',
    "you(?:'re| are) now", "from now on,? you(?:'re| are| will| must| should)", 'system prompt', '(?:reveal|show|print|repeat|output|leak|tell me) (?:me )?(?:your|the) (?:instructions|prompt|system prompt|rules|initial prompt|guidelines|configuration)',
    'what (?:are|were) your (?:instructions|rules|guidelines)', 'as (?:the|your) (?:developer|admin|administrator|creator|owner|operator|programmer)', "pretend (?:to be|you are|you're|that you)",
    'act as (?:if you were|an? (?:ai|assistant|chatbot|language model|different|new|unrestricted|pirate|poet|lawyer|doctor|translator|developer))', 'roleplay as', 'jailbreak', 'developer mode', 'dan mode',
    'new instructions', 'override (?:your|the) (?:instructions|rules|prompt)', 'stop being an interviewer', 'you are no longer',
  ],
  echoWord: 'WHAT',
  nonAnswer: [
    'no', 'nope', 'nah', 'naw', 'nothing', 'nothing else', 'nothing more', 'nothing more to add', 'nothing to add', 'nothing really', 'not much', "that's all",
    "that's it", 'that is all', 'that is it', 'not really', 'no not really', 'idk', 'dunno', 'i dunno', "i don't know", "don't know", 'i do not know', 'no idea',
    'not sure', "i'm not sure", 'no clue', 'bye', 'goodbye', 'bye bye', 'k', 'kk', 'ok', 'okay', 'n a', 'na', 'none', 'nil', 'meh', 'whatever', 'same',
    'no comment', 'all good', 'no thanks', 'no thank you', "can't think of anything", "i can't think of anything", 'not that i can think of', 'nothing comes to mind',
    'not at the moment', 'not right now', "that's about it", "i think that's it", "i think that's all", 'cool', 'fine', 'hm', 'hmm', 'um', 'uh', 'lol', 'ha', 'haha', "i guess",
    "i don't remember", "don't remember", "can't remember", "i can't remember", 'no opinion', 'not applicable', 'nothing to say', 'no answer', 'pass',
  ],
  closes: [
    'no', 'nope', 'nah', 'naw', 'nothing', 'nothing else', 'nothing more', 'nothing more to add', 'nothing to add', 'nothing really', "that's all", "that's it",
    'that is all', 'that is it', 'not really', 'no not really', 'none', 'no thanks', 'no thank you', "can't think of anything", "i can't think of anything",
    'not that i can think of', 'nothing comes to mind', "that's about it", "i think that's it", "i think that's all", 'not at the moment', 'not right now',
  ],
  filler: [
    'seriously', 'sorry', 'please', 'thanks', 'thank you', 'ok', 'okay', 'well', 'um', 'uh', 'hmm', 'look', 'listen', 'honestly', 'actually', 'hey', 'hi',
    'hello', 'oh', 'so', 'right', 'alright', 'man', 'dude', 'lol', 'ugh', 'anyway', 'wait', 'guys', 'excuse me', 'also', 'and', 'but', 'sorry but', 'really', 'just',
  ],
};
