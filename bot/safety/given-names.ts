// Common given names in England and Wales (ONS baby-name tables, births 1960s-2020s, compiled by hand):
// a compact list, not every name. Names that are also everyday English words ("Will", "May", "Grace")
// are kept apart: they count only where the position says "name".
const COMMON = `
aaliyah aaron abbie abby abdul abdullah abel abigail ada adam adele adrian aidan aiden aimee aisha ajay alan
alana albert alberto alec aleksander alesha alex alexa alexander alexandra alexis alfie alfred ali alice alicia
alisha alison alistair allan allison alma amanda amani amara amelia amelie amie amir amira amy ana anastasia
andre andrea andrew andy angela angelina angus anika anita ann anna annabel annabelle anne annette annie anthony
antonio anya archie arjun arlo aron arran arthur aryan asha ashleigh ashley ashton aston aurora austin ava
avery ayaan ayesha bailey barbara barnaby barry beatrice beau becky bella ben benjamin bernard beth bethan bethany
betty beverley bianca billie billy blake bobby bonnie brad bradley brandon brendan brenda brian bridget brogan
brooke bruce bryan bryony caitlin caleb callum calum calvin cameron camilla cara carl carla carly carol caroline
carys casey cassie catherine cerys chantelle charlie charlene charles charley charlotte chelsea chloe chris
christian christina christine christopher ciara ciaran claire clara clare clarke claudia clive cody colin connor
conor corey courtney craig cynthia daisy dakota damian damien dan daniel daniela danielle danny darcey darcie darcy
daria darius darren darryl dave david dawid dean debbie deborah declan demi denise dennis derek desmond destiny
dexter diana diane dominic dominika donna dorothy dougie douglas duncan dylan ebony eddie eden edith edward edwin
eileen elaine eleanor elijah elise eliza elizabeth ella ellen ellie elliot elliott ellis elsie emilia emily emma
emmanuel enzo eric erin esme esther ethan eva evan evelyn evie ewan ezra faisal farah fatima felicity felix fern
finlay finley finn fiona florence frances francesca francis freddie freddy frederick freya gabriel gabriella
gareth gary gavin gemma geoffrey george georgia georgie gerald gerard gina gordon graham greg gregory gwen hailey
haleema haley hamza hamzah hannah harley harper harriet harrison harry harvey hassan hayden hayley heather helen
helena henry hollie hugh hugo hussain ian ibrahim idris imogen iqra isaac isabel isabella isabelle isaiah isha
isla ismail ivan izzy jack jackson jacob jacqueline jade jaden jake james jamie jane janet janice jared jasmine
jason jasper jay jayden jaydon jayson jeanette jemma jenna jennifer jenny jeremy jesse jessica jessie jill joan
joanna joanne jodie joe joel joey johannes john johnny jon jonah jonathan jordan joseph josh joshua josie joy
judith julia julian julie justin kacey kacper kai kaiden kamil karen karina karl kate katherine kathleen kathryn
katie katy kayden kayla kaylee keira keith kelly kelsey kenneth kerry kevin khadija kian kieran kim kimberley kira
kirsty kris kristian kyle kyra lacey laila lana lara laura lauren layla leah leanne lee leila leo leon leonard
leonardo levi lewis lexi lexie liam libby lilly lily lindsay lindsey lisa logan lois lola lorna lorraine louie
louis louisa louise luca lucas lucia lucy luke lydia lyla lynn lynne mabel macey maddison madeleine madison maisie
maja malachi malcolm mandy marc marcel marcus margaret maria mariam marie marion marley martha martin martyn mary
maryam mason matilda matthew maya megan mehmet melanie melissa mia michael michaela michelle mikayla mila miles
millie milly mitchell mohamed mohammad mohammed molly morgan muhammad mya nadia naomi natalie natasha nathan
nathaniel neil nevaeh niall nicholas nicola nicole nikita noah noel nora norman oakley olivia ollie omar oliver
orla oscar owen paige pamela patricia patrick paul paula pauline peter phoebe piotr poppy priya rachael rachel
rafael rahul rayan rebecca rebekah reece reggie reuben rhys riley rita robert roberta robyn rohan ronald ronan ronnie
rory ross rosie rowan ruby rupert russell ruth ryan sabrina sadie safiya sahil sam samantha samir samuel sandra
sara sarah saskia scarlett scott sean sebastian shane shannon sharon shaun sheila shirley sian sienna simon skye
sofia sonia sophia sophie stacey stanley stella stephanie stephen steve steven stewart stuart susan suzanne
sylvia szymon tamara tanya tara teddy terence teresa theo theodore thomas tia tiffany tilly timothy tina toby
tom tommy toni tony tracey tracy travis trevor tyler valerie vanessa vera veronica vicky victoria vincent violet
wayne wendy wiktoria william willow wojciech yasmin yusuf yvonne zach zachary zain zak zara zoe zofia zuzanna
`;

// Also everyday words or place names: a name only in a name's position (after "called", "Mr", "mum",
// mid-sentence with a capital, or followed by a surname).
const AMBIGUOUS = `
amber angel april autumn bill bob brook chase cliff crystal dale dawn drew duke earl eve faith frank glen grace heath
holly hope hunter iris ivy jack jan jean jewel joy june lane mark max may mercy miles neve pat patience penny pearl
precious ray reed rich rob rocky rose sky star summer sunny sue taylor victor wade will
`;

const words = (s: string) => s.split(/\s+/).filter(Boolean);
export const GIVEN_NAMES: ReadonlySet<string> = new Set(words(COMMON));
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set(words(AMBIGUOUS));
