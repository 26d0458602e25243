import crypto from "node:crypto";
import type { RequestHandler } from "express";

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Echoes a sane client X-Request-Id (so a mobile app can correlate) or makes one; every response has it. */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.get("x-request-id");
  const id = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  res.locals.requestId = id;
  res.set("X-Request-Id", id);
  next();
};
