import type { PartnershipProfile } from '../bot/partnership/profile.ts';
import { executeAction, openUrlAction } from './actions.ts';
import { JUDGEMENT_TEXT, unconfirmedNote } from './card-text.ts';
import { expandCard } from './expand.ts';
import type { AdaptiveCard, CardAction } from './types.ts';

export const ASK_VERB = 'ask';

export interface WelcomeCardInput {
  profile: PartnershipProfile;
  publicUrl: string;
  examples: string[];
  commands: Array<{ name: string; description: string }>;
}

export function buildWelcomeCard(input: WelcomeCardInput): AdaptiveCard {
  const { profile } = input;
  const links: CardAction[] = [openUrlAction('Browse the procedures', `${input.publicUrl}/tab`)];
  if (profile.front_door.referral_form_url) links.push(openUrlAction('Professional referral form', profile.front_door.referral_form_url));
  return expandCard('welcome', {
    title: `Safeguarding Assistant for ${profile.short_name}`,
    intro: `Ask me, in your own words, about ${profile.name}'s threshold of need and how to get help, resolving professional differences (escalation), allegations against people who work with children (the LADO), and learning from case reviews. I answer with the relevant section of the published procedures and a link to it.`,
    emergencyText: `If a child is in immediate danger, call 999 now, then the ${profile.front_door.name}${profile.front_door.phone ? ` on ${profile.front_door.phone}` : ''}${unconfirmedNote(profile, profile.front_door)}.`,
    examples: input.examples.map((q) => executeAction(q, ASK_VERB, { q })),
    commands: input.commands,
    privacyText: "Please don't type names, dates of birth or other details that identify a child, family or colleague. I don't need them, and I don't store messages.",
    judgementText: JUDGEMENT_TEXT,
    links,
  });
}
