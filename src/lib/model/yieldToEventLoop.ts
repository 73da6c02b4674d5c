let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

/**
 * Resolves on a fresh macrotask so that rendering, input and abort events get their turn.
 * setTimeout is clamped to 4 ms once nested in browsers, so pages and workers use a
 * MessageChannel; Node uses setImmediate, which does not keep a port open.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') {
      setImmediate(resolve);
      return;
    }
    if (channel === undefined) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
