import crypto from "node:crypto";
import { Webhook } from "standardwebhooks";
import type { DataKeyring } from "../../security/data-encryption.ts";
import { decryptField, encryptField } from "../../security/data-encryption.ts";

// Signatures by the Standard Webhooks specification, made by its maintained package, so that any
// receiver library verifies them: `webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`.
// During a rotation's overlap both secrets sign, space-separated, as the specification allows: a
// receiver still on the old secret accepts the delivery, one on the new secret too.

const SECRET_CONTEXT = "webhook_endpoints.secret";

/** A new signing secret: `whsec_` and 32 random bytes in base64 (the form the specification's libraries take). */
export const mintWebhookSecret = () => `whsec_${crypto.randomBytes(32).toString("base64")}`;

export const sealSecret = (keys: DataKeyring, secret: string) => encryptField(keys, secret, SECRET_CONTEXT);
export const openSecret = (keys: DataKeyring, stored: string) => decryptField(keys, stored, SECRET_CONTEXT);

/** The three headers of one attempt, signed with every secret given (the current one first). */
export function signedHeaders(options: { messageId: string; body: string; secrets: string[]; at?: Date }): Record<string, string> {
  const at = options.at ?? new Date();
  const signatures = options.secrets.map((secret) => new Webhook(secret).sign(options.messageId, at, options.body));
  return {
    "webhook-id": options.messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}
