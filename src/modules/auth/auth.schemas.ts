import { crossFieldIssue, whenFieldsValid } from "../../validation/laravel-messages.ts";
import { z } from "../../validation/zod.ts";
import { panField } from "../kyc/kyc.schemas.ts";

// Field rules shared by register, profile and KYC. Messages are Laravel templates (`:attribute`).

export const PHONE_PATTERN = /^\+[1-9]\d{7,14}$/;

export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value === "" ? null : value));

// Trimmed and lower-cased before validation: apps often send a trailing space from the keyboard.
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email().max(255))
  .openapi({ example: "asha@example.com" });

export const phoneField = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(PHONE_PATTERN, { error: "The :attribute field must be a phone number with country code, e.g. +919876543210." }))
  .openapi({ example: "+919876543210" });

// bcrypt only reads the first 72 bytes: a longer password would silently be truncated, so refuse it.
export const passwordField = z
  .string()
  .min(8)
  .refine((value) => Buffer.byteLength(value) <= 72, { error: "The :attribute field must not be greater than 72 bytes." })
  .openapi({ example: "S3cure!pass" });

export const publicRole = z.enum(["buyer", "seller", "investor", "financer"]).openapi({ example: "buyer" });
export const userStatus = z.enum(["pending", "active", "rejected", "suspended"]);

const confirmed = <T extends { password: string; password_confirmation: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.password !== value.password_confirmation) {
    crossFieldIssue(ctx, "password", "The :attribute field confirmation does not match.");
  }
};

export const registerBody = z
  .object({
    name: requiredText(255).openapi({ example: "Asha Traders" }),
    email: emailField,
    phone: phoneField,
    password: passwordField,
    password_confirmation: z.string().openapi({ example: "S3cure!pass" }),
    role: publicRole,
    pan: panField.nullish().or(z.literal("").transform(() => null)),
    entity_name: optionalText(255).openapi({ example: "Asha Traders Pvt Ltd" }),
    fcm_token: z.string().trim().min(1).max(4096).optional().openapi({ example: "fcm-device-token" }),
  })
  .superRefine(confirmed, whenFieldsValid("password", "password_confirmation"))
  .openapi("RegisterRequest");

export const loginBody = z
  .object({
    email: emailField,
    password: z.string().min(1).max(1024).openapi({ example: "S3cure!pass" }),
    fcm_token: z.string().trim().min(1).max(4096).optional().openapi({ example: "fcm-device-token" }),
  })
  .openapi("LoginRequest");

export const changePasswordBody = z
  .object({
    current_password: z.string().min(1).max(1024).openapi({ example: "Old!passw0rd" }),
    password: passwordField,
    password_confirmation: z.string().openapi({ example: "S3cure!pass" }),
  })
  .superRefine(confirmed, whenFieldsValid("password", "password_confirmation"))
  .superRefine((value, ctx) => {
    if (value.password === value.current_password) {
      crossFieldIssue(ctx, "password", "The :attribute field and current password must be different.");
    }
  }, whenFieldsValid("password", "current_password"))
  .openapi("ChangePasswordRequest");

export const forgotPasswordBody = z.object({ email: emailField }).openapi("ForgotPasswordRequest");

export const resetPasswordBody = z
  .object({
    email: emailField,
    code: z.string().trim().regex(/^\d{6}$/, "The :attribute field must be 6 digits.").openapi({ example: "482913", description: "The 6-digit code from the e-mail." }),
    password: passwordField,
    password_confirmation: z.string().openapi({ example: "S3cure!pass" }),
  })
  .superRefine(confirmed, whenFieldsValid("password", "password_confirmation"))
  .openapi("ResetPasswordRequest");

export const userSummary = z
  .object({
    id: z.number().int().openapi({ example: 5 }),
    name: z.string().openapi({ example: "Asha Traders" }),
    email: z.string().openapi({ example: "asha@example.com" }),
    role: z.enum(["buyer", "seller", "investor", "financer", "admin"]),
    status: userStatus,
  })
  .openapi("UserSummary");

export const tokenFields = {
  token: z.string().openapi({ example: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..." }),
  token_type: z.literal("Bearer"),
  expires_in: z.number().int().openapi({ example: 2592000, description: "Seconds: 2592000 (30 days), 43200 (12 hours) for an admin." }),
};

export const sessionData = z.object({ user: userSummary, ...tokenFields }).openapi("Session");
export const tokenData = z.object(tokenFields).openapi("AccessToken");

export type RegisterInput = z.infer<typeof registerBody>;
export type LoginInput = z.infer<typeof loginBody>;
export type ChangePasswordInput = z.infer<typeof changePasswordBody>;
