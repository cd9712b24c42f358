// Signs that a child may be in danger now. Deliberately broad: a false alarm costs one banner line,
// a miss could cost a life. Questions about procedure ("what is significant harm?") do not match.

const PATTERNS: RegExp[] = [
  /\b(is|are|being|getting|will be|going to be|gonna be)\s+(hurt|hit|beaten|attacked|abused|assaulted|raped|stabbed|strangled|choked|kicked|burned|burnt)\b.{0,40}\b(now|tonight|today|right now|at the moment|currently|this (evening|morning|afternoon|weekend))\b/i,
  /\b(now|tonight|right now|at the moment)\b.{0,40}\b(hurt|hit|beaten|attacked|abused|assaulted)\b/i,
  /\bnot breathing\b|\bstopped breathing\b|\bunconscious\b|\bunresponsive\b|\bwon'?t wake\b|\bcan'?t wake\b|\bnot waking\b/i,
  /\b(scared|afraid|frightened|terrified|too scared)\s+(to|of)\s+(go(ing)?|going back)\s+home\b/i,
  /\b(doesn'?t|does not|don'?t|do not|won'?t)\s+want\s+to\s+go\s+home\b.{0,40}\b(scared|afraid|frightened|hurt|hit|beat|kill)/i,
  /\b(threaten(ed|ing|s)?|going|wants?|trying|tried|talking about)\s+(to\s+)?(kill|hurt|harm|cut)\s+(him|her|them)sel(f|ves)\b/i,
  /\b(suicidal|overdosed?|taken an overdose|self[- ]harm(ing)? (now|tonight))\b/i,
  /\b(threaten(ed|ing|s)?|going|said (he|she|they)('?d| would| will))\s+(to\s+)?kill\b/i,
  /\b(has|have|got|with|carrying)\s+(a\s+)?(knife|gun|weapon|blade)\b/i,
  /\b(missing|ran away|run away|runaway)\b.{0,30}\b(now|tonight|right now|since (this|last))\b/i,
  /\b(left|home) alone\b.{0,40}\b(baby|infant|toddler|\d\s*(month|year)s?[- ]old)\b|\b(baby|infant|toddler)\b.{0,40}\b(left|home) alone\b/i,
  /\bserious(ly)? (injur(ed|y)|hurt|bleeding)\b|\bbleeding heavily\b|\bhead injury\b/i,
  /\b(in danger|unsafe|not safe|at risk)\b.{0,30}\b(now|right now|tonight|at the moment|this minute)\b|\b(right now|tonight)\b.{0,30}\b(in danger|unsafe|not safe)\b/i,
  /\bin (immediate|imminent) danger\b|\bat immediate risk\b|\bemergency\b.{0,20}\b(now|child|baby)\b/i,
  /\b(being|been|is being)\s+(sexually )?(abused|exploited|trafficked)\b.{0,30}\b(now|tonight|today)\b/i,
  /\bwaiting outside\b.{0,40}\b(school|gate)\b|\b(parent|dad|mum|father|mother|man|adult)\b.{0,30}\b(drunk|intoxicated|high)\b.{0,40}\b(collect|pick(ing)? up|drive|driving)\b/i,
];

// Procedure questions name the words without describing a present danger.
const PROCEDURAL = /^(what|how|when|who|where|which|why|is there|are there|can i|should i|do i)\b.*\b(definition|mean|meaning|policy|procedure|process|criteria|threshold|level|form|training|guidance|briefing|poster)\b/i;

export function suggestsImmediateDanger(text: string): boolean {
  const t = text.replace(/\s+/g, ' ');
  if (!PATTERNS.some((p) => p.test(t))) return false;
  // "What does 'not breathing' mean for CPR training" style questions still get the banner unless clearly procedural.
  return !PROCEDURAL.test(t) || /\b(now|tonight|right now|at the moment)\b/i.test(t);
}
