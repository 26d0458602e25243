import fs from "node:fs";
import { cert, initializeApp, type App, type ServiceAccount } from "firebase-admin/app";
import { getMessaging, type Messaging } from "firebase-admin/messaging";
import type { PushDelivery, PushMessage, PushSender } from "./push-sender.ts";

// Error codes after which FCM will never accept the token again: the device must be forgotten.
const INVALID_TOKEN_CODES = new Set(["messaging/registration-token-not-registered", "messaging/invalid-registration-token"]);

/** FIREBASE_SERVICE_ACCOUNT is either the service-account JSON itself or a path to the JSON file. */
export function readServiceAccount(value: string): ServiceAccount {
  const text = value.trim().startsWith("{") ? value : fs.readFileSync(value, "utf8");
  const json = JSON.parse(text) as { project_id?: string; client_email?: string; private_key?: string };
  if (!json.project_id || !json.client_email || !json.private_key) {
    throw new Error("FIREBASE_SERVICE_ACCOUNT: expected a service-account JSON with project_id, client_email and private_key");
  }
  return { projectId: json.project_id, clientEmail: json.client_email, privateKey: json.private_key };
}

export class FirebasePushSender implements PushSender {
  readonly name = "firebase";
  private readonly messaging: Messaging;

  constructor(serviceAccount: ServiceAccount, appName = "hundi-push") {
    const app: App = initializeApp({ credential: cert(serviceAccount) }, appName);
    this.messaging = getMessaging(app);
  }

  async send(message: PushMessage): Promise<PushDelivery[]> {
    const batch = await this.messaging.sendEachForMulticast({
      tokens: message.tokens,
      notification: { title: message.title, body: message.body },
      data: message.data,
      android: { priority: "high" },
      apns: { payload: { aps: { sound: "default" } } },
    });
    return batch.responses.map((response, index) => ({
      token: message.tokens[index] as string,
      ok: response.success,
      tokenInvalid: response.error ? INVALID_TOKEN_CODES.has(response.error.code) : false,
      error: response.error?.code,
    }));
  }
}
