import { Writable } from "node:stream";
import { pino } from "pino";

/** A pino logger whose JSON lines are kept, parsed, in `lines`, for tests that check what is logged. */
export function capturedLogger(level = "info") {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level }, sink), lines };
}
