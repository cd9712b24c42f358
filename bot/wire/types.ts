// What the features that keep records and send scheduled cards are wired from (composition layer only).
import type { PartnershipProfile } from '../partnership/profile.ts';
import type { ScheduleStore } from '../scheduling/types.ts';
import type { Clock } from '../shared/clock.ts';
import type { Logger } from '../shared/log.ts';
import type { Notifier } from '../shared/notifier.ts';
import type { StoreSet } from '../storage/store-set.ts';

/** What the features that store records and send scheduled cards (LADO clock, audit rounds) are built from. */
export interface ScheduledFeatureDeps {
  stores: StoreSet;
  schedule: ScheduleStore;
  profile: PartnershipProfile;
  notifier: Notifier;
  /** Who in Teams has this email hash (they have talked to the bot): people picked by email are matched with it. */
  userForEmailHash(hash: string): Promise<string | undefined>;
  clock: Clock;
  logger: Logger;
  /** The Teams app id, for install links to people the bot can't reach yet. */
  teamsAppId?: string;
  /** Wakes the dispatcher: a feature's first cards are due at once. */
  wakeDispatcher(): void;
}
