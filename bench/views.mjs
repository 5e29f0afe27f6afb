// The organizer's views in the 10,000-session workspace: Sessions and Next-steps requests, first and repeated, and the server's memory after them.
import { pathToFileURL } from 'node:url';
import { BenchClient } from './lspClient.mjs';

/** How long the server is left idle before its memory is read once more. */
const SETTLE_MS = 10_000;

/**
 * After `barcamp/index/ready`: times a first and a second `barcamp/sessions/list` and
 * `barcamp/nextSteps/list`, and reads VmRSS/VmHWM when the index is ready, after each request and after 10 s idle.
 */
export async function eventViews(server, folder) {
  const client = new BenchClient(server);
  try {
    const ready = client.next('barcamp/index/ready');
    await client.initialize(pathToFileURL(folder).toString());
    await ready;
    const result = { sessions: client.ready?.sessions, indexedAtFromStartMs: client.ready.at - client.spawnedAt, atIndexReady: client.memory() };
    const steps = { groupBy: 'owner', includeDone: true, today: '2017-03-01' };
    const timed = async (name, method, params) => {
      const asked = client.settingsRequests;
      result[name] = { ms: await client.timeRequest(method, params), settingsRequests: client.settingsRequests - asked, ...client.memory() };
    };
    await timed('sessionsFirst', 'barcamp/sessions/list', {});
    await timed('sessionsSecond', 'barcamp/sessions/list', {});
    await timed('nextStepsFirst', 'barcamp/nextSteps/list', steps);
    await timed('nextStepsSecond', 'barcamp/nextSteps/list', steps);
    // What stays once the garbage of the answers is collected: V8 gives memory back only after a while idle.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    result.settled = { afterMs: SETTLE_MS, ...client.memory() };
    return result;
  } finally {
    await client.stop();
  }
}
