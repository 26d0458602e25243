/** Where uploaded files live. Local disk by default; an object store (S3, GCS) plugs in behind this. */
export interface FileStore {
  /** Stores the bytes under a new random key and returns it. */
  put(bytes: Buffer, options: { extension: string }): Promise<string>;
  /** The bytes for a key, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}
