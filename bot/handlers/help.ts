import type { PartnershipProfile } from '../partnership/profile.ts';
import { buildWelcomeCard } from '../../cards/welcome.ts';
import type { Feature, Reply } from './types.ts';

export interface HelpDeps {
  profile: PartnershipProfile;
  publicUrl: string;
  /** Read when the card is built, so help lists every feature's commands. */
  listedCommands: () => Array<{ name: string; description: string }>;
}

export function createHelpFeature(deps: HelpDeps): Feature {
  const welcome = (): Reply => ({
    card: buildWelcomeCard({ profile: deps.profile, publicUrl: deps.publicUrl, examples: deps.profile.example_questions, commands: deps.listedCommands() }),
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
