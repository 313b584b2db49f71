import type { DetectedKind, IllnessSeverity } from './context.types';

/**
 * Phrase lexicon. Each rule is a regular expression over the normalised text (lower case, typo-corrected,
 * words separated by single spaces, clauses separated by " | "), so every hit is explainable by the rule
 * that produced it. Negation, hypotheticals, subjects and dates are handled by the detector around the hit.
 */
export interface LexiconRule {
  id: string;
  kinds: DetectedKind[];
  pattern: RegExp;
  confidence: number;
  severity?: IllnessSeverity;
  /** The phrase itself names a family member as the one affected ("sick kid", "daycare bug"). */
  familySubject?: boolean;
  /** A named group `place` must be a capitalised place-like word ("to Berlin"). */
  needsPlace?: boolean;
  /** The rule already describes someone else (FAMILY kind rules): skip the subject filter. */
  skipSubject?: boolean;
  /**
   * Only the athlete's own: dropped when its subject is anyone else or a family rule covers the same words
   * ("dad's surgery" is the family's event, not the athlete's illness).
   */
  selfOnly?: boolean;
  /**
   * Time off work, which is a holiday unless its sentence gives a medical reason: dropped when the athlete's
   * own illness or injury is in the same sentence ("off work next week for surgery").
   */
  leave?: boolean;
}

const BODY_PART =
  "(?:knees?|kneecap|patella|ankles?|achilles|achilles'|shins?|calf|calves|hamstrings?|hammy|quads?|hips?|hip flexors?|groin|glutes?|butt|foot|feet|heels?|toes?|arch|arches|back|lower back|upper back|neck|shoulders?|wrists?|elbows?|it band|itb|plantar|adductors?|piriformis|tendons?|ligaments?|meniscus|ribs?|arm|leg|left leg|right leg|sacrum|si joint|pelvis|metatarsals?)";

const PAIN_WORD =
  '(?:hurts?|hurting|sore|painful|pain|aches?|aching|achy|swollen|swelling|throbbing|tender|inflamed|killing me|acting up|playing up|flared up|flaring up|flaring|bothering me|giving me (?:grief|trouble)|niggly|niggling|twinge|twinging|stiff and sore|tight and painful|not happy|locked up|locking up|locks up|seizing up|seized up|seizes up|in spasm|spasming|buckled)';

/** Pain or sensation words that, near a body part in the same clause, describe an injury or niggle. */
const SENSATION_WORD =
  '(?:hurts?|hurting|sore|soreness|painful|pain|aches?|ached|aching|achy|swollen|swelling|ballooning|ballooned|throbbing|throbs|tender|inflamed|bruised|grumbling|grumbly|niggly|niggling|niggle|twinged?|twinging|twingy|stabbing|shooting|sharp pain|clicking pain|pinching|killing me|acting up|playing up|flared up|flaring up|flaring|bothering me|giving me (?:grief|trouble|jip|gyp)|tight and painful|tight and sore|stiff and sore|locked up|buckled|banged up|gave way)';

/** Relatives, including in-laws and extended family ("father in law" after normalisation). */
const RELATIVE =
  '(?:missus|wifey|youngest|eldest|oldest|little man|other half|better half|grandad|granddad|bairns?|(?:father|mother|brother|sister|son|daughter) in laws?|in laws|in-laws|kids?|kiddos?|child|children|son|daughter|baby|toddler|little one|wife|husband|partner|hubby|mum|mom|mummy|mommy|dad|daddy|mother|father|parents?|grandma|grandpa|granny|nan|nana|grandmother|grandfather|grandparents|grandkids|grandchildren|grandson|granddaughter|sister|brother|aunt|auntie|uncle|nephew|niece|cousin|stepmum|stepmom|stepdad|stepson|stepdaughter|twins|newborn|boys|girls)';

const FAMILY_NOUN =
  '(?:missus|wifey|youngest|eldest|oldest|little man|other half|better half|grandad|granddad|bairns?|kids?|kiddos?|child|children|son|daughter|baby|babies|toddler|little one|wife|husband|partner|hubby|mum|mom|mummy|mommy|dad|daddy|mother|father|parents?|grandma|grandpa|granny|nan|nana|grandmother|grandfather|sister|brother|in laws|in-laws|family|boys|girls|twins|newborn|fiance|fiancee|stepson|stepdaughter|the kids|my kids|aunt|auntie|uncle|nephew|niece|cousin|grandparents|grandkids|grandchildren|(?:father|mother|brother|sister) in law)';

const PLACE = "(?<place>[a-z][a-z.']*)";

/**
 * The start of a date a trip is on ("thursday to sunday", "tmrw till wed", "the 12th", "next week", "3 days", and
 * a date in figures, "15/12" or "15.-17.12.", which the normaliser keeps as numbers in one clause: "15 12").
 */
const AWAY_DAY =
  '(?:(?:this|next|nxt|the|all) )?(?:(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)s?|tomorrow|tmrw|tmr|2moro|tonight|weekend|wknd|wkend|week|wk|\\d{1,2}(?:st|nd|rd|th)|\\d{1,2} \\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|couple of) (?:days|nights|weeks))';

/** A span a trip covers, from its start ("thursday to sunday", "from friday", "till monday", "all next week"). */
const GONE_SPAN = `(?:(?:from|until|till|til|through|thru|between) ${AWAY_DAY}|(?:all |this |next |nxt |the )(?:next )?(?:week|wk|weekend|wknd)|(?:for )?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|couple of) (?:days|nights|weeks)|${AWAY_DAY} (?:(?:to|till|til|until|through|thru|and) )?${AWAY_DAY})`;

/** A match, not a trip: "away Saturday v Leeds", "away game", "away fixture". */
const FIXTURE_WORD = '(?:v|vs|versus|game|games|fixture|fixtures|match|matches|derby|kick ?off)';
/**
 * A message about a team sport, before "away" ("Football: away Saturday, home Wednesday"):
 * "away" is the fixture's ground, not a trip.
 */
const NOT_FIXTURE =
  '(?<!\\b(?:football|footy|soccer|rugby|hockey|netball|basketball|cricket|gaa|hurling|league)\\b.*)(?!.*\\b(?:football|footy|soccer|rugby|hockey|netball|basketball|cricket|league) (?:match|game|fixture)s?\\b)';

/** Words that make "away" part of another phrase ("right away", "throw away", "stay away", "passed away"). */
const NOT_AWAY =
  '(?<!\\b(?:right|straight|throw|throws|threw|thrown|throwing|put|puts|putting|give|gives|gave|given|giving|take|takes|took|taken|taking|pass|passed|passing|fade|faded|fading|wash|washed|blow|blew|blown|tuck|tucked|stay|stays|stayed|staying|keep|keeps|kept|keeping|chip|chipping|chipped|plug|plugging|tick|ticking|pull|pulled|pulling|turn|turned|turning|look|looked|looking|slip|slipped|slipping|melt|melted|file|filed|pack|packed|hide|hid|hidden|lock|locked|stash|stashed|explain|explained|wish|wished|waste|wasted|fritter|frittered|scare|scared|run|runs|ran|running|walk|walks|walked|walking|tear|tore|torn|break|broke|die|died|clear|cleared|sign|signed|swipe|swiped|far) )';

export const LEXICON: LexiconRule[] = [
  // ------------------------------------------------------------------ illness: below the neck / fever
  {
    id: 'illness.fever',
    kinds: ['ILLNESS'],
    pattern:
      /\b(?<!hay )(?:fever(?:'s|s|ish)?|feverish|high temp(?:erature)?|(?:a |my )?temp(?:erature)? (?:of )?(?:3[89]|4[01]|10[0-4])|running a temp(?:erature)?|(?:with|has|have|had|got|get|running|developed) a (?:high |slight |bit of a |raging )?temp(?:erature)?|hot and cold|shivery|shivering|the shivers|night sweats|(?:chicken ?pox|measles|mumps|scarlet fever|whooping cough|rsv))\b/g,
    confidence: 0.9,
    severity: 'BELOW_NECK_OR_FEVER',
  },
  {
    id: 'illness.flu',
    kinds: ['ILLNESS'],
    pattern:
      /\b(?:(?:the |a )?flu(?: ish| like|'s)?|influenza|flu-ish)\b(?! (?:shot|jab|jabs|vaccine|vaccination|season|clinic)\b)/g,
    confidence: 0.9,
    severity: 'BELOW_NECK_OR_FEVER',
  },
  {
    id: 'illness.chest',
    kinds: ['ILLNESS'],
    pattern:
      /\b(?:chest (?:infection|cold|congestion|bug|is (?:really |so |super )?tight|feels tight)|lung infection|pneumonia|bronchitis|coughing|cough(?:s|ing)?|hacking cough)\b(?! (?:drop|drops|syrup)\b)/g,
    confidence: 0.8,
    severity: 'BELOW_NECK_OR_FEVER',
  },
  {
    id: 'illness.gi',
    kinds: ['ILLNESS'],
    pattern:
      /\b(?:stomach (?:bug|flu|virus|ache|cramps|issues|problems)|tummy (?:bug|ache)|gastro|norovirus|noro|throwing up|threw up|been sick all night|vomit(?:ing|ed)?|puking|puked|diarrh?o?ea|diarrhea|(?:got|have|has|had|having|case of|bout of) the runs(?= ?(?:$|\||all\b|since\b|again\b|and\b|so\b|today\b|this morning\b|last night\b|now\b|from\b))|nausea|nauseous|nauseated|food poisoning)\b/g,
    confidence: 0.9,
    severity: 'BELOW_NECK_OR_FEVER',
  },
  {
    id: 'illness.systemic',
    kinds: ['ILLNESS'],
    pattern:
      /\b(?:chills|body aches?|(?:my )?whole body (?:hurts|aches|is aching)|aching all over|covid|covid 19|corona|tested positive|mono|glandular fever|tonsillitis|conjunctivitis|pink eye|hand foot and mouth|slapped cheek|impetigo|bedridden|(?:in|stuck in|stayed in) bed (?:all day|all weekend|since|with))\b/g,
    confidence: 0.85,
    severity: 'BELOW_NECK_OR_FEVER',
  },
  // ------------------------------------------------------------------ illness: above the neck
  {
    id: 'illness.throat-nose',
    kinds: ['ILLNESS'],
    pattern:
      /\b(?:(?:sore|scratchy|raw|itchy) throat|throat (?:is|feels) (?:sore|scratchy|raw)|runny nose|nose (?:is )?running|stuffy nose|blocked nose|stuffed up|congested|congestion|sniffles|sniffly|sniffling|sneezing|sinus(?:itis| infection| issues| pressure)?|head cold|ear infection|allergies|hay fever|eyes streaming|snotty|snotted up|bunged up|full of (?:cold|snot)|nose (?:is )?(?:streaming|blocked|running)|tickle in my throat|tickly (?:throat|cough)|throat (?:is |feels )?(?:tickly|scratchy|raw|killing me)|(?:my )?head (?:is )?(?:pounding|banging|throbbing|splitting)|(?:pounding|banging|throbbing|thumping) head(?:ache)?)\b/g,
    confidence: 0.85,
    severity: 'ABOVE_NECK',
  },
  {
    id: 'illness.cold',
    kinds: ['ILLNESS'],
    pattern:
      /\b(?:a|the|my|this|that|his|her|their|weeks|week's|caught|catching|nasty|bad|stinking|horrible|slight|little|common|head|summer|winter|man)\s+(?:(?:bit of a|touch of a|nasty|bad|little|slight|stinking|horrible|heavy|head|summer|winter|man) )?cold\b(?! (?:weather|morning|mornings|day|days|night|nights|run|runs|rain|wind|water|plunge|bath|shower|out|outside|air|temps?|temperatures?|front|snap|brew|start|hands|feet|one|spell|conditions)\b)/g,
    confidence: 0.8,
    severity: 'ABOVE_NECK',
  },
  {
    id: 'illness.headache',
    kinds: ['ILLNESS'],
    pattern: /\b(?:headache|migraine|splitting head)\b/g,
    confidence: 0.7,
    severity: 'ABOVE_NECK',
  },
  // ------------------------------------------------------------------ illness: unspecified
  {
    id: 'illness.sick',
    kinds: ['ILLNESS'],
    pattern: /\b(?:sick(?:ness)?|sickly)\b/g,
    confidence: 0.85,
    severity: 'UNKNOWN',
  },
  {
    id: 'illness.ill',
    kinds: ['ILLNESS'],
    pattern:
      /\b(?:(?:is|am|i'm|been|was|were|are|feel|feeling|felt|got|getting|so|very|really|quite|pretty|bit|fell|falling|being|he's|she's|they're)\s+(?:(?:really|very|quite|a bit|pretty|so|kind of|kinda|a little) )?ill|illness|unwell|poorly|under the weather|not feeling (?:well|great|100|good|too good|so good)|feeling rough|run down|coming down with|fighting (?:something|a bug|off)|caught (?:something|a bug|a virus|a thing)|picked up (?:a|some|the) (?:bug|virus)|(?:a|the|daycare|nasty|tummy|some) bug|virus|infection|antibiotics|strep|croup|lurgy|sick day|called in sick|off sick)\b/g,
    confidence: 0.75,
    severity: 'UNKNOWN',
  },
  {
    id: 'illness.family-phrase',
    kinds: ['ILLNESS'],
    pattern: new RegExp(
      `\\b(?:sick|ill|poorly|feverish) ${FAMILY_NOUN}\\b|\\bdaycare (?:bug|germs|plague|lurgy)\\b`,
      'g',
    ),
    confidence: 0.9,
    severity: 'UNKNOWN',
    familySubject: true,
  },
  {
    id: 'illness.medical',
    kinds: ['ILLNESS'],
    // Surgery or a hospital stay of the athlete's own: an illness event (rest, then a graded return; the days
    // are not missed training), whatever body part it is on. Not someone else's ("her op", "dad's surgery").
    pattern:
      /\b(?<!\b(?:her|his|their|its|friend's|mate's) )(?:surgery|(?:an |the |my )?operation(?! of\b)|(?:my|an|the|knee|hip|hernia|shoulder|ankle|achilles|back|foot|wrist|minor|small|keyhole|post) op|post-op|keyhole|(?<!\b(?:work|works|working|worked|shift|shifts|nurse|doctor) )(?:in|into|out of|discharged from|admitted to) (?:the )?hospital|hospitali[sz]ed|appendicitis|appendix out)\b/g,
    confidence: 0.8,
    // Rest first, as after a fever: the cautious reading the engine also takes for an illness of unknown kind.
    severity: 'BELOW_NECK_OR_FEVER',
    selfOnly: true,
  },
  // ------------------------------------------------------------------ injury
  {
    id: 'injury.named',
    kinds: ['INJURY'],
    pattern:
      /\b(?:injur(?:ed|y|ies)|shin splints?|plantar fasciitis|plantar|tendinitis|tendonitis|tendinopathy|tendon issue|stress (?:fracture|reaction)|runner's knee|runners knee|it ?band syndrome|itbs|sprain(?:ed)?|strain(?:ed)?|niggle|twinge|tweak(?:ed)?|pulled (?:something|a muscle|my|a)|rolled (?:my|an) ankle|twisted (?:my|an) ankle|bruised|limping|limp|physio(?! (?:has |just )?(?:signed me off(?! (?:running|work|training|sick|for|until|till))|discharged me|gave me the (?:all clear|green light)|cleared me))|pt says|hurt (?:my|myself)|torn|tear in|broke (?:my|a)|fractured?)\b/g,
    confidence: 0.85,
  },
  {
    id: 'injury.body-part-pain',
    kinds: ['INJURY'],
    pattern: new RegExp(
      `\\b${BODY_PART}(?:'s)? (?:(?:is|are|was|were|feels?|felt|has been|have been|been|is really|is super|is still|still|got|getting|started|keeps?|a bit|really|so|super|pretty|quite|very|kind of|kinda|bit) ){0,3}${PAIN_WORD}\\b|\\b(?:sore|painful|achy|aching|swollen|tender|dodgy|bad|cranky|angry) ${BODY_PART}\\b|\\b${BODY_PART} (?:pain|issues?|problems?|soreness)\\b|\\bpain (?:in|on) (?:my|the) (?:(?:left|right|outside of the|inside of the|top of the|bottom of the) )?${BODY_PART}\\b`,
      'g',
    ),
    confidence: 0.85,
  },
  {
    id: 'injury.body-part-sensation',
    kinds: ['INJURY'],
    // A body part and a pain or sensation word in the same clause, at most four words apart, in either order.
    pattern: new RegExp(
      `\\b${BODY_PART}(?:'s)?(?: [^|\\s]+){0,6}? ${SENSATION_WORD}\\b|\\b${SENSATION_WORD}(?: [^|\\s]+){0,4}? (?:my|the|his|her|both) (?:(?:left|right) )?${BODY_PART}\\b|\\b${BODY_PART} (?:is |feels |felt |just )?(?:off|not right|weird|wrong)\\b|\\bsomething (?:is |'s )?(?:off|not right|wrong|weird) (?:with|in) my (?:(?:left|right) )?${BODY_PART}\\b`,
      'g',
    ),
    confidence: 0.8,
  },
  {
    id: 'injury.tight',
    kinds: ['INJURY'],
    // Tightness that has lasted ("been tight since Tuesday", "still tight", "tight for days"): a niggle. A
    // body part tight after one session ("a bit tight after the hills") is training talk, and "tight" alone
    // ("tight finish") is nothing.
    pattern: new RegExp(
      `\\b${BODY_PART}(?:'s)? (?:(?:has|have|is|are|'s) )?(?:been|still|stayed|staying|keeps? (?:getting|going)) (?:(?:so|really|super|very|pretty|a bit|bit|quite|crazy|properly|really really) )?(?:tight|tighter)\\b|\\b${BODY_PART}(?:'s)?(?: [^|\\s]+){0,3}? tight(?:er)? (?:since|for (?:days|ages|a week|weeks|a while|\\d+ days|a few days|a couple of days|the last|the past)|all week|again|every run|on every run|still|won't loosen|not loosening|getting worse)\\b|\\btight ${BODY_PART} (?:since|for (?:days|ages|a week|weeks|a while)|all week|again|still)\\b`,
      'g',
    ),
    confidence: 0.75,
  },
  {
    id: 'injury.mechanism',
    kinds: ['INJURY'],
    pattern:
      /\b(?:(?:ankle|foot) (?:went|has gone|rolled|turned|gave way|gave out)|(?:went over|rolled|turned|twisted|went over on) (?:on )?(?:my|an|the|his|her) (?:left |right )?(?:ankle|foot)|rolled it|(?:fell(?! asleep)|came off|crashed|stacked it|took a tumble|went down|tripped)(?: [^|\s]+){0,5}? (?:banged|landed on|smashed|cut|grazed|hurt|bashed|whacked) (?:up )?(?:my|the)|hurts? (?:to|when i) (?:push off|run|walk|bend|stand|put weight|weight bear|go up|go down|land)|can't put weight on)\b/g,
    confidence: 0.8,
  },
  // ------------------------------------------------------------------ travel
  {
    id: 'travel.word',
    kinds: ['TRAVEL'],
    pattern:
      /\b(?:travel(?:l)?(?:ing|ed)?|travel|business trip|work trip|road trip|(?:a|my|the|this|our|quick|short|long|weekend|family|next|work) trip|trips|flight(?:s)?(?! of stairs)|red ?eye|airport|layover|stopover|jet ?lag(?:ged)?|just landed|landing in|landed in|on the road (?:all|for|this|next|again|until|till)|out of town|abroad|overseas|conference(?! (?:talk|talks|call|calls|room|app|speaker|line))|offsite|off ?site|trade show|expo|client visits?|site visits?|hotel gym|hotel|time zones?|(?:night|overnight|sleeper) (?:train|bus|ferry|flight)|boarding (?:in|now|soon)|ferry)\b/g,
    confidence: 0.8,
  },
  {
    id: 'travel.movement',
    kinds: ['TRAVEL'],
    pattern:
      /\b(?:flying|fly|flew|heading|headed|off|going|driving|drive|train|taking the train|away|travelling|traveling|back from|getting back from|coming back from|returning from|visiting|trip)\s+(?:(?:out|home|back|down|up|over|across|north|south|east|west) )?(?:to|from|in|into) (?:(?:my|our) (?:parents|parent's|parents'|mum's|mom's|dad's|brother's|sister's|family|in laws|in-laws|folks|grandparents)|(?:see|visit) (?:my|our|family))|\b(?:flying|fly|flew) (?:out|home|back|in|tomorrow|tmrw|tmr|tonight|today|on|this|next|early|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)\b/g,
    confidence: 0.8,
  },
  {
    id: 'travel.place',
    kinds: ['TRAVEL'],
    pattern: new RegExp(
      `\\b(?:flying|fly|flew|heading|headed|off|go|going|went|driving|travel(?:l)?ing|trip|back from|away|over|be|am|i'm|staying|stay|holiday|vacation|honeymoon|conference|meetings?|offsite|show|layover|landed|landing|week|weeks|weekend|days|nights|month|work|business|train|ferry|plane|flight|bus|wedding|funeral|stag|hen|festival|reunion|sending me|sent me|send me|staying at my parents|at my parents|parents) (?:out |back |down |up |over )?(?:to|in|into|from) ${PLACE}`,
      'g',
    ),
    confidence: 0.8,
    needsPlace: true,
  },
  {
    id: 'travel.in-place',
    kinds: ['TRAVEL'],
    // "In London Mon-Wed next wk": a clause that opens on being in a named place, then its days.
    pattern: new RegExp(
      `(?:^|\\| )in ${PLACE}(?! \\d) (?:[^|\\s]+ ){0,2}?(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|tomorrow|tmrw|(?:next|nxt) (?:week|wk|weekend|wknd|mon|tue|wed|thu|fri|sat|sun)|this week|all week|from|till|til|until|for work|on business)\\b`,
      'g',
    ),
    confidence: 0.75,
    needsPlace: true,
  },
  {
    id: 'travel.work-place',
    kinds: ['TRAVEL'],
    // "in manchester for work mon to wed": somewhere for work, the place in lower case as typed. Not a
    // place: "in the office", "in early", "in time for work", "in meetings".
    pattern:
      /\bin (?!(?:the|a|an|my|our|his|her|their|this|that|it|time|office|work|home|bed|early|late|later|tomorrow|today|tonight|now|again|here|there|charge|meetings?|court|school|uni|class|training|person|house|town|traffic|pain|at|on|by|for|and|to|case|order|advance|between|full|total|uniform|front)\b)[a-z][a-z.']+(?: [^|\s]+){0,6}? (?:for work|for business|on business|with work|for a conference|for (?:a |the )?(?:work|client|sales) (?:trip|meeting|meetings|visit))\b/g,
    confidence: 0.75,
  },
  {
    id: 'travel.destination',
    kinds: ['TRAVEL'],
    pattern:
      /\b(?:flying|fly|heading|head|going|go|off|driving|drive|travel(?:l)?ing|getting the train|taking the train|getting the ferry|taking the ferry|road trip|moving) (?:(?:down|up|over|out|back|away) )?(?:to|into) (?:the|a|an|our|my) (?:coast|seaside|beach|mountains|alps|lakes|lake district|highlands|countryside|cottage|cabin|lodge|chalet|villa|campsite|resort|caravan|lake house|beach house|island|islands)\b|\b(?:driving|heading|going|travel(?:l)?ing|flying) (?:up north|down south|out west|back east|upstate|abroad)\b|\b(?:staying|stay|sleeping) (?:at|with) (?:my|our) (?:parents|mum's|mom's|dad's|folks|in laws|grandparents|brother's|sister's)\b/g,
    confidence: 0.75,
  },
  {
    id: 'travel.away',
    kinds: ['TRAVEL'],
    // Not "away" in another phrase: "right away", "throw away", "stay away from hills", "put it away this
    // weekend"; "away from" only from home or from a day ("away from the track" is no trip).
    pattern: new RegExp(
      `${NOT_AWAY}\\b(?:(?:be|i'm|am|will be|i'll be|we're|we'll be|going) away(?! from (?!home\\b|${AWAY_DAY}\\b))|away (?:for work|on business|for (?:the|a) (?:week|weekend|few days)|next|this|from (?:home|${AWAY_DAY})|until|till|at (?:a|the|my|our) (?:wedding|funeral|conference|work|training camp|camp|festival|family)|on (?:a|the) (?:work|business|team|family) trip))\\b`,
      'g',
    ),
    confidence: 0.75,
  },
  {
    id: 'travel.away-dated',
    kinds: ['TRAVEL'],
    // Away or gone on given days, said of the athlete ("Away Thursday to Sunday", "heads up: away the 12th to the
    // 15th", "I'm gone from Friday till Monday"): "away" opening its clause right before a day; "gone" opening its
    // clause or said of the athlete, right before a span ("Gone Sunday morning, hit 20k" went for a run; "the pain
    // is gone today" is over).
    pattern: new RegExp(
      `(?:^|\\| )(?:(?:fyi|btw|also|and|so|heads up|just|reminder) )?${NOT_FIXTURE}away (?:(?:again|all|for work|with work|on business) )?(?=(?:(?:on|from|until|till|til|through|thru|between|over|for) )?${AWAY_DAY}\\b)(?![^|]*\\b${FIXTURE_WORD}\\b)|(?:(?:^|\\| )(?:(?:fyi|btw|also|and|so|heads up|just|reminder) )?|\\b(?:i'm|im|i am|i'll be|ill be|i will be|we're|we are|we'll be|we will be) )gone (?:(?:again|all|for work|with work|on business) )?(?=${GONE_SPAN}\\b)`,
      'g',
    ),
    confidence: 0.75,
  },
  // ------------------------------------------------------------------ vacation
  {
    id: 'vacation.word',
    kinds: ['VACATION'],
    // Not a holiday the athlete is "back from" (over, nothing to plan around).
    pattern:
      /\b(?<!\b(?:back|home|returned|got back|get back|getting back|just back) from (?:(?:my|our|the|a|this|that) )?)(?:vacation|vacay|holiday(?! season)|holidays(?! season)|hols|holibobs|staycation|pto|annual leave|honeymoon|cruise|long weekend (?:away|in)|spring break|fall break|city break)\b/g,
    confidence: 0.8,
  },
  {
    id: 'vacation.leave',
    kinds: ['VACATION'],
    pattern:
      /\b(?:time off(?! running)|(?:a |the )?(?:week|weeks|days|day) off work|(?:a|the|two|2) weeks? off|off work (?:next|nxt|this|for|from|til|till|until))\b/g,
    confidence: 0.8,
    leave: true,
  },
  {
    id: 'vacation.trip',
    kinds: ['VACATION', 'TRAVEL'],
    pattern:
      /\b(?:ski (?:trip|week|holiday|weekend)|skiing (?:trip|in|this|next)|beach (?:week|trip|holiday)|camping (?:trip|in|at|this|next|for|from)|going camping|glamping|(?:holiday|vacation|honeymoon|hols?|holibobs) (?:in|to|at)|on (?:holiday|vacation|hols?|holibobs))\b/g,
    confidence: 0.85,
  },
  // ------------------------------------------------------------------ family
  {
    id: 'family.event',
    kinds: ['FAMILY'],
    pattern:
      /\b(?:family emergency|family (?:stuff|issues|matters|things|drama|commitments|reasons|visiting|visit|gathering|reunion)|going on at home|stuff at home|passed away|funeral|bereavement|lost my (?:mum|mom|dad|father|mother|grandma|grandpa|granny|nan|brother|sister)|wedding|off school|school holidays|half term|school's out|no childcare|childcare|(?:babysitter|baby ?sitter|nanny|childminder) (?:cancel(?:l)?ed|bailed|is sick|fell through|quit)|babysitter|baby ?sitter|nanny|daycare (?:is )?closed|in ?laws (?:are |is )?(?:staying|visiting|here|in town)|moving (?:house|home|out|to|apartments?|flats?)|house move|we are moving|we're moving|solo parenting|single parenting|baby arrived|new baby|newborn|gave birth|baby is here|paternity leave|maternity leave|parental leave|(?:stag|hen|bachelor|bachelorette|bucks) (?:do|dos|doo|weekend|wknd|weekender|party|night|trip)|on (?:a|the|his|my|our) (?:stag|hen)(?! beetle))\b/g,
    confidence: 0.8,
    skipSubject: true,
  },
  {
    id: 'family.member-event',
    kinds: ['FAMILY'],
    pattern: new RegExp(
      `\\b${FAMILY_NOUN}(?:'s)? (?:(?:is|are|was|has been|have been|had|has|just|been|got|will be|'s) ){0,2}(?:in (?:the )?hospital|hospitali[sz]ed|having surgery|had surgery|surgery|diagnosed|cancer|a stroke|stroke|heart attack|died|passed|away|travel(?:l)?ing|out of town|working nights|on nights|on a work trip|staying with us|visiting|in town)\\b`,
      'g',
    ),
    confidence: 0.8,
    skipSubject: true,
  },
  {
    id: 'family.care',
    kinds: ['FAMILY'],
    pattern: new RegExp(
      `\\b(?:looking after|look after|taking care of|take care of|caring for|care of|sitting for|babysitting|minding) (?:my|our|the|his|her) (?:(?:sister's|brother's|friend's|mum's|mom's|dad's|wife's|husband's|partner's) )?${RELATIVE}\\b|\\b${RELATIVE}(?:'s)? (?:is |are |will be )?(?:moving in|staying with us|living with us|coming to stay)\\b|\\b(?:divorce|separation|separated|splitting up|split up|break ?up|home life|things at home|problems at home|trouble at home)\\b|\\bschool run (?:chaos|madness|mayhem|hell)\\b|\\b(?:kids|they) (?:start|go) back (?:to school )?(?:on|this|next|tomorrow)\\b`,
      'g',
    ),
    confidence: 0.75,
    skipSubject: true,
  },
  {
    id: 'family.medical',
    kinds: ['FAMILY'],
    // A relative and a serious medical event in the same clause ("dad's going in for heart surgery").
    pattern: new RegExp(
      `\\b${RELATIVE}(?:'s)?(?: [^|\\s]+){0,5}? (?:surgery|operation|op|hospital|hospice|a&e|icu|diagnosed|diagnosis|chemo|cancer|stroke|heart attack|a fall|had a fall|broke (?:her|his) (?:hip|leg|arm|wrist)|passed away|died|funeral)\\b`,
      'g',
    ),
    confidence: 0.75,
    skipSubject: true,
  },
  {
    id: 'family.visit',
    kinds: ['FAMILY'],
    pattern:
      /\b(?:to see|visiting|visit|stay with|staying with) (?:my|our) (?:parents|folks|family|mum|mom|dad|grandparents|in laws|in-laws|brother|sister)\b/g,
    confidence: 0.7,
    skipSubject: true,
  },
  // ------------------------------------------------------------------ work stress
  {
    id: 'work.stress',
    kinds: ['WORK_STRESS'],
    pattern:
      /\b(?:work stress|stress(?:ed|ful)? (?:at|from|about|with|over) work|stressful (?:week|day|time) at work|work (?:is|has been|'s|was|is being|been) (?:so |really |super |absolutely |pretty |just )?(?:insane|crazy|nuts|mad|hectic|brutal|busy|intense|stressful|a lot|chaos|chaotic|manic|overwhelming|killing me|full on|relentless|mental)|work's (?:so |really )?(?:insane|crazy|nuts|mad|hectic|brutal|busy|intense|stressful|chaos|manic)|busy (?:at|with) work|(?:swamped|slammed|snowed under|drowning) (?:at|with)? ?(?:work)?|swamped|slammed|snowed under|deadlines?|crunch(?: time)?|long hours|\d+ ?(?:hour|hr|h) (?:days|day|shifts?|weeks?)|overtime|night shifts?|(?:working|work) nights|on call|on-call|quarter ?end|month ?end|year ?end close|product launch|launch week|big (?:presentation|pitch|launch|project|deadline)|presentation|exam(?:s| week| season)?|finals week|burn(?:ed|t)? ?out|burnout|chaos at (?:the office|work)|tense week|boss is|(?:boss|manager|line manager) (?:is|has been|'s) (?:on my|making|being|breathing|such|a nightmare|a nightmare)|work (?:is|has been|'s) (?:really |so |just )?(?:draining|exhausting|crushing|burying|killing|getting to|wearing) (?:me|us)|(?:crazy|mad|hectic|busy|manic|insane|brutal|mental|nightmare|intense|stressful|rough|long) (?:week|day|days|month|fortnight|few weeks) at (?:work|the office)|back to back meetings|meetings all day|wall to wall meetings|deliverables?|(?:due|deadline) (?:on |by )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|eod|end of)|working (?:late|till (?:midnight|late|\d+)|until (?:midnight|late|\d+)|weekends|every weekend|through the night)|late nights at (?:work|the office)|layoffs|laid off|redundanc(?:y|ies)|restructur(?:e|ing)|short staffed|understaffed|double shifts?|extra shifts|back to back shifts|picking up (?:extra )?shifts|(?:practically |basically |pretty much )?living at (?:the office|work)|audit (?:season|week|starts|starting|this|next)|(?:year|quarter) ?end audit|(?:job|work) (?:is|has been|'s) (?:very |so |really |super |insanely )?(?:heavy|demanding|overwhelming|full on)|work(?:ed)? (?:until|till|til) (?:late|midnight|(?:9|10|11|12) ?pm)|working (?:every|each) (?:evening|night)|release (?:crunch|deadline)|because of the release|covering (?:for|two jobs)|doing two jobs|two jobs)\b/g,
    confidence: 0.75,
  },
  // ------------------------------------------------------------------ poor sleep
  {
    id: 'sleep.poor',
    kinds: ['POOR_SLEEP'],
    pattern:
      /\b(?:slept (?:so |really |super |very )?(?:badly|bad|terribly|terrible|poorly|awful|awfully|horribly|like (?:crap|garbage|rubbish|shit|trash))|(?:slept|sleep|got|had|get|getting) (?:only |just |about |maybe |like |barely |less than )*(?:[0-5](?:\.5)?|one|two|three|four|five|a couple) (?:hours|hrs|hour|hr|h)\b(?: of (?:sleep|shut ?eye))?|(?:only|just|barely) (?:got |had )?(?:like |about )?(?:[0-5](?:\.5)?|two|three|four|five) (?:hours|hrs|h) (?:of )?sleep|insomnia|sleepless|(?:couldn't|could not|can't|cannot|didn't|did not|haven't|have not|hardly|barely|not|nobody is|no one is|nobody's|not really) (?:get to |fall |really )?(?:sleep|sleeping|slept|asleep)|(?:bad|terrible|awful|poor|rough|horrible|broken|restless|sleepless|short|crap|crappy|rubbish|disturbed|shit|horrendous) (?:night|nights|sleep|night's sleep|night of sleep)|sleep (?:has been|was|is|been) (?:so |really |pretty |super )?(?:awful|terrible|bad|poor|crap|rubbish|a mess|all over the place|non existent|nonexistent|broken|rough)|sleeping (?:badly|poorly|terribly|bad|like crap)|(?<!throwing |threw |being |been sick )up (?:all|most of the|half the|much of the) night|awake (?:from|at|until|till|since) \d|woke up (?:every|at [1-4]\b|multiple|several|a bunch|constantly)|(?:up|awake|waking) (?:every|each) (?:hour|hour or two|couple of hours|two hours|2 hours)|(?:up|awake) (?:three|four|five|several|3|4|5) times|kept (?:waking|us up(?! to\b)|me up(?! to\b)|me awake|us awake)|tossing and turning|(?:keeping|keeps|keep|kept) (?:me|us) (?:up|awake)(?! to\b)|(?:keep|keeps|kept|keep on) waking(?: up)?|waking (?:up )?at [1-5]\b|sleep (?:is|has become) (?:a |now a )?(?:distant memory|luxury|myth|non ?existent)|sleep deprived|short on sleep|(?:zero|no|little|not much|hardly any|barely any) sleep|nights are (?:rough|hard|tough|bad|brutal))/g,
    confidence: 0.85,
  },
  // ------------------------------------------------------------------ fatigue
  {
    id: 'fatigue.word',
    kinds: ['FATIGUE'],
    pattern:
      /\b(?:exhausted|exhaustion|knackered|shattered|wiped(?: out)?|drained|fatigued?|tired(?! of\b)|tiredness|worn out|burnt out|burned out|overtrained|overreached|sluggish|lethargic|no energy|low energy|zero energy|lacking energy|running on empty|(?:dead|heavy|tired|flat|jelly) legs|legs (?:are|were|feel|felt|feeling) (?:so |really |completely |totally |super |pretty )?(?:dead|heavy|like lead|like bricks|like concrete|flat|toast|shot|trashed|smashed|cooked|fried|empty|tired)|(?:feel|feeling|felt|i'm|am|totally|completely|absolutely|so) (?:completely |totally |absolutely |so |pretty |a bit |really )?(?:cooked|fried|toast|spent|wrecked|zonked|a zombie|like a zombie|flat|run down|done in)|zombie|jet ?lag(?:ged)?|run down|running on fumes|body (?:is |feels |'s )?(?:so |completely |totally |absolutely )?(?:cooked|fried|wrecked|toast|broken|destroyed))\b/g,
    confidence: 0.8,
  },
];

/**
 * A word every phrase of the lexicon contains, tested once on the normalised text before the rules run:
 * a message without any (most chat: "great session, legs felt good") cannot match a rule and skips the parse.
 * It must stay a necessary condition of every rule above except `travel.place` and `travel.in-place`, which need a place-like
 * word after "to", "in", "into" or "from" (checked on the tokens): adding a phrase to a rule means adding its
 * word here. context-prefilter.spec.ts checks it against each rule's matches in every corpus message.
 * Stems match as prefixes ("injur" → "injured"); false positives only cost the parse.
 */
export const LEXICON_KEYWORDS = keywordPattern(
  [
    // illness
    'fever|temp(?!o)|hot and cold|shiver|sweats|pox|chicken|measles|mumps|whooping|cough|rsv|flu|influenza|chest|lung',
    'pneumonia|bronchitis',
    'stomach|tummy|gastro|noro|throwing up|threw up|vomit|puk|diar|the runs|nause|poisoning',
    'throat|nose|stuffed up|congest|sniff|sneez|sinus|head|allerg|streaming|snot|bunged|cold|migraine',
    'sick|ill\\b|illness|unwell|poorly|weather|feeling|rough|run down|coming down|fighting|caught|picked up',
    'bug|virus|infection|antibiotic|strep|croup|lurgy|daycare|chills|aching|covid|corona|positive|mono',
    'glandular|tonsil|conjunctivitis|pink eye|slapped cheek|impetigo|bedridden|bed',
    'surgery|operation|op\\b|post-op|keyhole|hospital|appendi',
    // injury and body parts
    'injur|shin|plantar|fasciitis|tendin|tendon|fractur|stress|runner|band|itbs|sprain|strain|niggl|twinge',
    'twing|tweak|pulled|rolled|twisted|bruise|limp|physio|pt\\b|hurt|torn|tear|broke|weight|fell|came off',
    'crash|stacked|tumble|went down|tripped|knee|patella|ankle|achilles|calf|calves|hamstring|hammy|quad',
    'hip|groin|glute|butt|foot|feet|heel|toe|arch|back|neck|shoulder|wrist|elbow|itb|adductor|piriformis',
    'ligament|meniscus|rib|arm|leg|sacrum|joint|pelvis|metatarsal|something',
    // travel and holidays
    'travel|trip|flight|red ?eye|airport|layover|stopover|jet|landed|landing|road|town|abroad|overseas',
    'conference|offsite|site|show|expo|visit|see my|see our|see family|hotel|zone|train|bus|ferry|boarding|fly|flew',
    'away|gone',
    'coast|seaside|beach|mountain|alps|lake|highland|countryside|cottage|cabin|lodge|chalet|villa|campsite',
    'resort|caravan|island|north|south|west|east|upstate|vacation|vacay|holiday|hols?\\b|holibobs|staycation|pto|leave',
    'time off|days? off|weeks? off|off work|honeymoon|cruise|weekend|break|ski|camping|glamping',
    // family
    'family|home|passed|funeral|bereavement|lost my|wedding|school|half term|childcare|babysit|baby',
    'nanny|childminder|laws|inlaws|moving|move|parenting|newborn|birth|paternity|maternity|parental|divorce',
    'separat|split|start back|go back|missus|wifey|youngest|eldest|oldest|little|other half|better half',
    'grand|bairn|kid|child|son|daughter|babies|toddler|wife|husband|partner|hubby|mum|mom|dad|mother',
    'father|parent|nan|sister|brother|boys|girls|twins|fiance|step|aunt|uncle|nephew|niece|cousin|folks',
    'stag|hen\\b|bachelor|bucks',
    // work
    'work|busy|swamped|slammed|snowed|drowning|deadline|crunch|overtime|shift|nights|call|quarter|month',
    'year|launch|big|presentation|exam|finals|burn|chaos|tense|boss|manager|meetings|deliverable|due',
    'late|layoff|laid|redundanc|restructur|staffed|understaffed|office|audit|job|release|covering',
    // sleep and fatigue
    'sleep|asleep|slept|insomnia|night|awake|woke|waking|kept|keep|tossing|times',
    'exhaust|knackered|shattered|wiped|drained|fatigue|tired|worn|overtrain|overreach|sluggish|lethargic',
    'energy|empty|cooked|fried|toast|spent|wrecked|zonked|zombie|flat|done in|fumes|body',
  ].join('|'),
  // "4 h", "12h days", "long hours".
  '(?:\\b|\\d)(?:hours?|hrs?|h)\\b',
);

/**
 * One pattern for many keywords, each matched at the start of a word: grouped by first letter behind a
 * one-character lookahead, so each word start tries one group instead of every keyword.
 */
function keywordPattern(keywords: string, extra: string): RegExp {
  const byLetter = new Map<string, string[]>();
  for (const word of keywords.split('|')) {
    const list = byLetter.get(word[0]) ?? [];
    list.push(word);
    byLetter.set(word[0], list);
  }
  const groups = [...byLetter].map(([letter, words]) => `(?=${letter})(?:${words.join('|')})`);
  return new RegExp(`\\b(?:${groups.join('|')})|${extra}`);
}
