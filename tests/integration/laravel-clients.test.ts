import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayInIndia } from "../../src/calendar.ts";
import { createUser, DEFAULT_PASSWORD, signedInUser, uniqueEmail } from "../helpers/factories.ts";
import { checkoutSignature, razorpayPaymentId, webhookSignature } from "../helpers/money-fixtures.ts";
import { fuBody, listUnit, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// What the mobile apps written for the FINOCRED (Laravel) backend send, and what they must get back.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const today = todayInIndia();

function registration(overrides: Record<string, unknown> = {}) {
  return { name: "Asha Traders", email: uniqueEmail("compat"), phone: `+9198${String(Date.now()).slice(-8)}`, password: "S3cure!pass", password_confirmation: "S3cure!pass", role: "buyer", ...overrides };
}

describe("unknown fields are ignored, server-owned fields are refused", () => {
  it("logs in with Sanctum's device_name and other fields Laravel never validated", async () => {
    const user = await createUser(t.prisma);
    const res = await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD, device_name: "Pixel 8", platform: "android", app_version: "3.2.1" });
    expect(res.status).toBe(200);
    expect(res.body.data.user.id).toBe(user.id);
  });

  it("ignores unknown fields inside line items too, and stores only what it knows", async () => {
    const { auth } = await trader(t, "buyer");
    const res = await request(t.app)
      .post("/api/v2/factoring-units")
      .set(auth)
      .send(fuBody({ colour: "blue", line_items: [{ description: "Yarn", quantity: 1, rate: 100000, amount: 100000, colour: "red" }] }));
    expect(res.status).toBe(201);
    expect(res.body.data.line_items[0]).not.toHaveProperty("colour");
    expect(res.body.data).not.toHaveProperty("colour");
  });

  it("treats fields named like Object's own properties (toString, constructor, __proto__) as unknown, not as a 500", async () => {
    // Found by the fuzz test (api-fuzz.test.ts): "toString" was taken for a declared field.
    const { auth } = await trader(t, "buyer");
    const json = JSON.stringify({ ...fuBody(), toString: ["a", "b"], constructor: { name: "x" } }).replace(/}$/, ',"__proto__":{"fu_total":1,"status":"Financed"}}');
    const res = await request(t.app).post("/api/v2/factoring-units").set(auth).set("Content-Type", "application/json").send(json);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ fu_total: 100000, status: "Bidding" });
    const form = await request(t.app)
      .post("/api/v2/factoring-units")
      .set(auth)
      .type("form")
      .send(
        `${Object.entries(fuBody())
          .filter(([, v]) => typeof v !== "object")
          .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
          .join("&")}&toString=x&__proto__[status]=Financed`,
      );
    expect(form.status).toBe(201);
    expect(form.body.data).toMatchObject({ fu_total: 100000, status: "Bidding" });
  });

  it.each([
    [{ status: "active" }, "status"],
    [{ id: 1 }, "id"],
    [{ is_admin: true }, "is_admin"],
  ])("refuses the server-owned field %j on register, by name, and creates nobody", async (extra, field) => {
    const body = registration(extra);
    const res = await request(t.app).post("/api/v2/auth/register").send(body);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ [field]: [`The ${field.replaceAll("_", " ")} field is prohibited.`] });
    expect(await t.prisma.user.count({ where: { email: body.email } })).toBe(0);
  });

  it("still refuses role admin on register as an invalid choice", async () => {
    const res = await request(t.app).post("/api/v2/auth/register").send(registration({ role: "admin" }));
    expect(res.status).toBe(422);
    expect(res.body.errors.role).toEqual(["The selected role is invalid."]);
  });
});

describe("form bodies", () => {
  it("registers from an application/x-www-form-urlencoded body", async () => {
    const body = registration({ pan: "" });
    const res = await request(t.app).post("/api/v2/auth/register").type("form").send(body);
    expect(res.status).toBe(201);
    const stored = await t.prisma.user.findUniqueOrThrow({ where: { email: body.email } });
    expect(stored).toMatchObject({ role: "buyer", status: "pending", pan: null });
  });

  it("lists a unit with nested line items in form syntax, validated and coerced like JSON", async () => {
    const { auth } = await trader(t, "seller");
    const base = fuBody({ fu_total: "1500.50", fu_invoice_total: "1770.59", fu_finance_amount: "1400", fu_tenure: " 90 " });
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(base)) form.append(key, String(value));
    form.append("line_items[0][description]", "Cotton yarn");
    form.append("line_items[0][quantity]", "2.5");
    form.append("line_items[0][rate]", "400.20");
    form.append("line_items[0][amount]", "1000.50");
    form.append("line_items[0][gst_rate]", "18");
    form.append("line_items[0][hsn_code]", "");
    form.append("line_items[1][description]", "Freight");
    form.append("line_items[1][quantity]", "1");
    form.append("line_items[1][rate]", "500");
    form.append("line_items[1][amount]", "500");
    const res = await request(t.app).post("/api/v2/factoring-units").set(auth).type("form").send(form.toString());
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ fu_total: 1500.5, fu_invoice_total: 1770.59, fu_finance_amount: 1400, fu_tenure: "90" });
    expect(res.body.data.line_items).toEqual([
      expect.objectContaining({ description: "Cotton yarn", hsn_code: null, quantity: 2.5, rate: 400.2, amount: 1000.5, gst_rate: 18 }),
      expect.objectContaining({ description: "Freight", quantity: 1, rate: 500, amount: 500 }),
    ]);
    const stored = await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: res.body.data.id }, include: { lineItems: true } });
    expect(stored.total).toBe(150050n);
    expect(stored.lineItems).toHaveLength(2);
  });

  it("gives a form the same 422 as JSON for the same mistake", async () => {
    const { auth } = await trader(t, "seller");
    const body = fuBody({ fu_total: "100.555" });
    const asJson = await request(t.app).post("/api/v2/factoring-units").set(auth).send(body);
    const asForm = await request(t.app).post("/api/v2/factoring-units").set(auth).type("form").send(body);
    expect(asForm.status).toBe(422);
    expect(asForm.body.errors).toEqual(asJson.body.errors);
    expect(asForm.body.errors.fu_total).toEqual(["The fu total field must have at most 2 decimal places."]);
  });

  it("places a bid from multipart/form-data without files", async () => {
    const owner = await trader(t, "buyer");
    const unit = await listUnit(t, owner.auth);
    const investor = await trader(t, "investor", 200_000_00n);
    const res = await request(t.app).post(`/api/v2/bids/${unit.id}`).set(investor.auth).field("bid_amount", "90000.00").field("bid_percentage", "12.5").field("bid_tenure", "90");
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ bid_amount: 90000, bid_percentage: 12.5, bid_tenure: "90", status: "Pending" });
  });

  it("refuses a file in a multipart body on a route that takes no file, and stores nothing", async () => {
    const owner = await trader(t, "buyer");
    const unit = await listUnit(t, owner.auth);
    const investor = await trader(t, "investor", 200_000_00n);
    const res = await request(t.app).post(`/api/v2/bids/${unit.id}`).set(investor.auth).field("bid_amount", "90000").attach("bid_percentage", Buffer.from("12.5"), "rate.txt");
    expect(res.status).toBe(422);
    expect(res.body.errors).toHaveProperty("bid_percentage");
    expect(await t.prisma.bid.count({ where: { factoringUnitId: unit.id } })).toBe(0);
  });

  it("still refuses other content types with 415", async () => {
    const res = await request(t.app).post("/api/v2/auth/login").set("Content-Type", "text/plain").send("email=a@b.co");
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ status: "error", code: "UNSUPPORTED_MEDIA_TYPE" });
  });
});

describe("one coercion rule for every number", () => {
  async function createdOrder(auth: Record<string, string>, amount: unknown) {
    return request(t.app).post("/api/v2/payments/create-order").set(auth).send({ amount });
  }

  it("takes numeric strings for payment_id and money, as Laravel's integer and numeric rules do", async () => {
    const { auth, user } = await signedInUser(t.prisma, { role: "investor" });
    const created = await createdOrder(auth, "10000.50");
    expect(created.status).toBe(201);
    expect(created.body.data.amount).toBe(10000.5);
    const paymentId = razorpayPaymentId();
    const verified = await request(t.app)
      .post("/api/v2/payments/verify")
      .set(auth)
      .send({ payment_id: ` ${created.body.data.payment_id} `, razorpay_payment_id: paymentId, razorpay_order_id: created.body.data.order_id, razorpay_signature: checkoutSignature(created.body.data.order_id, paymentId) });
    expect(verified.status).toBe(200);
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: created.body.data.payment_id } })).userId).toBe(user.id);
    const wallet = await request(t.app).get("/api/v2/payments/wallet").set(auth);
    expect(wallet.body.data.balance).toBe(10000.5);
  });

  it.each(["1e3", "0x10", "NaN", "", "3.0", "Infinity", true])("refuses payment_id %j with one message", async (paymentId) => {
    const { auth } = await signedInUser(t.prisma, { role: "investor" });
    const res = await request(t.app).post("/api/v2/payments/verify").set(auth).send({ payment_id: paymentId, razorpay_payment_id: "pay_x", razorpay_order_id: "order_x", razorpay_signature: "ab" });
    expect(res.status).toBe(422);
    expect(res.body.errors.payment_id).toEqual(["The payment id field must be an integer."]);
  });

  it.each([
    ["1e5", "The amount field must be a number."],
    ["0x100", "The amount field must be a number."],
    ["NaN", "The amount field must be a number."],
    ["100.555", "The amount field must have at most 2 decimal places."],
    ["100000000.01", "The amount field must not be greater than 10000000."],
  ])("refuses the amount %j", async (amount, message) => {
    const { auth, user } = await signedInUser(t.prisma, { role: "investor" });
    const res = await createdOrder(auth, amount);
    expect(res.status).toBe(422);
    expect(res.body.errors.amount).toEqual([message]);
    expect(await t.prisma.payment.count({ where: { userId: user.id } })).toBe(0);
  });

  it("applies the rule to query parameters: ' 2 ' is page 2, '1e1' and '0x2' are refused", async () => {
    const { auth } = await signedInUser(t.prisma);
    const spaced = await request(t.app).get("/api/v2/notifications?page=%202%20&per_page=5").set(auth);
    expect(spaced.status).toBe(200);
    expect(spaced.body.meta).toMatchObject({ current_page: 2, per_page: 5 });
    for (const page of ["1e1", "0x2", "2.5", "abc"]) {
      const res = await request(t.app).get(`/api/v2/notifications?page=${page}`).set(auth);
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual({ page: ["The page field must be an integer."] });
    }
    const tooMany = await request(t.app).get("/api/v2/notifications?per_page=101").set(auth);
    expect(tooMany.body.errors).toEqual({ per_page: ["The per page field must not be greater than 100."] });
  });
});

describe("every failing field in one 422", () => {
  it("reports an invalid role and a password mismatch together, with Laravel's summary", async () => {
    const res = await request(t.app).post("/api/v2/auth/register").send(registration({ role: "admin", password_confirmation: "different!pass" }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ password: ["The password field confirmation does not match."], role: ["The selected role is invalid."] });
    expect(res.body.message).toMatch(/^The .* \(and 1 more error\)$/);
  });

  it("reports a bad amount, a bad date and the cross-field rules that could still be checked", async () => {
    const { auth } = await trader(t, "buyer");
    const res = await request(t.app)
      .post("/api/v2/factoring-units")
      .set(auth)
      .send(fuBody({ fu_total: "abc", fu_invoice_date: addDays(today, 5), fu_due_date: addDays(today, 4), fu_finance_amount: 200000 }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({
      fu_total: ["The fu total field must be a number."],
      fu_invoice_date: ["The fu invoice date field must be a date before or equal to today."],
      fu_due_date: ["The fu due date field must be a date after fu invoice date."],
      fu_finance_amount: ["The fu finance amount field must not be greater than fu invoice total."],
      fu_tenure: [`The fu tenure field must fit before the due date: at most 4 days from today (${addDays(today, 4)}).`],
    });
    expect(res.body.message).toBe("The fu total field must be a number. (and 4 more errors)");
  });
});

describe("path ids", () => {
  it.each([
    ["get", "/api/v2/factoring-units/abc", "Factoring unit not found."],
    ["get", "/api/v2/factoring-units/99999999999999", "Factoring unit not found."],
    ["get", "/api/v2/factoring-units/0", "Factoring unit not found."],
    ["post", "/api/v2/factoring-units/1.5/repay", "Factoring unit not found."],
    ["post", "/api/v2/bids/abc", "Factoring unit not found."],
    ["put", "/api/v2/bids/99999999999999/status", "Bid not found."],
    ["post", "/api/v2/bids/-3/withdraw", "Bid not found."],
    ["put", "/api/v2/notifications/abc/read", "Notification not found."],
  ] as const)("%s %s is the resource's 404, never a 422 on an internal name", async (method, path, message) => {
    const { auth } = await trader(t, path.includes("/repay") ? "buyer" : "investor");
    const res = await request(t.app)[method](path).set(auth).send(method === "put" && path.includes("/status") ? { status: "Accepted" } : {});
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: "error", message, code: "NOT_FOUND" });
    expect(JSON.stringify(res.body)).not.toMatch(/fuId|bidId/);
  });
});

describe("Razorpay webhook authentication comes first", () => {
  it.each([
    ["no signature", undefined],
    ["a wrong signature", "deadbeef"],
  ])("answers an empty body with %s 400, not a 422 about its fields", async (_label, signature) => {
    const req = request(t.app).post("/api/v2/payments/webhook").set("Content-Type", "application/json").set("X-Razorpay-Event-Id", `evt_empty_${Date.now()}`);
    const res = await (signature ? req.set("X-Razorpay-Signature", signature) : req).send("{}");
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: "error", message: "Invalid webhook signature.", code: "BAD_REQUEST" });
  });

  it("validates the body of a correctly signed delivery", async () => {
    const raw = "{}";
    const res = await request(t.app)
      .post("/api/v2/payments/webhook")
      .set("Content-Type", "application/json")
      .set("X-Razorpay-Event-Id", `evt_signed_empty_${Date.now()}`)
      .set("X-Razorpay-Signature", webhookSignature(raw))
      .send(raw);
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors).sort()).toEqual(["event", "payload"]);
  });
});

describe("NUL characters", () => {
  it.each([
    ["PUT", "/api/v2/auth/profile", { name: "Asha\u0000Traders" }, "name"],
    ["POST", "/api/v2/notifications/fcm-token", { fcm_token: "tok\u0000en" }, "fcm_token"],
  ] as const)("%s %s with a NUL in %j is a 422 on the field, not a 500", async (method, path, body, field) => {
    const { auth, user } = await signedInUser(t.prisma);
    const res = await request(t.app)[method === "PUT" ? "put" : "post"](path).set(auth).send(body);
    expect(res.status).toBe(422);
    expect(res.body.errors[field]).toEqual([`The ${field.replaceAll("_", " ")} field must not contain NUL characters.`]);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
  });

  it("refuses a NUL in a unit's invoice number and in a nested line item, and in a query", async () => {
    const { auth } = await trader(t, "seller");
    const res = await request(t.app)
      .post("/api/v2/factoring-units")
      .set(auth)
      .send(fuBody({ fu_invoice_no: "INV\u00001", line_items: [{ description: "Ya\u0000rn", quantity: 1, rate: 100000, amount: 100000 }] }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toMatchObject({ fu_invoice_no: ["The fu invoice no field must not contain NUL characters."], "line_items.0.description": ["The line items.0.description field must not contain NUL characters."] });
    const query = await request(t.app).get("/api/v2/factoring-units?status=Bidding%00").set(auth);
    expect(query.status).toBe(422);
    expect(query.body.errors.status).toEqual(["The status field must not contain NUL characters."]);
  });
});

