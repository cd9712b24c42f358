// Wires the LADO referral clock once: its store, the working-day calendar, who counts as LADO staff (the
// listed officers, and members of the duty channel as Teams last said), its scheduled cards and its handler.
import type { ChannelMembership } from '../teams/channel-membership.ts';
import { createEnglandCalendar } from '../time/calendar.ts';
import { createLadoService, isLadoStaff } from '../lado/service.ts';
import { createLadoFeature } from '../handlers/lado.ts';
import { createLadoMessages } from '../../cards/lado-messages.ts';
import { appInstallUrl } from '../../cards/links.ts';
import type { ScheduledFeatureDeps } from './types.ts';

export interface LadoWiring extends ScheduledFeatureDeps {
  lado: { staff: readonly string[]; channelId: string };
  channels?: ChannelMembership;
}

export function wireLado(deps: LadoWiring) {
  const { staff, channelId } = deps.lado;
  const store = deps.stores.referralClocks;
  const service = createLadoService({
    store,
    clock: deps.clock,
    calendar: createEnglandCalendar(),
    lado: deps.profile.lado,
    staff,
    alsoStaff: (p) => !!p.aadObjectId && !!channelId && !!deps.channels?.wasMember(channelId, p.aadObjectId),
    channelId,
    canReach: (to) => deps.notifier.canReach(to),
    userForEmailHash: deps.userForEmailHash,
  });
  const messages = createLadoMessages({
    find: service.find,
    officer: service.officer,
    schedule: deps.schedule,
    notifier: deps.notifier,
    profile: deps.profile,
    installUrl: deps.teamsAppId ? appInstallUrl(deps.teamsAppId) : undefined,
    logger: deps.logger,
    wakeDispatcher: deps.wakeDispatcher,
  });
  const feature = createLadoFeature({
    service,
    messages,
    profile: deps.profile,
    clock: deps.clock,
    logger: deps.logger,
    wakeDispatcher: deps.wakeDispatcher,
    // Listed staff need no lookup; the answer is cached in teams/channel-membership.ts, the one cache of it.
    recogniseChannelStaff: async (actor) => {
      if (actor.aadObjectId && channelId && deps.channels && !isLadoStaff(staff, actor)) await deps.channels.isMember(channelId, actor.aadObjectId);
    },
  });
  return { store, service, feature };
}
