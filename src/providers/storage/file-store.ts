import crypto from "node:crypto";

/** Where uploaded files live: local disk (one instance), or an S3-compatible bucket (a fleet). */
export interface FileStore {
  /** Stores the bytes under a new random key and returns it. */
  put(bytes: Buffer, options: { extension: string }): Promise<string>;
  /** The bytes for a key, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

// Keys are random names we generate, never client file names, so nothing a client sends can choose
// or traverse a path. Keys read back are checked against the same pattern.
export const FILE_KEY_PATTERN = /^[a-f0-9]{32}\.[a-z0-9]{1,5}$/;

export const newFileKey = (extension: string) => `${crypto.randomBytes(16).toString("hex")}.${extension}`;
