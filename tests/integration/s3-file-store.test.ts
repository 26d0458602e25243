import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import S3rver from "s3rver";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3FileStore } from "../../src/providers/storage/s3-file-store.ts";
import { signedInUser } from "../helpers/factories.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// The S3 FileStore against a real S3-compatible server on this machine (s3rver: the S3 REST API over
// HTTP, objects on disk), not a client mock: what a fleet of instances uses for profile photos.

const BUCKET = "hundi-test-uploads";
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "hundi-s3rver-"));
const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET, configs: [] }] });
let endpoint: string;
let t: TestApp;

beforeAll(async () => {
  const address = (await server.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
  // s3rver's documented credentials, read by the AWS SDK's default chain as in a deployment.
  process.env.AWS_ACCESS_KEY_ID = "S3RVER";
  process.env.AWS_SECRET_ACCESS_KEY = "S3RVER";
  t = await createTestApp({ env: { S3_BUCKET: BUCKET, S3_ENDPOINT: endpoint, S3_PREFIX: "photos/" } });
});
afterAll(async () => {
  await t.close();
  await server.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

const storedObjects = () => fs.readdirSync(path.join(directory, BUCKET, "photos")).filter((name) => !name.startsWith("."));

describe("S3FileStore", () => {
  it("puts, gets and deletes objects under random keys, and answers null for anything else", async () => {
    const store = S3FileStore.fromConfig({ bucket: BUCKET, region: "ap-south-1", endpoint, forcePathStyle: true, prefix: "photos/" });
    const key = await store.put(PNG, { extension: "png" });
    expect(key).toMatch(/^[a-f0-9]{32}\.png$/);
    expect(Buffer.compare((await store.get(key))!, PNG)).toBe(0);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    expect(await store.get("../../etc/passwd")).toBeNull();
    expect(await store.get(`${"0".repeat(32)}.png`)).toBeNull();
    store.close();
  });

  it("is where the API keeps profile photos when S3_BUCKET is set, so another instance serves them", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const res = await request(t.app).post("/api/v2/auth/profile/photo").set(auth).attach("photo", PNG, "me.png");
    expect(res.status).toBe(200);
    const key = (await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).photoKey!;
    expect(storedObjects().some((name) => name.startsWith(key))).toBe(true);
    expect(fs.existsSync(path.join(t.config.uploadDir, key))).toBe(false);

    // A second instance (its own app, its own S3 client) serves the same photo.
    const other = await createTestApp({ env: { S3_BUCKET: BUCKET, S3_ENDPOINT: endpoint, S3_PREFIX: "photos/" } });
    try {
      const served = await request(other.app).get("/api/v2/auth/profile/photo").set(auth).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on("data", (c: Buffer) => chunks.push(c));
        r.on("end", () => cb(null, Buffer.concat(chunks)));
      });
      expect(served.status).toBe(200);
      expect(Buffer.compare(served.body as Buffer, PNG)).toBe(0);
    } finally {
      await other.close();
    }
  });
});
