// Bounds every call to the Bot Connector. botbuilder's pipeline retries (429s, 5xx, resets) on its own with
// no overall deadline, so a serviceUrl that never answers held a turn about 15 s. Here one attempt has a
// deadline; proactive sends are retried by the dispatcher, which knows the message and its retry budget.
import type { Pipeline, PipelinePolicy } from '@azure/core-rest-pipeline';

export const CONNECTOR_TIMEOUT_POLICY = 'safeguardingConnectorTimeout';

/** `client` is a botframework-connector ConnectorClient; its core-client ServiceClient holds the pipeline. */
export function boundConnectorCalls(client: unknown, timeoutMs: number): void {
  const pipeline = (client as { client?: { pipeline?: Pipeline } }).client?.pipeline;
  if (!pipeline) throw new Error('connector-timeout: this botframework-connector has no core-client pipeline to bound');
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.removePolicy({ name: CONNECTOR_TIMEOUT_POLICY });
  pipeline.addPolicy(timeoutPolicy(timeoutMs));
}

function timeoutPolicy(timeoutMs: number): PipelinePolicy {
  return {
    name: CONNECTOR_TIMEOUT_POLICY,
    sendRequest(request, next) {
      const deadline = AbortSignal.timeout(timeoutMs);
      request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal as AbortSignal, deadline]) : deadline;
      return next(request);
    },
  };
}
