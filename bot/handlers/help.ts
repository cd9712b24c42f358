import type { PartnershipProfile } from '../partnership/profile.ts';
import { buildWelcomeCard } from '../../cards/welcome.ts';
import type { Feature, Reply } from './types.ts';

// Real questions a practitioner asks, one per area; shown as buttons.
const EXAMPLES = [
  'What are the levels of need?',
  'How quickly must I tell the LADO about an allegation?',
  'I disagree with another agency’s decision: how do I escalate?',
];

export interface HelpDeps {
  profile: PartnershipProfile;
  publicUrl: string;
  /** Read when the card is built, so help lists every feature's commands. */
  listedCommands: () => Array<{ name: string; description: string }>;
}

export function createHelpFeature(deps: HelpDeps): Feature & { welcome(): Reply } {
  const welcome = (): Reply => ({
    card: buildWelcomeCard({ profile: deps.profile, publicUrl: deps.publicUrl, examples: EXAMPLES, commands: deps.listedCommands() }),
  });
  return {
    name: 'help',
    welcome,
    commands: [
      {
        name: 'help',
        description: 'What I can do, with example questions',
        aliases: ['hello', 'hi', 'start', 'menu', '?'],
        run: async () => [welcome()],
      },
    ],
  };
}
