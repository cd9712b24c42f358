// What kind of answer a question wants, read from its wording. Used as a gentle ranking nudge only.

export interface QueryIntent {
  /** "how quickly", "timescale", "by when": prefers sections that state a time limit. */
  wantsTimescale: boolean;
  /** "phone", "number", "email", "contact": prefers sections that give a contact. */
  wantsContact: boolean;
  /** What the question asks for (ASK bits). */
  asks: number;
  /** The question itself names danger or an emergency: the emergency section may rank on its words. */
  namesEmergency: boolean;
  /** It asks something ("...is that the right order?"), even when the ask is none of the ASK kinds; a happening told
   *  without a question ("the cook smacked a toddler") does not. */
  questioned: boolean;
  /** It asks what to do, or whether to pass a concern on, and says nothing of it having been passed on yet: a section
   *  only on what happens after a report ("What happens after a private fostering arrangement is reported?") comes later. */
  beforeReporting: boolean;
  /** It asks what happens next and says it has been passed on already ("it's gone to the LADO, what happens from
   *  here?"): a section on whether or how to pass a concern on comes later. */
  afterReporting: boolean;
}

export function readIntent(question: string): QueryIntent {
  const q = question.toLowerCase();
  const asks = questionAsks(question);
  const straightQuotes = q.replace(/[’‘]/g, "'");
  return {
    wantsTimescale: /\b(how (quickly|fast|soon|long)|timescales?|time ?limits?|deadline|by when|within how|how many (hours|days)|when (do|must|should) i (tell|contact|refer|inform|report)|sit(ting)? on (it|this|that) (til|till|until))\b/.test(q) || (PUT_OFF.test(q) && REPORTING_WORD.test(q)),
    wantsContact: CONTACT_WORDING.test(q),
    asks,
    namesEmergency: EMERGENCY_WORDING.test(q),
    questioned: /\?/.test(q),
    beforeReporting: (asks & ASK.whatNext) === 0 && (asks & BEFORE_REPORTING_ASKS) !== 0 && !PASSED_ON.test(straightQuotes),
    afterReporting: (asks & ASK.whatNext) !== 0 && (asks & STEPS_BEFORE_REPORTING) === 0 && toldAsPassedOn(straightQuotes),
  };
}

// Getting in touch with someone: with "who", a question asks whom to call.
const CALLING = /\b(call|calls|ring|phone|contact|tell|inform|report|refer|notify|speak to|talk to|go to|get hold of|get in touch|number|email|e-mail|alert|let \w+ know|pass (\w+ )?on|hand (\w+ )?over|(should|needs?|must|ought|has|have)( to)? know|be (told|informed|made aware|aware))\b/;

// "Email" as a contact asked for ("the LADO's email?"), not one received ("got an email asking me to..."); a call as the
// step around which something else is asked ("do I tell mum before I ring the hub?") asks that other thing.
const CONTACT_WORDING = /(?<!\b(before|after|once|until|till) (i|we) )\b(phone|numbers?|telephone|ring|call|contact details?|who do i contact|how do i contact)\b|\b(e-?mail (address|for)|(what'?s|whats|what is) the e-?mail|(can|do|should|shall) (i|we) (just )?e-?mail)\b/;

// Putting a report off is a question of how quickly ("head wants to leave it til Monday to tell the LADO"); putting
// off a call with no report named ("anyone I can ring now, or does it wait till Monday?") asks whom to call tonight.
// "Sit on it till she's back" is holding a report back, whatever it names (readIntent).
const REPORTING_WORD = /\b(lado|designated officer|refer|referral|report|reporting)\b/;
const PUT_OFF = /\b(leave|leaving|wait|waiting|hold|holding|put|putting|sit|sitting) (it |this |that |off |it off |on it |on this |on that )?(til|till|until|to|over) (monday|tomorrow|next week|the weekend|after the weekend|(she|he|they)('?s|'?re| is| are) back)\b|\bcan (it|this|that) wait\b/;

const NINE_NINE_NINE_OR = /\b(999|police|the police|an ambulance) or (the |a )?(ifd|mash|front door|hub|duty team|social care|csc|edt|emergency duty team|referral|101|police|999|lado)\b|\b(ring |call |phone |dial )?(999|the police) (first|straight away|right away|now) or (get|fetch|tell|find|ring|call|grab) (the |my |our )?(head|headteacher|head teacher|manager|dsl|safeguarding lead|deputy|boss)\b|\b(ifd|mash|front door|hub|duty team|social care|csc|edt|101|lado) or (999|the police|police)\b/;

// The emergency section ("a child is in immediate danger: who do I call?") is put first by the immediate-danger
// detector when danger is described; in ordinary ranking its "who do I call" must not win every contact question.
// "She's safe right now" says the opposite.
const EMERGENCY_WORDING = /\bdanger|\bemergenc|\b999\b|(?<!\bsafe )\bright now\b|\bimmediate(ly)?\b|\burgent/;

export function isEmergencyHeading(heading: string): boolean {
  return /\bimmediate (danger|risk)\b|\bemergenc/i.test(heading);
}

const TIME_EXPRESSION = /\b(\d+|one|two|three|four|five|ten|fifteen|24|48)\s+(working\s+)?(hours?|days?|weeks?|months?)\b|\bsame day\b|\bimmediately\b|\bstraight away\b/i;
const CONTACT_EXPRESSION = /\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b0\d{2,4}\s?\d{6,7}\b|\b\d{3}\b(?=.*\b(police|non-emergency)\b)|[\w.+-]+@[\w-]+\.[\w.]+/i;

export function statesTimescale(text: string): boolean {
  return TIME_EXPRESSION.test(text);
}

export function givesContact(text: string): boolean {
  return CONTACT_EXPRESSION.test(text);
}

// What a question asks for, as one of a few kinds, read from the question and (at index time) from each
// section's heading, which is written as the practitioner's question. Siblings in one document mostly
// differ by what they answer (who tells, what first, can we, how fast, what level), so a question whose ask
// matches a heading's ask prefers that sibling. A bit set: a question can ask two things.
export const ASK = {
  whoTells: 1 << 0,
  whatToDo: 1 << 1,
  mayWe: 1 << 2,
  whether: 1 << 3,
  level: 1 << 4,
  challenge: 1 << 5,
  why: 1 << 6,
  whatNext: 1 << 7,
  timescale: 1 << 8,
  whatIs: 1 << 9,
  /** What reviews or audits found or taught: the findings, not why they matter or what to change. */
  findings: 1 << 10,
  /** Questions to talk through with a team: the prompts at the end of a learning briefing. */
  discussion: 1 << 11,
  /** What not to do: the pitfalls, not the first steps ("what must I avoid", "what shouldn't I do"). */
  whatNotToDo: 1 << 12,
  /** What to change in practice: the "what to do differently" part of a learning briefing. */
  differently: 1 << 13,
  /** Who takes part: who attends a meeting, whether the person it is about goes ("will she be there herself?"). */
  whoAttends: 1 << 14,
  /** How to go about a step ("how do I flag it up?", "How do I refer...?"): the section on that step. */
  howTo: 1 << 15,
  /** A time limit on the asker ("how long have I got to tell them?"), not how long something takes. */
  deadline: 1 << 16,
  /** How long something takes or lasts ("how long does a LADO case take?"), not a time limit on the asker. */
  duration: 1 << 17,
  /** What was learned (lessons), among the findings: not the story of what happened or what was found. */
  lessons: 1 << 18,
  /** How to recognise it ("How might I spot a young carer?", "what are the signs"): not what to do about it. */
  signs: 1 << 19,
  /** What it means for the child or family ("will he end up with a record?", "will it get them into trouble?"). */
  consequence: 1 << 20,
  /** The story of a reviewed case ("what actually happened in that one?"): not what it taught. */
  story: 1 << 21,
  /** A count ("how many allegations did the LADO get that year?"): the figures, not the kinds or who referred. */
  figures: 1 << 22,
  /** Whose job it is, when someone else might do it ("the GP said he'd sort it, do I still refer myself?"). */
  whoseJob: 1 << 23,
  /** Which of several bodies it goes to ("he lives here but works in Bolton, which LADO?", "whose area is it?"). */
  whichBody: 1 << 24,
  /** Whom a procedure covers ("does the LADO cover volunteers or just paid staff?", "is a self-employed tutor covered?"). */
  covers: 1 << 25,
  /** What to write down ("what do I need to be noting as I go?", "What should I record when I escalate?"). */
  record: 1 << 26,
  /** How often something is done ("how many times a year do they audit?", "How often does the partnership audit?"). */
  howOften: 1 << 27,
  /** How cases are picked ("which families get audited?", "How are cases chosen?"). */
  chosen: 1 << 28,
} as const;

/** Asks a heading can make that only a question asking the same wants ("Why X matters" does not answer "what did they find"). */
export const NARROW_ASKS = ASK.why | ASK.whatIs | ASK.discussion | ASK.signs | ASK.differently;

const ASK_PATTERNS: Array<[number, RegExp]> = [
  // "Who" as the question, not as a relative clause ("a girl who comes to the club ... report it?"): at the start of
  // a sentence or after "and", "but", "know", "sure", "ask".
  [ASK.whoTells, /\bwho (else )?(needs|has|ought|should|must|wants) (to )?(know|be told|hear|be informed|be made aware)\b|\b(which|what|whose) (team|service|agency|department|dept|office|door|number|line|one)( \w+){0,2} (am i|are we|do i|do we|should i|should we|must i|must we|would i|would we|can i|can we)( (meant|supposed|expected))?( to)? (go|ring|call|phone|contact|refer|send|report|speak|talk|email)\b|\bwho (do|should|must|does|will (?!be\b)|tells|contacts|informs|notifies|refers|reports|makes|decides|is responsible|takes (it|this|that) (to|on)|passes (it|this|that) on|sends (it|this|that|the referral))\b|\bwho else( (then|now|is there|can i|could i|do i|should i))?\??$|\b(can'?t|cannot|can i|should i|do i) (\w+ )?(take|bring) (it|this|that) to\b|(?<!\bback to )\b(myself|me) or\b|\b(is it|do|does|should) (us|we|me|i|them|they|you) or (them|they|us|we|me|him|her|the \w+) (that |who )?(tell|tells|report|reports|refer|refers|contact|contacts|inform|informs|ring|rings|notify|notifies)\b|\bgo(es)? (thr(ough|u)|via) (my|the|our)\b|(^|[.?!;:,(-] *|\b(and|but|so|or|know|sure|ask|asking|wondering|unclear|clear) )who\b.*\b(tell|contact|inform|refer|report|pass|send)\b|\bwho (am i|are we) (meant|supposed|expected) to\b/],
  // Who makes the call, put as a choice ("do I tell the head or go direct to the LADO myself?").
  [ASK.whoTells, /\bwho to (go to|tell|ring|call|phone|contact|speak to|talk to|report (it |this |that )?to)\b|\bwhere (does|do|should|would|can) (this|it|that|i|we) (go|take (it|this|that)|report (it|this|that))( now| next)?\b(?! from)|\bwhere (do|should|would|can|am) (i|we) (send|sending|pass|passing) (it|this|that|the|my|our|these|them|on)\b|\bwho (am i|are we) (ringing|calling|phoning|contacting|telling|referring (it |this )?to|reporting (it |this )?to)\b|\b(go|ring|call|phone|report|refer|email|contact) (it )?(direct|directly|straight) (to )?(the )?(lado|designated officer|front door|mash|ifd|social care|csc|police)\b|\b(ring|call|phone|contact|tell|refer to|report to|email) (the )?(lado|designated officer|front door|mash|ifd) myself\b/],
  [ASK.whatToDo, /\bwhere (do|should|can) (i|we) go (from here|now|next|with (this|it|that))\b|\bwhat (are|is) (the )?([\w'-]+ ){1,2}(supposed|meant|expected) to (be )?(tell|say|do|advis|giv|pass)|\b(advice|message|messages) (we'?re|we are|i'?m|i am|we|i) (meant|supposed|expected|asked) to (give|pass on|share|say)\b|\bany (advice|tips|pointers)\b|\b(advice|tips) (i|we) (can|could|should) (give|pass on|share|offer)\b|\bwhat (am i|are we|is she|is he) (supposed|meant|expected) to (be )?(tell|telling|say|saying|advise|advising|do|doing)\b|\bsays? (i|we) should (be )?(do|doing|tell|telling|say|saying)\b|\bwhat (do|should|shall|must|can) (i|we|school|the school|a school|schools|our team|the team|staff|a setting|the setting|settings|a nursery|nurseries) ((even|actually|really|now|just) )?(be )?(do|doing)\b|\bwhat('s| is|s)? (meant|supposed) to happen\b|\bwhat should happen (now|when|each|after|next)\b|\bwhat (now|first)\b|\bwhat (should|could|ought|would) (i|we) (to )?(have|of) done\b|\bwhat happens now\b|\bdo first\b|\bwhat are (my|the) (first )?steps\b|\bhow (do|should|can|would) (i|we) (best )?(respond|handle|deal|tackle|approach|broach)\b|\bhow (do|can|should|could) (i|we) (best )?(help|support)\b|\bwhat are (my|our|the) options\b|\b(is there )?any ?thing (else )?(i|we) (can|could|should|need to|have to|ought to) do\b|\bany ?thing (else )?for (us|me|staff|school|the school|the club|them)( as [\w ]{1,25})? to do\b|\bany ?thing (else )?(i|we) (should|ought to|need to) be doing\b|\bwhat('?s| is| are)? (the |my |our )?next( steps?)?\s*([?.!]|$)|\b(do|should|must) (i|we) (need to |have to )?do any ?thing\b|\bwhat (do|would) (i|we) need to do\b|\bwhat (do|should|shall|can|would) (i|we) (be )?(say|saying|tell|telling|advise|advising)\b|\bwhat (am i|are we) (meant to be |supposed to be )?(saying|telling|advising)\b|\bwhere (do|should|shall|would|can) (i|we) (even |actually )?(start|begin)\b|\bwhat('s| is) (my|our) (role|part|job)\b|\bwhat('s| is) expected of (me|us)\b|\bwhat (do|will|would) (they|you|the \w+) (want|need|expect) (from|of) (me|us)\b|\bwhat (do|will|would) (they|you|the \w+) (expect|want|need) (me|us) to (bring|say|do|prepare|write|send)\b|\bany options\b|\bwhat options (do|have) (i|we)\b|\bwhat (should|do|must) (i|we) (have|get|bring|take) ready\b/],
  // "What can I do?" and "what should I do?" ask for steps, not for permission: not this kind.
  [ASK.mayWe, /\b(is|was) (that|this|it) (right|correct|allowed|alright|all right|ok|okay|acceptable|the right (thing|way|order|call))\b|\b(that'?s|that is) (the )?right (way round|order|thing to do|way to do it)\b|\bthe right way round\b|\bin the right order\b|^(can|could|may|should|shall|must|are) (we|i|they|he|she)\b|^(should|can|could|may|must) (the|a|an|this|that|our) (person|worker|member of staff|staff member|employee|volunteer|teacher|colleague|accused|person accused)\b|^do (we|i|they|he|she)\b(?! (do|need|have|actually|even|really)\b)|([.?!;:,] *|\b(so|and|but|or) )(can|could|may|should) (we|i|they|he|she)\b(?! (just )?(ring|call|phone|contact|speak to|talk to|ask) (someone|somebody|anyone)\b)|(?<!(what|where) )\b(can|could|may|shall|should|do) (we|i|they|he|she) (still |just |actually )?(start|carry|go|get|give|tell|ask|speak|talk|wait|suspend|investigate|question|interview|take|let|share|keep|withdraw|stop|warn|refer|report)\b|\b(allowed|have to wait|must not|should not|shouldn't|mustn't|not do)\b|\b(ok|okay|alright) (to|for (me|us) to)\b/],
  // "Can I refer without his ok?" asks whether consent is needed, as "do I need their consent?" does (sharing without it
  // is asked as permission: "when can I share without consent?"); so do "is that something or nothing?" and "still got to
  // ring it through?". So does "LADO or just a quiet word?", as "is it a low-level concern or an allegation?" does.
  // "Am I meant to report her or is that over the top?": whether it goes on at all.
  // A duty asked back, short, of what was just told ("begged me not to tell her mum. do I have to?"), or whether a
  // parent must know: whether I should, as "Should I tell the parents...?" is asked.
  [ASK.mayWe, /\b(am i|are we) (obliged|required|bound|supposed|meant|allowed) to ?\?|\b(do|must) (i|we) (really |actually |still )?(have|need) to ?\?|\b(does|do) (mum|mam|dad|the parents?|her (mum|mam|dad|parents)|his (mum|mam|dad|parents)|their parents|the family) (really |actually )?(need|have) to (know|be told)\b/],
  [ASK.whether, /\bsomething or nothing\b|\b(am i|are we) (meant|supposed|expected|obliged|required) to (report|refer|tell|pass|flag|mention|raise|say)\b(?! (it |this |that )?to)|\b(or is (that|it|this) )(over the top|overkill|overdoing it|a bit much)\b|\bhow (worried|concerned|bothered) (should|do|must|would|need) (i|we)( to)? be\b|\b(am i|are we) (just )?(over ?reacting|being (over ?dramatic|paranoid|daft|silly|precious))\b|\b(does ?n'?t|does not|did ?n'?t|did not) (add up|sit right|sit well|ring true|make sense)\b|\bsomething (is ?n'?t|is not|does ?n'?t|doesn'?t) (right|add up)\b|\b(is|would|will) (that|this|it) (be )?(something|anything) (i|we) (should|need to|ought to|have to|must|would need to) (be )?(tell|telling|report|reporting|pass|passing|flag|flagging|refer|referring|mention|mentioning|raise|raising)\b|\bshould (i|we) (be )?(telling|reporting|flagging|mentioning|raising|passing) (this|that|it|someone|anyone|anybody|somebody)\b|\bis (it|that|this) (actually |really |even )?(any of )?(our|my) business\b|\bnone of (our|my) business\b|\b(does|do|should|would|will) (anyone|anybody|someone|somebody) (else )?(official )?(need|needs|have|has) to (be told|know|hear)\b|\b(need|needs) telling\b|\b(does|do|would|will|should|must) (the )?(lado|designated officer|police|mash|front door|ifd|social care|csc|council|ofsted|school|nursery|club|employer)( or (the )?(lado|designated officer|police|mash|front door|ifd|social care|csc|council|ofsted|school|nursery|club|employer))? (even |actually |really |still |also )?(need|needs|have|has) to (know|be told|hear|be informed)\b|\b(does|do|would|will|should) (it|this|that) (even |actually |really |still )?(go|get passed|get sent|need to go) (anywhere|any where|on anywhere|outside)\b|\bis (it|this|that) something (for )?(the )?(lado|police|mash|front door|social care|designated officer)\b|(?<!\bwho (else )?)\b(need|needs|has|have|ought) to (hear|know) about\b|\b(still )?(got|have|need|needs) to (ring|phone|call|refer|report|pass|send) (it|this|that|them) (through|in|on)\b|\bstill (got|have|need) to (refer|report|ring|phone|call|tell)\b|\bthreshold for (a |the )?(referral|referring|lado|social care)\b|\bneeds? (reporting|referring|passing on|to be reported|to be referred)\b|(?<!\b(what|how|who|where|which|when|why) )\b(does|do) (it|this|that|we|i) (even |actually |really )?need\b|\b(does|do) (he|she|they|the (child|baby|boy|girl|lad|family)) (even |actually |really |still )?need (a|an|to be)\b|\b(do|does|would|will) (we|i|it|this|that) ((even|actually|still|really|just) ){0,2}(need|have) to (go|be|report|refer|tell|ring|phone|call|pass|send|flag|ask|get|inform|let|involve|share|check|seek)\b|\b(do|does|would|should|will) (it|this|that) (even |actually |still |really |also )?go (to|through|on to)\b|\bis (it|this|that) (a|an|for the|even a|something for)\b.*\b(lado|referral|refer|report|matter|thing|allegation)\b|\bwhen (should|do|does|must|is)\b.*\b(contact|refer|referred|report|reported|tell|told|go|goes)\b|\b(should|do|must) (i|we) ((still|really|actually|even) ){0,2}(refer|report)\b|\b(need|have) to (refer|report)\b|\bapply to (him|her|them|this|us|my|our|a|the)\b|\b(lado|refer|report|referral|safeguarding|social care|front door|mash|police)( one| thing| matter| issue| referral| level)? or not\b|\b(lado|designated officer)\b[\w' ]{0,12}\bor\b[\w' ]{0,12}\b(quiet word|a word|mention|tell the|log|record|note|deal with it|handle it|keep an eye|monitor|internal|in house|ourselves)\b|\b(quiet word|a word with|log it|record it|note it|deal with it ourselves|handle it ourselves|keep an eye)\b[\w' ]{0,12}\bor\b[\w' ]{0,12}\b(lado|designated officer)\b|\bis (it|this|that) (something|one) (i|we|to) ((should|need to|have to|must) )?(pass|report|refer|flag|share|tell|mention)\b|\b(worth|bother) (mentioning|reporting|referring|passing on|flagging|raising|telling|sharing|logging|recording)\b|\b(can|could|may|should|do|does) (i|we|you|the \w+|school|they|he|she) (still |just |actually )?(go|refer|report|tell|pass|ring|call|phone|contact|make|send|put) (\w+ ){0,5}without ((his|her|their|the (parents?|family|parents')'?s?|mum'?s|dad'?s|parental|any) ?)?(ok|okay|consent|permission|agreement|say-?so|knowing|knowledge)\b/],
  // Consent asked in everyday words: "does mum have to agree first?", "have I got to get dad's ok before I pass it on?".
  [ASK.whether, /\b(have|has|need|needs) to (agree|consent|say yes|give (their|her|his|the) (ok|okay|consent|permission|say-?so))\b|\b(got|have|need|needs) to (get|ask for|have) (the |their |her |his |mum'?s |mums |dad'?s |dads |the parents'? |parents'? |the family'?s )?(ok|okay|consent|permission|say-?so|agreement|blessing)\b/],
  // Whether it goes beyond the setting at all: "is a quiet word enough or does it go further?", "does this go outside
  // school or do we sort it ourselves?", "LADO or do we keep it in school?".
  [ASK.whether, /\b(does|will|should|would|do|must) (it|this|that|we) (need to |have to )?(go|take it|be taken) (any )?further\b|\bis (that|this|a (quiet |little )?(word|chat)|a warning|a telling off|words of advice) (enough|sufficient|ok on its own)\b|\b(go|goes|taken|reported|passed) outside (of )?(the )?(school|nursery|club|setting|organisation|service|practice|team|group|home|church)\b|\bkeep (it|this|that) (in|within|inside) (school|house|(the|our) (school|nursery|club|setting|organisation|service|practice|team|group|home|church))\b|\bkeep (it|this|that) (internal|in-house|in house)\b/],
  // "What's the test?", "what tips it into a review?", and a heading asking when one thing becomes another.
  [ASK.level, /\b(a|level|lvl) ?[1-4] or (a |level |lvl )?[1-4]\b(?![ -]?(years?|yrs?|y\/o|yo|months?|weeks?|days?|hours?|hrs?|times?|mins?|kids?|child|children|boys?|girls?|of)\b)|\bwhat('?s| is) the test\b|\b(is|would|will) (that|this|it) (still )?(count as |counts as |be classed as |be )?(neglect|abuse|emotional abuse|physical abuse|significant harm)\b|\bwhat tips (it|this|that|a case|the case|things) (into|over)\b|\bwhen does (a|an|the) ([\w-]+ ){1,4}become\b|\b(sounds?|looks?|seems?|feels?) like (a )?(level )?[1-4] or (a )?(level )?[1-4]\b|\b(is it|is this|is that|would it be|would that be|would this be) (a )?(level )?[1-4] or (a )?(level )?[1-4]\b|^level \d\b|\b(is|was|would) (it|this|that|she|he) (\w+ ){0,2}level\b(?! (of|with|headed))|\bwhere('?s| is| do (i|we|you)) (draw )?the line\b|\bat level \d\b|\b(what|which) (level|tier)\b|\blevels? of need\b|\b(early help|level [1-4])\b[\w' ,]{0,40}\bor\b[\w' ]{0,30}\b(social care|csc|mash|front door|level [1-4]|child protection|specialist|statutory)\b|\blevel \d (and|or|vs|versus|v) (level )?\d\b|\bthreshold\b|\b(bad|serious|severe|high) enough\b|\bhow (risky|dangerous|serious|bad|worrying|concerning) (is|was|would be|are) (that|it|this|they)\b|\b(reach|reaches|reached|hit|hits|cross|crosses|clear|clears) the (bar|mark)\b|\bmeets? the\b|\b(what|(does|would|will) (it|this|that|he|she|they|the (baby|child|boy|girl))( still)?|do (they|these|those)( still)?) counts? as\b|\blow[- ]level\b.*\bor\b|\bor\b.*\blow[- ]level\b|^is (\w+ ){1,6}(physical |emotional |sexual )?(abuse|neglect|harm)\??$/],
  [ASK.challenge, /\bchallenge\b|\b(they|they'?ve|theyve|csc|social care|mash|the panel|the lado|the school|the council|the sw|the social worker|she|he) (have |has |'ve )?(got|get|getting) (this|it|that) (\w+ )?wrong\b|\bdisagree|\bdon'?t agree\b|\bnot happy\b|\bescalat|\bwon'?t (let|refer|act|listen)\b|\bisn'?t acting\b|\b(kick|kicking|make|making) (up )?a fuss\b|\bargue (with|against)\b|\bpush (back|for)\b|\btake (it|this|that) (up|further|higher)\b|\bgo(ing)? over (his|her|their|my manager'?s|the \w+'?s) heads?\b|\b(appeal|appealing|appealed) (it|the|that|this|against|a)\b|\b(can|could|should|do|may) (i|we|they|he|she) appeal\b|\bto appeal\b|\b(lodge|make|an) appeal\b|\boverturn/],
  // Why, asked any way: wording questioned ("is that wording ok?", "something about that word bothers me"), a reason
  // asked ("why do we...?", "how come", "what is it for?"), or the asker singled out ("am I in trouble?", "why me").
  [ASK.why, /\b(is|was) (that|this|the|her|his|their) (wording|word|words|language|phrase|phrasing|way of putting it) (ok|okay|right|alright|fine|appropriate|acceptable|wrong|a problem)\b|\bsomething about (that|the|this) (word|wording|phrase|phrasing|language)\b|\b(can'?t|cannot|couldn'?t) (\w+ ){0,2}explain why\b|\b(is|was) (that|this|it) (ok|okay|alright|fine|right) to (write|say|put|record)\b|^why\b|\bwhat('s|s| is) (actually |so |really )?wrong with (saying|writing|putting|calling|recording|using|it|that|this)\b|\b(the )?(reasoning|reason|thinking|logic|rationale) behind\b|\b(what'?s|what is) the (big )?(problem|issue) with (saying|writing|putting|calling|it|that)\b|\bwhy me\b|\b(am i|are we|is she|is he) in (trouble|bother)\b|\bhave (i|we) done something wrong\b|\b(am i|are we|is she|is he|are they) being (investigated|checked up on|blamed|judged|marked|graded|tested|singled out)\b|\bis (this|it) (about|because of) (me|my practice|something i did)\b|\bwhy (do|does|did|is|are|have|has|should|would)\b|\bhow come\b|\bwhat('s|s| is| are) (it|this|that|they|these|those|the [\w-]+( [\w-]+)?) (actually |really |even |all )?for\s*([?.!,]|$)|\bwhat('s|s| is) the (point|purpose)\b|\bpurpose of\b/],
  // "What actually happens from here?", "what's going to happen now?", "where does it go from here?".
  [ASK.whatNext, /\bwhat (actually |really |exactly )?happens (next|now|then|after|to|from (here|now))\b|\bwhat('s| is) (going to|gonna) happen\b|\bwhat (will|would) happen (now|next|to (me|him|her|them))\b|\bwhere (does|do|will) (it|this|that|things|we|i) go from here\b|\bwhat('?s| is) next for (me|us|him|her|them)\b|\bafter (the |a |my )?(referral|allegation|strategy)\b|\bwill the (police|social care|lado)\b|\bwait for the police\b/],
  [ASK.timescale, /\bhow (quickly|quick|fast|soon|long)\b|\b(can|could|will|would|should) (it|this|that|the (lado|referral|call|report|form)( call| referral)?) (still )?wait (till|until|til|for|to|over|a)\b|\btimescales?\b|\bby when\b|\bwithin (\d|one|two|three|a few|an? (hour|day|week|month|working day)|the (same|next|first|hour|day|week|timescale|time ?frame)|how|what time)|\b(got|have|has|gives? us) (till|until|til|up to)\b|(?<!\b(miss|missed|missing|past|after|over|beyond) (the |a |our )?)\bdeadlines?\b|\btime ?limits?\b|\bhow many (hours|days|working days)\b/],
  // Whether it can wait for someone to be back ("do I sit on it till she's back?"), or has to be today ("does it need reporting today?", "...or ring someone today?"): how quickly, asked of one day or person.
  [ASK.timescale, /\b(does|do|will|would|must|should) (it|this|that|i|we)( really| still| actually)? (need|have|has|got) (to )?(be )?(report(ed|ing)?|refer(red|ring)?|ring(ing)?|call(ed|ing)?|phon(e|ed|ing)|tell|told|flag(ged|ging)?( up)?|pass(ed|ing)? on|done|doing|sent|go in)\b[\w' ]{0,30}\btoday\b|\bor (ring|call|phone|report|refer|tell|contact|email) ([\w']+ ){0,3}today\b|\b(ring|call|phone|report|refer|tell|contact) ([\w']+ ){0,3}today ?\?|\bsit on (it|this|that)\b|\b(wait|hold off|hold on|leave it) (till|until|til) (she|he|they|the \w+|my \w+|our \w+)('s| is| are|'re| gets?| comes?) back\b/],
  [ASK.deadline, /\bhow (quickly|quick|soon|fast|early)\b|\b(now|straight away|today) or (wait|nearer|closer|later|leave it)\b|\bwait (till|until|til) (nearer|later|closer|after|the birth|she'?s further)\b|\bat what (stage|point|gestation|week)\b|\bhow many weeks (pregnant|gestation|along)\b|\bwhen (should|do|must|shall) (i|we) (be )?(get|getting|send|sending|make|making|put|putting|submit|submitting)\b|\bhow long (have|has|do|does|did) (i|we|you|they|he|she) ((actually|really|even|still|realistically) )?(got|get|have)\b|\bhow long (before|until|till) (i|we|you) (must|have to|need to|should)\b|\bby when\b|\bwithin how\b|\b(got|have|has|gives? us) (till|until|til|up to)\b|(?<!\b(miss|missed|missing|past|after|over|beyond) (the |a |our )?)\bdeadlines?\b|\btime ?limits?\b/],
  [ASK.duration, /\bhow long\b(?!.*\b(got|before|until|till)\b).*\b(take|takes|taking|took|last|lasts|lasting|go on|goes on|drag on|drags on|run for|runs for)\b|\b(longest|maximum|max|most)\b[\w' ]{0,25}\b(supposed to|meant to|should|can|allowed to) (take|last|go on|run)\b/],
  // "What were the main messages?", "what went well and what didn't?", "what did last year's one show?".
  [ASK.findings, /\b(main|key|headline|big|top|common|recurring) (messages?|points|themes|issues)\b|\bwhat went well\b|\bwhat did (\w+('s)? ){0,9}(show|turn up|throw up|flag up|pick up|come up with)\b|\b(kept|keep|keeps) (flagging|coming|cropping) up\b|\b(turned|threw|picked) up\b.*\b(audits?|reviews?)\b|\b(audits?|reviews?)\b.*\b(turned|threw|picked) up\b|\b(audits?|reviews?)\b.*\b(weaknesses|strengths|shortcomings|weak spots)\b|\bwhat went wrong\b|\bwhat (was|were) (actually |really |so )?wrong with\b|\bwhat (were|was|are|is) (they|it|ofsted|inspectors|the inspectors|the inspection|the report) (so )?(unhappy|critical|concerned|worried|pleased|happy) (about|with|of)\b|\bwhat happened (to|in|with|for)\b|: what happened\??$|\bwhat (we|they|reviews?|audits?|the \w+) ((actually|really|ever) )?(learned|learnt|found|taught|showed)\b|\bwhat did\b.*\b(teach|find|show|learn|conclude)\b|\bwhat did (the |those |these |that |our )?([\w-]+ ){0,3}(reviews?|audits?|reports?|briefings?|scrs?|csprs?|lcsprs?)( [\w-]+){0,4} (actually |really )?say\b|\b(the|its|their|main|key) conclusions?\b|\b(take|took|taken) away from\b|\btake-?aways?\b|\bwhat (came|comes|has come) out of\b|(?<!\b(happens?|happened|done) (with|to) )\b(any|the|main|key) (learning(?! (reviews?|process|briefs?|briefings?)\b)|lessons|findings|themes)\b|\blessons learn|\bwhat (were|are) the (main |key )?(themes|findings|lessons)\b|\b(any|anything (from|in)) (\w+ )?(reviews?|review learning|case reviews?)\b|\breviews? (say|said|says|find|found|show|showed|taught)\b|\b(did|does|do) (it|they|the (reviews?|audits?|reports?|briefings?)) (say|mention|find|show) (anything|much|something)\b|\bwhat did (it|they) (say|find)\b|\b(didn'?t|did|doesn'?t|does|wasn'?t there) (a|the|one|that|some) (local )?(case )?(review|briefing|audit|report)s? (say|said|find|found|mention|show|showed|about)\b|\b(review|briefing|audit)s? (\w+ ){0,8}(saying|said|says) (something|anything|that|we)\b|\b(reviews?|audits?|briefings?|the partnership|anyone) (have |has |ever )?(picked (this |that |it )?up|flagged|highlighted)\b/],
  [ASK.lessons, /\b(got|went|gone|go) wrong\b|\bmissed (chances|opportunities)\b|\bwhat (was|were|got) missed\b|\bwhat (did|do|does|have|has|can|could) (\w+ ){0,4}(learn|learned|learnt|teach|taught)\b|\bwhat (we|they|reviews?|audits?|the \w+|\w+) (learned|learnt|taught)\b|\blessons? (learned|learnt|from)\b|\b(key|main) lessons\b|\blearning from\b|\blook(ing|ed)? back (at|on) (how|what|the way)\b|\blearn (the |any )?lessons\b|\bwhat (were|are|was) (the )?(main |key )?lessons?\b|\b(any|the) lessons\b|\bthere (was|is|were|are|'s) (some |a lot of |lots of |real |important |big )?(learning|lessons) (in|for|from)\b/],
  // Whether what one says stays private: "is it confidential?", "will my manager see what I put?", "will it get traced
  // back to me?", "don't want to drop anyone in it".
  [ASK.consequence, /\bconfidential\b|\banonym|\btraced? back\b|\b(get|gets|go|goes|find its way) back to (me|my|the|her|him|them|their|our|anyone)\b|\b(know|find out|tell|see) (it|that|this) came from (me|us)\b|\bwill (my|our) names?\b[\w' ]{0,30}\b(end up|appear|be (in|on|named|mentioned|used))\b|\b(see|read|know|find out) (what|that) (i|we) (put|wrote|write|said|answered)\b|\bfind out (it was|it'?s) (me|us)\b|\bwill (my|our) names? (be|go|end up|appear)\b|\bwho (will|gets to|can|would) (see|read) (it|this|that|them|my|our|what)\b|\bdrop (anyone|someone|somebody|colleagues|her|him|them|my \w+) in it\b|\b(answers|responses|replies) (are |is |be |get )?(kept|stored|held)\b|\bhow will (my|our) (answers|responses|replies|comments|information) be used\b|\bwill (my|our) (boss|manager|head|headteacher|employer|line manager|team leader) (see|read|find out|be told)\b|\bcome back on (me|us|my \w+|our \w+)\b|\b(be )?(used|held) against (me|us)\b|\bget (\w+ ){1,4}(in|into) trouble\b|\b(end|ends|ending) up with a (criminal |police )?record\b|\b(go|goes|going|be|stay|stays) on (his|her|their|my|the child'?s) (criminal |police )?record\b|\bwill (he|she|they|the (child|family|parents?|young person|boy|girl)) (\w+ ){0,3}(be |get )(arrested|prosecuted|charged|criminali[sz]ed|in trouble|a (criminal |police )?record)\b/],
  [ASK.signs, /\bhow (might|do|can|would|could|will) (i|we|you|staff|schools?) (\w+ )?(spot|recognise|recognize|notice|identify|tell (if|whether|when))\b|\b(what|which|any) (are )?(the |some |common |possible |typical )?(warning )?(signs|indicators|red flags)\b|\b(signs|indicators) (of|that|might|may|to look|to watch)\b|\bwhat (should|do|would|am|are) (i|we|you) (be )?(look|looking|watch|watching) (out )?for\b|\bwhat to (look|watch) (out )?for\b|\bspot(ting)? the signs\b/],
  [ASK.discussion, /\bquestions (for|to ask) (your|my|our|the) (team|staff|group)\b|\bdiscussion questions\b|\b(what|which|any|some|good) questions (should|could|can|do|would|shall) (we|i) (go through|use|discuss|cover|talk through)\b|\bquestions to (go through|talk through|discuss|use) (with|in|at)\b|\b(discussion|reflective|reflection) (questions|prompts)\b|\b(questions|prompts) (to|for) (discuss|talk|reflect)|\bto discuss (with|in) (my|our|the) (team|staff|supervision|group)\b|\bdiscussion (with|in) (my|our|the) team\b/],
  // Reflecting as a team ("what should we be asking ourselves?"): the questions a briefing ends with.
  [ASK.discussion, /\b(ask|asking) (ourselves|each other|yourselves)\b|\bquestions (should|could|would) (we|i) (ask|be asking) (ourselves|each other|the team)\b/],
  [ASK.whatNotToDo, /\bwhat (?:(?:should|must|shall|do|can) (?:i|we|you) (?:not|never) do|(?:shouldn'?t|mustn'?t|shan'?t) (?:i|we|you) do|not to do|to avoid|(?:should|must|do) (?:i|we|you) avoid)\b|\band not do\b|\bsteer clear\b|\b(?:things|mistakes) (?:to avoid|not to do|(?:i|we) (?:should|must) (?:not do|avoid))\b|\bdon'?ts\b|\bavoid doing\b|\b(?:i|we) (?:shouldn'?t|mustn'?t|should not|must not|must never|should never) do\b/],
  // "What does that look like in practice?": what to do, in a learning briefing's words.
  [ASK.differently, /\bwhat (does|would|should) (that|it|this) (actually |really )?look like (in (practice|practise|real life|reality|the real world)|day to day|on the ground|for (a|an|me|us|my|our))\b|\b(do|does|doing|done|did|work|working|act|acting|practise|practice|handle|handled|handling|approach|change|changed) (things |anything |it |this |that |them |what )?differently\b|\bwhat (does|did|do) (the )?(learning|reviews?|briefings?|lessons)( \w+)? (say|says|tell|suggest)\b.*\b(do|doing|change)\b|\bwhat should (we|our team|the team) be (doing|changing)\b/],
  [ASK.whoAttends, /\bwill (he|she|they|the \w+) be (sat|sitting|stood) (there|in (it|the room|the meeting))\b|(^|[.?!;:,(-] *|\b(and|but|so|or|know|sure|ask|asking|asked|wondering|unclear|clear|then|exactly|actually|normally|usually) )who (else )?(attends|goes|comes|is invited|gets invited|will be (there|at|in)|is at|sits on|chairs|runs)\b|\bwill (he|she|they|the \w+) be (there|at (it|the|that))\b|\b(is|are|does|do) (he|she|they|the \w+) (invited|allowed to (come|attend|go)|coming|go|attend)\b|\b(can|could|should) (he|she|they) (come|attend|be there|come along|go)\b|\bif (he|she|they) (can|could|is allowed to|are allowed to) (come|attend|be there|come along|go|sit in)\b/],
  // "Can anyone come out and talk to the family?" asks how to get a visit arranged; "will they come in and
  // investigate?" asks what they do.
  [ASK.howTo, /\b(email|link|form|address|portal)( or (the )?\w+)? (to|for) (report|refer|notify|send|make a referral)\b|\bhow (do|can|should|would|will) (i|we|you)\b(?! (best )?(respond|handle|deal|help|support)\b)|\bhow to\b|\b(can|could|will|would) (anyone|someone|somebody|the [\w-]+( [\w-]+)?|someone from the [\w-]+( [\w-]+)?) (come out|come round|come in|pop round|go round|go out|visit)\b(?! (and |to )(investigate|look into|interview|question))/],
  // "Can I leave it to her?", "he said he'd sort it", "do I refer it myself?", "can I refer even though he said not to?":
  // whose job it is, not permission; so do "ring the police myself?", "is it me that has to?", and a heading on a
  // personal duty to report ("Is there a legal duty to report FGM?").
  // "Which one of us makes the call?", "is she our responsibility or theirs?", "presumably the HV has referred?".
  [ASK.whoseJob, /\bwhich (one )?of us\b|\b(thought|assumed|presumed|figured|reckoned)\b[\w' ]{0,60}\b(would|will|'d|was going to|were going to) (sort|deal with|handle|pick up|report|refer|flag) (it|this|that)\b|\bwho'?s (actually |really |even )?(meant|supposed|expected) to\b(?! (know|be told|hear|be informed))|\b(is|is that|is it|or is that|or is it) (all )?(down to|up to) (the |children'?s |childrens )?(services|social care|social services|csc|housing|the council|the local authority)\b|\b(ours|theirs) to (house|deal with|sort|pick up|handle)\b|\b(our|my|your|their|his|her) (responsibility|job|problem) or\b|\bwho (actually |really |even )?(has|is meant|is supposed|is expected|is obliged) to\b(?! (know|be told|hear|be informed))|\b(presumably|surely|i assume|i presume|i guess) (she|he|they|the \w+)('s| has| have| will|'ll| would|'d) (already )?(made the call|referred|reported|rung|phoned|done it|dealt with it|sorted it)\b|\b(even though |but )?(he|she|they|the \w+) (said|says|told (me|us)) (not to|no need|there'?s no need|don'?t bother)\b(?! tell)|\bwho is responsible\b|\bwhose (job|responsibility|role|duty)\b|\bwho (actually |then |now )?(looks into|investigates) (it|this|that|allegations?|complaints?|the (allegation|complaint))\b|\b(legal|mandatory|statutory|personal) duty to (report|refer|tell|notify)\b|\b(ring|phone|call|tell|contact|go to|report it to|report to) (the )?[\w-]+ (myself|personally)\b|\bis it me (that|who|personally)\b|\b(is it|it'?s|its) (all )?(on|down to|up to) (me|us)( to| personally)?\b(?! (what|how|when|whether|if)\b)|\bis (it|that|this) (even )?(my|our) (job|responsibility|role|place)\b|\b(it'?s|its) (not )?(really )?(my|our) place\b|\bme,? (my|the|or) (\w+ ){0,3}or\b|\bleave it (to|for|with) (her|him|them|the \w+|my \w+|our \w+)\b|\b(i|we) (still )?(refer|report|ring|phone|call|tell|do) (it |this |that |them )?(myself|ourselves|personally)\b|\b(he|she|they|someone|somebody)('d|'ll| would| will)( have)?( already)? ((sort|sorted|deal with|dealt with|handle|handled|report|reported|refer|referred|flag|flagged) (it|this|that)|(pick|picked) (it|this|that) up)\b/],
  // What to write down: not a criminal record ("on his record") or a record of what is kept about someone.
  [ASK.record, /(?<!\bon (his|her|their|my|a|the child'?s|the) (criminal |police )?)\brecord\b(?! of)|\brecording\b|\b(write|writing|wrote|note|noting|jot|jotting|log|logging) (it |this |that |things |everything |stuff )?down\b|\bkeep(ing)? (a |proper )?(notes?|log|diary|record|paper trail|track)\b|\bwhat (do|should|must|shall) (i|we) (write|note|log|put) (down|in|on)\b|\bwhat records\b|\bwhat (do|should|must|shall) (i|we) (need to |have to |ought to )?(be )?(noting|writing|logging|documenting|jotting)\b/],
  [ASK.howOften, /\bhow often\b|\bhow many times (a|per|each|every) (year|yr|month|term|week)\b|\bhow regularly\b/],
  [ASK.chosen, /\bhow (are|were|is|was|do|does|did) (the )?(cases?|famil(y|ies)|children|kids|files|records) (get |being )?(chosen|picked|selected)\b|\bhow (do|does|did) (they|you|the board|the partnership|the panel|auditors) (decide|choose|pick|select) (which|what) (cases?|famil(y|ies)|children|kids|files)\b|\b(which|what) (cases?|famil(y|ies)|children|kids|files) (get|gets|are|were) (looked at|picked|chosen|selected|audited)\b|\bwhy (was|were|is|has) (my|our|this|that) (case|family|file) (been )?(chosen|picked|selected)\b/],
  // Not "find out what happened" or "ask him what happened": investigating, not asking for a reviewed case's story.
  // "What was the Child D case about?": the story of a reviewed case, as "what happened" asks it.
  [ASK.story, /(?<!\b(find out|found out|finding out|ask|asked|asking|establish|see|check|work out|look into|looking into|investigate|investigating) )\bwhat (actually |really |exactly |even )?happened\b|\bwhat( is| was| were|'s|s) (the |that |this )?([\w-]+ ){0,3}(review|case|cases|one) (actually |really |even |all )?about\b/],
  // "He isn't school staff, he works for a private firm: can the LADO even get involved?"
  [ASK.covers, /\b(lado|designated officer|procedure|process|policy|rules?) (stuff|thing|things|process|procedure|rules?) (still |even |also |actually )?(cover|covers|apply to|applies to|include|includes)\b|\b(isn'?t|is not|not|aren'?t|are not) (school|our|the school'?s|council|nursery|club|church|trust|college) (staff|employees?)\b|\b(works?|working) for a (private|separate|different|outside) (firm|company|agency|contractor|provider|coach firm|taxi firm)\b|\bcan the (lado|designated officer) (even |actually )?(get involved|do anything|deal with (him|her|them|this|it))\b|\b(would|will|does) the (lado|designated officer) (even |actually )?(deal with|cover|look at) (him|her|them|someone like)\b|\bsomeone the (lado|designated officer) would (deal with|cover)\b|\b(does|do|would|will|should) (the )?([\w-]+ ){0,2}(lado|designated officer|procedure|process|policy|rules?|it|this|that|they) (still |even |also |actually )?(cover|covers|apply to|applies to|include|includes|extend to|deal with)\b|\b(is|are|would|will) ([\w,'-]+ ){0,5}(still |even |also )?(be )?covered( by)?\b|\bwho (does|do|is|are) (the )?([\w-]+ ){0,2}(cover|covers|covered)\b|\bwho counts as\b|\bor (is it |it'?s |are they )?(just|only) (for )?(paid |employed )?(staff|employees|workers|teachers)\b|\beven (though|if) (they'?re|they are|he'?s|he is|she'?s|she is) not (our |school |the school'?s |paid |employed )?(staff|employees|employed|ours|teachers)\b|\b(the |their |his |her )?agency'?s (problem|job|responsibility|issue|business|call)\b|\b(the )?agency (says?|said|say) (they'?ll|they will|they'?d|they would|it'?ll|it will) (handle|deal with|sort|look into|investigate)\b|\b(down|up) to (the|their|his|her) agency\b|\b(as|because|since|cos|coz) (he'?s|he is|she'?s|she is|they'?re|they are) not (our|school|the school'?s) (staff|employee|employees|worker)\b|\b(he'?s|she'?s|he is|she is|they'?re|they are) (their|the agency'?s|an agency) (worker|employee|staff)\b|\b(not|isn'?t|is not|aren'?t|are not) (an? |a paid |paid )?(employee|employees|member of staff|staff member|paid staff|on (the|our) payroll)\b(?!['’]s)|\b(volunteer|carer|contractor|self[- ]employed|freelance)s? (and |but |so )?not (staff|paid|employed|an employee)\b/],
  // "Do I go to our LADO or theirs?": which of two.
  [ASK.whichBody, /\b(which|whose) (lado|lados|designated officer|area|areas|area'?s|local authority|local authorities|la|council|borough|partnership|mash|front door|(children'?s )?social care)\b|\b(our|my|the local|this) (lado|designated officer|local authority|council|area|front door|mash|social care) or (theirs|the other( one| area| lado| council)?|their (lado|area|council|one|front door))\b|\bwhat (lado|local authority|council|borough)\b(?! (number|phone|email|address|form))/],
  // Counts received over a time ("how many referrals does the LADO get a year?"), not of the procedure's parts ("how many
  // levels are there?") or a rule ("how many concerns before it's a referral?").
  // "Any figures?", "are nurseries getting more referrals than they used to?", and a report's heading that names who
  // the counts were about in a year ("Which staff groups were allegations about in 2016/17?").
  [ASK.figures, /\bany (figures|stats|statistics|numbers|data)\b|\b(more|fewer|less) (\w+ ){0,2}(referrals|allegations|cases|reports) than\b|\bcompared (with|to)\b.*\b(referrals|allegations|cases)\b|\b(referrals|allegations|cases)\b.*\bcompared (with|to)\b|^which (\w+ ){0,2}(groups?|agencies|settings|sectors|roles|professions)\b.*\b(20\d\d|\d\d\/\d\d)\b|\b(how many|number of) (\w+ ){0,2}(allegations|referrals|cases|contacts|children|reviews|audits|concerns|reports|notifications|investigations|incidents|deaths)\b.*\b(get|gets|got|receive|receives|received|deal with|deals with|dealt with|handle|handles|handled|were there|are there|come in|came in|a year|per year|each year|last year|that year|this year|\d\d\/\d\d|20\d\d)\b/],
  // "What's the best way to reach them" and "what's the number" ask how and whom, not what a thing is.
  // "Will the LADO investigate it for us?" asks what they do.
  [ASK.whatIs, /\b(the |a )?(actual |proper |official |legal )?definition of\b|^(what('s|s| is| are| does| do (the|these|those))|define|meaning of)\b(?! (i|we|not (a|an|for|go)|(my|our|the) options\b|(the )?([\w'-]+ ){1,2}(supposed|meant|expected) to\b|happens|should|must|meant|supposed|the (best|quickest|easiest|fastest|right|proper) way|the (longest|maximum|max|most|soonest|quickest|point|purpose)\b|the ([\w'-]+ ){0,3}(number|phone|email|address|contact|deadline|time ?limit|timescale|time ?frame|cut ?off)))|\bwhat (does|do) (that|this|it|they|those|these) (even |actually |really )?(outcomes? )?mean\b|\bwhat (does|do|would) (that|this|it) (even |actually |really )?look like\b|\bwhat (does|do) (a|an|the) ([\w'-]+ ){1,5}(even |actually |really )?mean\b|^what [\w' -]{1,40} means\b|\bwhat (on earth |the heck |exactly |even |actually )(is|are) (it|that|this|they|those|these|one|an? \w+)\b|\bwhat (it |that |this |they |(does|do) (\w+ ){1,3})stands? for\b|\b(does|do|would) (that|this|it|they) (actually |really |even |just )?mean\b|\b(will|would|does|do) (the|a) [\w-]+( [\w-]+)? (actually |really |themselves |then )?(investigate|do the investigation|carry out the investigation)\b|\bdifference between\b|\bwhat'?s the difference\b|\b(simple|quick|short|brief|plain|easy|basic) explanation\b|\bexplanation of\b|\bexplain (to (me|them|her|him) )?(what|the difference)\b|\bexplain (it|this|that) (simply|in plain|in simple|to (her|him|them|a parent|parents|the family|a child|a carer))\b|\bmix(ing|es|ed)? up ([\w-]+ ){1,3}(and|with) [\w-]+|\bmix(ing|es|ed)? (them|these|those|the two) up\b|\bhow (is|are) ([\w'-]+ ){1,4}(any )?different (from|to)\b|\b(classed|classified|counted|regarded) as\b|\b(is there|isn'?t there|there'?s|is there not) (a |an )?(name|term|word|phrase|label) for\b|\bwhat (is|are) (it|that|this|they) (exactly|actually|even)\b|\bwhat (that|this|it) (actually |really |even )?means\b|(^|[.?!,] *)what (do|does) (they|it|the \w+( \w+)?) (actually |even |really |exactly )?do\b(?! (now|next|first|about|with|if|when))/],
  // "What does that involve?" asks what the thing just named is.
  [ASK.whatIs, /\bwhat (does|do|would|will) (that|this|it|they|one|an? [\w-]+( [\w-]+)?) (actually |really |even )?(involve|entail)\b/],
  // What something is meant to mean ("what are the numbers actually meant to mean?").
  [ASK.whatIs, /\bwhat (are|is|do|does) (the|these|those|they|it|that|this) ([\w'-]+ ){0,3}(actually |really |even )?(meant|supposed) to mean\b/],
  // The steps of a procedure counted or listed ("how many steps are there?", "whats the stage 1 stage 2 process"): what
  // its stages are.
  [ASK.whatIs, /\bhow many (steps|stages)\b|\bstage (1|one),? (and |then )?stage (2|two)\b/],
  // A thing just named, asked about in a new sentence ("...says we need an s11. what is it and why?", "...a rapid
  // review on a child we saw. whats that and will I be asked?").
  [ASK.whatIs, /(^|[.?!,;:] *|\band )what('?s| is| are) (it|that|this|they|those|these|one)( exactly| actually| even| all about)?(?= *(\?|$|,? and (why|what|how|who|do|does|is|are|can|should|will|would)\b| involve\b| entail\b))/],
  // What goes on at a meeting is what the meeting is ("what actually happens at an ICPC?"), not what comes after it.
  [ASK.whatIs, /\bwhat (actually |really |exactly |even )?(happens|goes on|do they do) (at|in|during) (a|an|the|one of|these|those|this|that) ([\w'-]+ ){0,3}(meetings?|conferences?|icpcs?|rcpcs?|panels?|core groups?|strategy discussions?|tafs?|tacs?|hearings?)\b/],
];

// Something already done ("I've made the referral", "we referred him last week"): "what happens now" then asks
// what comes next, not what to do first.
const ALREADY_DONE = /\b(i'?ve|we'?ve|i have|we have|has been|have been|already) (made|done|sent|submitted|referred|reported|rung|phoned|emailed|told)\b|\b(referred|reported|notified|told|rang|phoned|emailed|contacted|informed)\b.*\b(last|ago|yesterday|earlier|this morning|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;

// Asks made before anything is passed on: what to do, whether it goes on, who tells, how.
const BEFORE_REPORTING_ASKS = ASK.whatToDo | ASK.whether | ASK.whoTells | ASK.howTo | ASK.mayWe;
/** Of those, the ones only about the passing on itself ("may we" can be asked after it: "should she be suspended?"). */
export const STEPS_BEFORE_REPORTING = ASK.whatToDo | ASK.whether | ASK.whoTells | ASK.howTo;
// Told as already passed on ("we told the council last week", "it's been reported", "since I referred").
const PASSED_ON = /\b(reported|referred|notified|informed|flagged)\b|\b(told|rang|phoned|emailed|contacted) (the |social |children'?s |mash|lado|front door|council|police|ifd)|\b(after|since|once) (i|we|school|they) (told|rang|phoned|sent|made|put|did)\b/;

// Gone on to the service already ("it's gone to the LADO", "she's been passed to the front door").
const GONE_ON = /\b(gone|went|been passed|been sent|passed) (on )?(to|through to) (the )?(lado|designated officer|mash|front door|ifd|social care|children'?s services|csc|police)\b/;

function toldAsPassedOn(q: string): boolean {
  return PASSED_ON.test(q) || ALREADY_DONE.test(q) || ACCUSED_SELF.test(q) || GONE_ON.test(q);
}

// The asker is the one accused ("there's been an allegation made about me", "told school I hit him"): "what happens
// now" asks what comes next for them, not the first steps for whoever receives an allegation.
const ACCUSED_SELF = /\b(allegations?|complaint|concerns?) (has been |have been |was |were )?(made )?(about|against) me\b|\b(accused|accusing|reported|investigating|investigate|suspended) me\b|\b(i'?ve|i have|i'?m|i am) (been |being )?(accused|investigated|suspended)\b|\bsays? i (hit|hurt|slapped|grabbed|pushed|smacked|touched|shouted at|kicked)\b|\b(told|telling) (\w+ ){0,2}(that )?i (hit|hurt|slapped|grabbed|pushed|smacked|touched|shouted at|kicked)\b/;

// "...tell the LADO or just have a word with him?", "report it or deal with it ourselves?", "...or is it just our own
// incident form?": whether it goes on at all, not permission ("should I tell") for one step.
const OR_LEAVE_IT = /\bor ((should|shall|can|do|could) (i|we) )?(just |simply )?(keep an eye|wait|leave it|monitor|do nothing|(have|had) a (quiet |little )?(word|chat)|(speak|talk|chat) (to|with) (him|her|them)|deal with it|handle it|sort it|(bring|raise|mention) (it|this|that) (up )?(at|in|with)|(note|log|record|jot) (it|this|that)( down)?( somewhere)?)\b|\bor (is (it|this|that) )?(just )?(our own|an internal|an|a|our) (incident form|incident report|internal matter|internal thing|in-house matter|in house matter|conduct matter|hr matter|disciplinary matter|matter for us)\b/;

/** A question's asks: a time limit or a duration, once read, is what its "how long" asks, and lessons what its
 *  findings ask (a heading keeps both bits, so a plain "what's the timescale?" still fits either kind of heading). */
function questionAsks(question: string): number {
  let asks = readAsks(question);
  if (asks & (ASK.deadline | ASK.duration)) asks &= ~ASK.timescale;
  // "What did they learn?" asks the lessons, not the findings in general ("what we found") or the story: "what
  // happened" is also how a case is named before the real question ("what happened in that case? what were the lessons?").
  if (asks & ASK.lessons) asks &= ~(ASK.findings | ASK.story);
  return asks;
}

export function readAsks(text: string): number {
  const t = spokenForms(text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim());
  let mask = 0;
  for (const [bit, re] of ASK_PATTERNS) if (re.test(t)) mask |= bit;
  if (OR_LEAVE_IT.test(t)) mask = (mask & ~ASK.mayWe) | ASK.whether;
  // "What actually happened in that one?" and "Child 6: what happened?" are the story, not what a review found.
  if (mask & ASK.story && !(mask & ASK.lessons)) mask &= ~ASK.findings;
  if (mask & ASK.whatToDo && (ALREADY_DONE.test(t) || ACCUSED_SELF.test(t)) && /\bwhat (happens )?(now|next)\b|\bwhere do (i|we) go from here\b/.test(t)) mask = (mask & ~ASK.whatToDo) | ASK.whatNext;
  return mask;
}

// Asks about a step of the procedure (may we, whether, what level, how fast, why...), not what to do or whom to
// call now. "Isn't allowed contact" and "won't let her leave" describe the situation, not what is asked.
const PROCEDURAL_ASKS = ASK.mayWe | ASK.whether | ASK.level | ASK.challenge | ASK.why | ASK.whatNext | ASK.timescale | ASK.findings | ASK.whatIs | ASK.whatNotToDo;
const SITUATION_NOT_ASK = /\b(not|isnt|isn't|arent|aren't|wasnt|wasn't|never) allowed\b|\b(won'?t|will not|wouldn'?t) let\b/gi;

export function asksAboutProcedure(question: string): boolean {
  return asksAny(question, PROCEDURAL_ASKS);
}

/** Asks about the procedure, or what to do ("...what do I do with that?"), or anything else put as a question ("does
 *  his job come into this at all?"): not only whom to call. The section on the situation answers it. */
export function asksMoreThanWhomToCall(question: string): boolean {
  // "999 or IFD??", "police or the front door?": which of two numbers to ring is whom to call, whatever else is read.
  if (NINE_NINE_NINE_OR.test(question.toLowerCase())) return false;
  const read = readAsks(question.replace(SITUATION_NOT_ASK, ' '));
  const asks = onlyWhomToCall(read);
  if (asks & (PROCEDURAL_ASKS | ASK.whatToDo)) return true;
  if (asks & ~ASK.whoTells) return true;
  // "Who does the return interview?" asks whose task a step is, not whom to call ("who is responsible?" does).
  if (asks & ASK.whoTells && !(read & ASK.whoseJob) && !CALLING.test(question.toLowerCase())) return true;
  // The last sentence put as a question, on its own: the story may mention a call ("attended a DA call last night").
  // Typed without a question mark, the last clause asks when it opens as a question does ("...are we expected to do
  // anything else"); a happening told on its own ("...says she's no idea how it got there") does not.
  const asked = question.split(/(?<=[.!?])\s+/).filter((s) => s.includes('?')).pop() ?? lastClauseAsked(question);
  return !!asked && !(onlyWhomToCall(readAsks(asked)) & ASK.whoTells) && !CONTACT_WORDING.test(spokenForms(asked.toLowerCase()));
}

const OPENS_AS_A_QUESTION = /^(what|how|why|when|where|which|who|whose|whos|whats|hows|is|are|was|were|am|do|does|did|have|has|had|can|could|should|would|will|shall|may|must|isn'?t|aren'?t|don'?t|doesn'?t|won'?t|can'?t|shouldn'?t)\b/;

function lastClauseAsked(question: string): string | undefined {
  const clause = question.trim().split(/[.!;:,]\s+|\s+-\s+/).pop()?.trim().toLowerCase() ?? '';
  return OPENS_AS_A_QUESTION.test(clause) ? clause : undefined;
}

/** Spoken forms typed as said ("do I still gotta ring them", "is anyone gonna look", "shud i"): read as the words they stand for. */
const SPOKEN_FORMS: Record<string, string> = {
  gotta: 'got to', gonna: 'going to', wanna: 'want to', shud: 'should', shld: 'should', wud: 'would', cud: 'could',
  wat: 'what', wot: 'what', wht: 'what',
};
const SPOKEN_FORM = new RegExp(`\\b(${Object.keys(SPOKEN_FORMS).join('|')})\\b`, 'g');

function spokenForms(text: string): string {
  return text.replace(SPOKEN_FORM, (w) => SPOKEN_FORMS[w]);
}

/** In a message about danger, "what happened" is the story ("not sure what happened but he's not breathing"), and "who
 *  is responsible?" asks whom to call. Whose job it is, said otherwise ("the GP will have dealt with it, surely?"), asks
 *  whether the practitioner must refer: a question about the procedure. */
function onlyWhomToCall(asks: number): number {
  return asks & ~ASK.story & ~(asks & ASK.whoTells ? ASK.whoseJob : 0);
}

function asksAny(question: string, asks: number): boolean {
  return (readAsks(question.replace(SITUATION_NOT_ASK, ' ')) & asks) !== 0;
}
