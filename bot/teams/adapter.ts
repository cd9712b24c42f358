// The Bot Framework side: authentication from config, and the one error boundary per turn.
import type { CloudAdapter, TurnContext } from 'botbuilder';
/** The adapter and bot types the composition root holds: botbuilder is imported only inside teams/. */
export type { ActivityHandler, CloudAdapter } from 'botbuilder';
import { GuardedCloudAdapter } from './guarded-adapter.ts';
import { CachingBotFrameworkAuthentication } from './connector-cache.ts';
import { classifySendError, isConnectorError } from './send-outcome.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../shared/log.ts';
import { STORAGE_UNAVAILABLE_REPLY, isStorageUnavailable } from '../shared/storage-unavailable.ts';

export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const auth = new CachingBotFrameworkAuthentication({
    // An empty app id turns inbound JWT checks and outbound tokens off: local use and tests only.
    MicrosoftAppId: config.auth.appId,
    MicrosoftAppPassword: config.auth.appPassword,
    // With no app id there is nothing to authenticate; botbuilder only accepts that as MultiTenant.
    MicrosoftAppType: config.auth.appId ? config.auth.appType : 'MultiTenant',
    MicrosoftAppTenantId: config.auth.tenantId,
    ...(config.auth.openIdMetadataUrl ? publicCloudWithKeysFrom(config.auth.openIdMetadataUrl) : {}),
  }, config.delivery.connectorTimeoutMs);
  const adapter = new GuardedCloudAdapter(auth, logger, Boolean(config.auth.appId));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    // Teams didn't take our reply (down, throttling, no answer within the timeout): one line, and no apology,
    // which would wait on the same connector.
    if (isConnectorError(error)) {
      logger.warn('turn.reply_failed', { activityId: context.activity?.id, type: context.activity?.type, detail: classifySendError(error, Date.now()).detail });
      return;
    }
    // The database was unavailable (its transaction rolled back, so nothing was half-written): say so plainly.
    const unavailable = isStorageUnavailable(error);
    if (unavailable) logger.warn('turn.storage_unavailable', { activityId: context.activity?.id, type: context.activity?.type, code: codeOf(error) });
    else logger.error('turn.error', { activityId: context.activity?.id, type: context.activity?.type, err: error });
    try {
      if (context.activity?.type === 'message') {
        await context.sendActivity(
          unavailable
            ? STORAGE_UNAVAILABLE_REPLY
            : "Sorry, something went wrong on my side. Please try again; if it keeps happening, tell your safeguarding lead. If a child is in immediate danger, call 999.",
        );
      }
    } catch (sendError) {
      logger.error('turn.error.reply_failed', { activityId: context.activity?.id, err: sendError });
    }
  };
  return adapter;
}

const codeOf = (err: unknown) => (err as { code?: string } | undefined)?.code ?? (err as Error | undefined)?.name;

/** Setting any one endpoint makes botbuilder expect them all: the public-cloud values (botframework-connector's
 *  AuthenticationConstants), with the channel's signing keys read from elsewhere: a local copy in tests. */
function publicCloudWithKeysFrom(openIdMetadataUrl: string) {
  return {
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    CallerId: 'urn:botframework:azure',
  };
}
