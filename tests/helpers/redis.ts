import net from "node:net";

/** The Redis the tests use: REDIS_URL when set, else a local one on the default port. */
export const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** Whether that Redis answers, so that files needing it skip (with a reason) instead of failing. */
export function redisReachable(url = redisUrl): Promise<boolean> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const socket = net.connect(Number(target.port || 6379), target.hostname);
    socket.setTimeout(500);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}
