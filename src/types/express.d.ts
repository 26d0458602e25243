declare global {
  namespace Express {
    interface Request {
      /** The request body exactly as received (JSON requests only), for signature checks. */
      rawBody?: Buffer;
    }
  }
}

export {};
