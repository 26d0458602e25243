import type { Logger } from "../logger.ts";

declare global {
  namespace Express {
    interface Request {
      /** The request body exactly as received (JSON requests only), for signature checks. */
      rawBody?: Buffer;
    }
    interface Response {
      /** The app's logger with this request's id bound (http/access-log.ts). */
      log: Logger;
    }
  }
}

export {};
