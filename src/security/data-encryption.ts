import crypto from "node:crypto";

// Encryption at rest of the values we must be able to read back (bank account numbers, for payouts):
// AES-256-GCM with a random 96-bit IV per value, the key's id stored with each value so keys can
// rotate, and a context string bound in as additional authenticated data, so a value copied onto
// another row (another user's) fails to decrypt instead of paying out to the wrong account.
//
// Stored form: "enc:v1:<key id>:<iv>:<ciphertext>:<tag>", base64url parts. Values written before
// encryption (no "enc:" prefix) are read as they are and re-encrypted by `npm run admin --
// rotate-data-key`.

const PREFIX = "enc:v1:";
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export interface DataKeyring {
  /** The key new values are encrypted with: the first of DATA_ENCRYPTION_KEY. */
  currentId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/**
 * DATA_ENCRYPTION_KEY: one or more comma-separated keys, each `id:base64` (32 bytes) or a bare base64
 * key (its id is then derived from it). The first encrypts; all decrypt. Rotating = put the new key
 * first, keep the old one after it, run rotate-data-key, then drop the old one.
 */
export function parseDataKeys(text: string): DataKeyring {
  const keys = new Map<string, Buffer>();
  let currentId: string | undefined;
  for (const entry of text.split(",").map((part) => part.trim()).filter(Boolean)) {
    const separator = entry.indexOf(":");
    const encoded = separator >= 0 ? entry.slice(separator + 1) : entry;
    const key = Buffer.from(encoded, "base64");
    if (key.length !== 32) throw new Error("each key must be 32 bytes, base64-encoded (openssl rand -base64 32)");
    const id = separator >= 0 ? entry.slice(0, separator) : crypto.createHash("sha256").update(key).digest("hex").slice(0, 8);
    if (!KEY_ID.test(id)) throw new Error(`key id "${id}" must be 1-32 letters, digits, - or _`);
    if (keys.has(id)) throw new Error(`key id "${id}" appears twice`);
    keys.set(id, key);
    currentId ??= id;
  }
  if (!currentId) throw new Error("no key given");
  return { currentId, keys };
}

export function encryptField(keyring: DataKeyring, plaintext: string, context: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyring.keys.get(keyring.currentId)!, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return PREFIX + [keyring.currentId, iv, ciphertext, cipher.getAuthTag()].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(":");
}

export class UnreadableField extends Error {
  override name = "UnreadableField";
}

/** The plaintext of a stored value (a value from before encryption is returned as it is). */
export function decryptField(keyring: DataKeyring, stored: string, context: string): string {
  if (!stored.startsWith(PREFIX)) return stored;
  const [id, iv, ciphertext, tag] = stored.slice(PREFIX.length).split(":");
  const key = id === undefined ? undefined : keyring.keys.get(id);
  if (!key || !iv || ciphertext === undefined || !tag) throw new UnreadableField(`value encrypted with key "${id}", which DATA_ENCRYPTION_KEY does not hold`);
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new UnreadableField("value does not authenticate (wrong key, or not this row's value)");
  }
}

/** The key id a stored value is encrypted with; null for a value from before encryption. */
export const encryptionKeyIdOf = (stored: string): string | null => (stored.startsWith(PREFIX) ? (stored.slice(PREFIX.length).split(":")[0] ?? null) : null);

/** A keyed hash for equality look-ups on an encrypted value, which random IVs make impossible otherwise. */
export const keyedFingerprint = (secret: string, kind: string, value: string) => crypto.createHmac("sha256", secret).update(`${kind}:${value}`).digest("hex");
