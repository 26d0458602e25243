import fs from "node:fs";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInUser } from "../helpers/factories.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]);
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x10, 0, 0, 0]), Buffer.from("WEBPVP8 "), Buffer.alloc(32, 3)]);

describe("GET /auth/profile", () => {
  it("returns the profile with masked PAN, wallet balance and every KYC check not submitted", async () => {
    const { user, auth } = await signedInUser(t.prisma, { pan: "ABCPE1234F", status: "pending" });
    const res = await request(t.app).get("/api/v2/auth/profile").set(auth);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("success");
    expect(res.body.data).toMatchObject({ id: user.id, email: user.email, role: "buyer", status: "pending", pan: "XXXXXX234F", wallet_balance: 0, photo_url: null });
    const notSubmitted = { status: "not_submitted", verified_at: null };
    expect(res.body.data.kyc_status).toEqual({ pan: notSubmitted, gst: notSubmitted, bank_account: notSubmitted, aadhaar: notSubmitted, address: notSubmitted });
    expect(JSON.stringify(res.body)).not.toContain("ABCPE1234F");
    expect(JSON.stringify(res.body)).not.toContain("password");
  });
});

describe("PUT /auth/profile", () => {
  it("updates the seed's fields and clears optional ones with null", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    await t.prisma.user.update({ where: { id: user.id }, data: { industry: "Textiles" } });
    const res = await request(t.app).put("/api/v2/auth/profile").set(auth).send({
      name: "New Name",
      phone: "+91 98765-43210",
      entity_name: "New Co",
      entity_type: "LLP",
      entity_reg: "AAB-1234",
      address: "1 MG Road, Pune",
      website: "https://newco.example",
      industry: null,
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ name: "New Name", phone: "+919876543210", entity_name: "New Co", entity_type: "LLP", industry: null, website: "https://newco.example" });
    const stored = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ name: "New Name", entityReg: "AAB-1234", industry: null, email: user.email, role: user.role });
  });

  it.each([
    [{ email: "new@x.co" }, "email", "The email field is prohibited."],
    [{ role: "investor" }, "role", "The role field is prohibited."],
    [{ status: "active" }, "status", "The status field is prohibited."],
    [{ name: "" }, "name", "The name field is required."],
    [{ name: "x".repeat(256) }, "name", "The name field must not be greater than 255 characters."],
    [{ website: "javascript:alert(1)" }, "website", "The website field must be a valid URL (http or https)."],
    [{ phone: "12" }, "phone", "The phone field must be a phone number with country code, e.g. +919876543210."],
  ])("refuses %j and changes nothing", async (body, field, message) => {
    const { user, auth } = await signedInUser(t.prisma);
    const res = await request(t.app).put("/api/v2/auth/profile").set(auth).send(body);
    expect(res.status).toBe(422);
    expect(res.body.errors[field]).toEqual([message]);
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(user);
  });
});

describe("POST /auth/profile/photo", () => {
  it.each([
    ["PNG", PNG, "image/png"],
    ["JPEG", JPEG, "image/jpeg"],
    ["WebP", WEBP, "image/webp"],
  ])("stores a %s under a random name and serves it back with its type", async (_label, bytes, mime) => {
    const { user, auth } = await signedInUser(t.prisma);
    const res = await request(t.app).post("/api/v2/auth/profile/photo").set(auth).attach("photo", bytes, { filename: "../../etc/passwd", contentType: "text/plain" });
    expect(res.status).toBe(200);
    expect(res.body.data.photo_url).toBe("/api/v2/auth/profile/photo");
    const stored = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.photoKey).toMatch(/^[a-f0-9]{32}\.(png|jpg|webp)$/);
    const served = await request(t.app).get("/api/v2/auth/profile/photo").set(auth).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on("data", (c: Buffer) => chunks.push(c));
      r.on("end", () => cb(null, Buffer.concat(chunks)));
    });
    expect(served.status).toBe(200);
    expect(served.headers["content-type"]).toBe(mime);
    expect(Buffer.compare(served.body as Buffer, bytes)).toBe(0);
  });

  it("replaces the previous photo and deletes its file", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    await request(t.app).post("/api/v2/auth/profile/photo").set(auth).attach("photo", PNG, "a.png");
    const first = (await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).photoKey!;
    await request(t.app).post("/api/v2/auth/profile/photo").set(auth).attach("photo", JPEG, "b.jpg");
    const second = (await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).photoKey!;
    expect(second).not.toBe(first);
    expect(fs.existsSync(`${t.config.uploadDir}/${first}`)).toBe(false);
    expect(fs.existsSync(`${t.config.uploadDir}/${second}`)).toBe(true);
  });

  it.each([
    ["a text file named .png", () => Buffer.from("hello, not an image"), "fake.png", "The photo field must be a JPEG, PNG or WebP image."],
    ["a GIF", () => Buffer.from("GIF89a............"), "x.gif", "The photo field must be a JPEG, PNG or WebP image."],
    ["a file over 5 MB", () => Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]), "big.png", "The photo field must not be greater than 5120 kilobytes."],
  ])("refuses %s and keeps the old photo", async (_label, makeBytes, filename, message) => {
    const { user, auth } = await signedInUser(t.prisma);
    const res = await request(t.app).post("/api/v2/auth/profile/photo").set(auth).attach("photo", makeBytes(), filename);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ photo: [message] });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).photoKey).toBeNull();
  });

  it("requires the photo field and refuses other file fields", async () => {
    const { auth } = await signedInUser(t.prisma);
    const missing = await request(t.app).post("/api/v2/auth/profile/photo").set(auth).field("name", "x");
    expect(missing.status).toBe(422);
    const wrongField = await request(t.app).post("/api/v2/auth/profile/photo").set(auth).attach("avatar", PNG, "a.png");
    expect(wrongField.status).toBe(422);
    expect(wrongField.body.errors).toEqual({ avatar: ["The avatar field is not allowed."] });
    const empty = await request(t.app).post("/api/v2/auth/profile/photo").set(auth);
    expect(empty.status).toBe(422);
    expect(empty.body.errors).toEqual({ photo: ["The photo field is required."] });
  });

  it("answers 404 when there is no photo", async () => {
    const { auth } = await signedInUser(t.prisma);
    const res = await request(t.app).get("/api/v2/auth/profile/photo").set(auth);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: "error", message: "Photo not found." });
  });
});
