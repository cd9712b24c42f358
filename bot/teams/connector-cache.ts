// botbuilder builds a new ConnectorClient (HTTP pipeline, serializer, credentials) for every turn and every
// proactive message. The client holds nothing per conversation and its credentials fetch and cache their own
// tokens, so one client per (app id, service URL, audience) serves every turn: a large share of a turn's CPU.
// Each client's calls are bounded by a deadline as it is made (connector-timeout.ts). The same goes for the
// user-token client CloudAdapter builds for every turn (another pipeline), which this assistant never calls.
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { boundConnectorCalls } from './connector-timeout.ts';

type Factory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type Client = Awaited<ReturnType<Factory['create']>>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;
type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>[0];

const MAX_CLIENTS = 100;

export class CachingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new Map<string, Promise<Client>>();
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(
    settings: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    private readonly connectorTimeoutMs: number,
  ) {
    super(settings);
  }

  override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>) {
    const result = await super.authenticateRequest(...args);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory) } : result;
  }

  override createConnectorFactory(...args: Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>): Factory {
    return this.reusing(super.createConnectorFactory(...args));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    // botbuilder takes the app id from the audience claim, or the app id claim (the Emulator's).
    const key = claimsIdentity.getClaimValue('aud') ?? claimsIdentity.getClaimValue('appid') ?? '';
    return remembered(this.userTokenClients, key, () => super.createUserTokenClient(claimsIdentity));
  }

  private reusing(factory: Factory): Factory {
    const create = factory.create.bind(factory);
    const appId = (factory as unknown as { appId?: string }).appId ?? '';
    factory.create = (serviceUrl: string, audience?: string) => {
      const key = `${appId}|${serviceUrl}|${audience ?? ''}`;
      return remembered(this.clients, key, () =>
        create(serviceUrl, audience).then((created) => {
          boundConnectorCalls(created, this.connectorTimeoutMs);
          return created;
        }),
      );
    };
    return factory;
  }
}

/** The client made once for `key`, the oldest forgotten past MAX_CLIENTS; a failed creation is not remembered,
 *  so the next turn tries again. */
function remembered<T>(clients: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const known = clients.get(key);
  if (known) return known;
  if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value!);
  const made = make().catch((err: unknown) => {
    // Only this attempt: a later client under the same key (after this one was forgotten) stays.
    if (clients.get(key) === made) clients.delete(key);
    throw err;
  });
  clients.set(key, made);
  return made;
}
