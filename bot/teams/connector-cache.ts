// botbuilder builds a new ConnectorClient (HTTP pipeline, serializer, credentials) for every turn and every
// proactive message. The client holds nothing per conversation and its credentials fetch and cache their own
// tokens, so one client per (app id, service URL, audience) serves every turn: a large share of a turn's CPU.
// Each client's calls are bounded by a deadline as it is made (connector-timeout.ts).
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { boundConnectorCalls } from './connector-timeout.ts';

type Factory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type Client = Awaited<ReturnType<Factory['create']>>;

const MAX_CLIENTS = 100;

export class CachingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new Map<string, Promise<Client>>();

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

  private reusing(factory: Factory): Factory {
    const create = factory.create.bind(factory);
    const appId = (factory as unknown as { appId?: string }).appId ?? '';
    factory.create = (serviceUrl: string, audience?: string) => {
      const key = `${appId}|${serviceUrl}|${audience ?? ''}`;
      let client = this.clients.get(key);
      if (!client) {
        if (this.clients.size >= MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
        // A failed creation is not remembered: the next turn tries again.
        client = create(serviceUrl, audience).then((created) => {
          boundConnectorCalls(created, this.connectorTimeoutMs);
          return created;
        }, (err: unknown) => {
          this.clients.delete(key);
          throw err;
        });
        this.clients.set(key, client);
      }
      return client;
    };
    return factory;
  }
}
