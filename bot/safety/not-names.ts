// Words that are never a person's name in a safeguarding question, though they are often capitalised:
// everyday English (a capital at the start of a sentence), job titles, services, places, documents,
// months and days. The name check skips them; a word missing here can only raise a false alarm.
const EVERYDAY = `
a about above across act action after again against ago all almost alone along already also although always am
among an and another any anybody anyone anything anyway are area around as ask asked asking at away back bad
be because become been before being below best better between big both bring brought but by call called came
can cannot can't care case cause certain change check clear close come comes coming could couldn't current day
days decide decided did didn't different do does doesn't doing done don't down during each early either else
end enough even ever every everyone everything example fact far few find first for found from full further get
gets getting give given go goes going gone good got great had hadn't half happen happened happens has hasn't have
haven't having he he's help her here hers herself high him himself his how however i i'm i've if important in
instead into is isn't it it's its itself just keep kind know known last late later least less let like likely
little long look looking lot made main make makes making many may maybe me mean means might mine more most much
must my myself need needed needs never new next no nobody none nor not nothing now of off often old on once one
only or other others our ours ourselves out over own part people per perhaps place please point possible
probably put quite rather really right said same say says see seen seems several shall she she's should
shouldn't since so some somebody someone something sometimes soon still such sure take taken tell than thank
thanks that that's the their theirs them themselves then there there's these they they're thing things think
this those though through thus time to today together told too took toward towards tried true try trying under
until up upon us use used using very via want wants was wasn't way we we're well went were weren't what what's
whatever when where whether which while who who's whole whom whose why will with within without won't work
worked working would wouldn't yes yet you you're your yours yourself dear hi hello ok okay urgent update
st saint details removed question questions query quick advice advise help please thanks re fw fwd note notes regarding concern concerns
concerned worried worry worries unsure confused wondering
`;

const SAFEGUARDING = `
abuse abused abuser academy access accommodation acute adult adults adviser advocate affairs agencies agency
allegation allegations ambulance annual anti appointment appointments approach assessment assessments assistant
attendance authority baby babies behaviour birth board boy boys brief briefing bruise bruised bruises bruising
bullying carer carers centre centres chair chairs child childminder children children's childrens child's
clinic clinical college commissioner committee community conference conferences consent consultant consultation
contact contacts continuum core council counsellor court criminal criteria curiosity danger dangerous
decision department deputy designated development difference differences director disability disabilities
disclosure disclosures discussion dispute district doctor document domestic drug drugs duty education emergency
emotional enquiries enquiry escalation evidence exploitation families family father fathers female force form
forms foster fostering framework front girl girls governor governors group guidance harm harmful head headteacher
health hearing helpline hospital hub incident independent infant infants information initial injuries injury
inquiry intervention joint junior juniors justice lead leader leaders learning legal level levels line local
looked male manager managers medical meeting meetings mental midwife midwives missing model mother mothers
multi named national neglect network nurse nurses nursery officer officers office operation order orders panel
parent parents partner partners partnership pathway people period person physical plan plans police policy
practice practitioner practitioners primary procedure procedures professional professionals programme protection
provider pupil pupils rapid record records referral referrals report reports residential resolution response
review reviews risk risks role room safe safeguarding safety school schools secondary section self senior service
services sexual sharing social specialist staff standards statutory step strategy student students support
supervision team teams teacher teachers teaching template theme themes threshold thresholds toolkit training
trust unit victim victims violence voice voluntary welfare well wellbeing worker workers young youth
pre post non co anti inter cross sub week weeks month months day year quarter
driver drivers taxi coach coaches instructor caretaker cleaner receptionist volunteer volunteers tutor chaplain
imam priest vicar minister scout scouts guide guides coordinator co-ordinator administrator technician
dentist optician pharmacist paramedic firefighter warden steward lifeguard childminders
`;

// Capitalised names of local and national bodies, documents, places and calendar words we expect in questions.
const PROPER = `
wigan wirral leigh hindley ince atherton tyldesley standish orrell ashton makerfield golborne lowton aspull
shevington astley abram platt bridge winstanley pemberton billinge appley wrightington haigh hawkley worsley
newtown marsh green scholes whelley beech hill norley birkenhead wallasey bebington heswall hoylake kirby
bromborough moreton upton prenton liscard seacombe new brighton eastham neston liverpool manchester bolton
salford stockport trafford oldham rochdale bury tameside helens warrington chester cheshire merseyside lancashire
england wales scotland ireland britain uk gb london
mash lado lscp wscp wscb lsab dsl ddsl dsp taf tac eha ehap cin cp cpp icpc rcpc lac cla iro sw hv gp gps ae
nhs nspcc camhs cahms cafcass ofsted dfe dhsc barnardo barnardo's kooth childline samaritans refuge brook
nspcc's marac mappa mace prevent channel send bedwetting enuresis sexting grooming senco sendco ehcp fgm cse cce sudi sids dv da idva isva ppo cps
gmp psni pcso rcpch nice scie ico gdpr dbs lcspr cspr scr sar dhr pfi fii aces ace tic
early help front door hub single point entry children's social care start well home start homestart action
signs graded profile gcp gcp2 working together keeping education kcsie threshold document
reception nursery year years class form set key stage ks1 ks2 ks3 ks4 sixth
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn winter christmas easter
faq online teams email phone website portal intranet
`;

// Published names of case reviews practitioners ask about by name: never a child we have just been told about.
export const PUBLISHED_CASE_NAMES: readonly string[] = [
  'Arthur Labinjo-Hughes',
  'Star Hobson',
  'Arthur and Star',
  'Victoria Climbié',
  'Victoria Climbie',
  'Peter Connelly',
  'Baby P',
  'Daniel Pelka',
  'Logan Mwangi',
  'Finley Boden',
  'Child Q',
];

// Local hospitals and services whose names are made of given names or look like a person's.
export const LOCAL_BODY_NAMES: readonly string[] = [
  'Royal Albert Edward Infirmary',
  'Leigh Infirmary',
  'Thomas Linacre Centre',
  'Wrightington, Wigan and Leigh',
  'Alder Hey',
  'Arrowe Park',
  'Clatterbridge',
  'Victoria Central',
  'St Helens',
  'St John Ambulance',
  // Calendar phrases with a name-like word in them.
  'Christmas Eve',
  "New Year's Eve",
  'Good Friday',
  'May Day',
];

// Laws and disclosure schemes named after the people they commemorate: asking about one names no one.
export const NAMED_SCHEMES: readonly string[] = [
  "Sarah's Law",
  'Sarah\u2019s Law',
  'Sarahs Law',
  "Clare's Law",
  'Clare\u2019s Law',
  'Clares Law',
  "Claire's Law",
  'Claire\u2019s Law',
  'Claires Law',
];

const words = (s: string) => s.split(/\s+/).filter(Boolean);
export const NOT_NAMES: ReadonlySet<string> = new Set([...words(EVERYDAY), ...words(SAFEGUARDING), ...words(PROPER)]);
/** Everyday and service words only: after "Mr" or "called" a place can be a surname ("Mr Pemberton"). */
export const NEVER_AFTER_CUE: ReadonlySet<string> = new Set([...words(EVERYDAY), ...words(SAFEGUARDING)]);
