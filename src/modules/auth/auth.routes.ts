import { defineRoute } from "../../http/define-route.ts";
import { messageOnlySchema, success, successSchema } from "../../http/envelopes.ts";
import { invalidCredentialsResponse } from "../../openapi/error-responses.ts";
import { changePasswordBody, loginBody, registerBody, sessionData, tokenData } from "./auth.schemas.ts";
import { changePassword, login, logout, refreshToken, registerUser } from "./auth.service.ts";
import { presentUserSummary } from "./user-presenter.ts";

const tags = ["Auth"];

export const authRoutes = [
  defineRoute({
    method: "post",
    path: "/auth/register",
    summary: "Register a new user",
    description: "Creates a `pending` account (an admin approves it) and returns a token. `pan` is optional; when given it must be a valid PAN.",
    tags,
    access: { kind: "public" },
    authRateLimit: true,
    request: { body: registerBody },
    responses: { 201: { description: "Registered; account pending approval.", schema: successSchema(sessionData, "Registration successful. Account pending approval.") } },
    handler: async ({ deps, body }) => {
      const { user, ...token } = await registerUser({ deps, input: body });
      return { status: 201, body: success({ user: presentUserSummary(user), ...token }, "Registration successful. Account pending approval.") };
    },
  }),
  defineRoute({
    method: "post",
    path: "/auth/login",
    summary: "Log in and get a token",
    description:
      "Wrong email and wrong password get the same 401 `Invalid credentials.`. After 5 consecutive failures for one email, further attempts for it are 429 for 15 minutes.",
    tags,
    access: { kind: "public" },
    authRateLimit: true,
    request: { body: loginBody },
    responses: { 200: { description: "Logged in.", schema: successSchema(sessionData, "Login successful.") } },
    errors: [401],
    errorSchemas: { 401: { description: "Wrong email or wrong password (the same answer for both).", schema: invalidCredentialsResponse } },
    handler: async ({ deps, body }) => {
      const { user, ...token } = await login({ deps, input: body });
      return { body: success({ user: presentUserSummary(user), ...token }, "Login successful.") };
    },
  }),
  defineRoute({
    method: "post",
    path: "/auth/logout",
    summary: "Revoke the current token",
    tags,
    access: { kind: "user" },
    responses: { 200: { description: "The token is revoked.", schema: messageOnlySchema("Logged out successfully.") } },
    handler: async ({ deps, auth }) => {
      await logout({ deps, userId: auth.user.id, tokenId: auth.tokenId });
      return { body: { status: "success", message: "Logged out successfully." } };
    },
  }),
  defineRoute({
    method: "post",
    path: "/auth/refresh",
    summary: "Exchange the current token for a new 30-day one",
    description: "The presented token is revoked; use the returned one from now on.",
    tags,
    access: { kind: "user" },
    responses: { 200: { description: "A new token.", schema: successSchema(tokenData, "Token refreshed.") } },
    handler: async ({ deps, auth }) => ({
      body: success(await refreshToken({ deps, userId: auth.user.id, tokenId: auth.tokenId }), "Token refreshed."),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/auth/change-password",
    summary: "Change password",
    description: "Revokes every other token of the user; the token used for this call stays valid.",
    tags,
    access: { kind: "user" },
    authRateLimit: true,
    request: { body: changePasswordBody },
    responses: { 200: { description: "Password changed.", schema: messageOnlySchema("Password changed successfully.") } },
    handler: async ({ deps, auth, body }) => {
      await changePassword({ deps, user: auth.user, tokenId: auth.tokenId, input: body });
      return { body: { status: "success", message: "Password changed successfully." } };
    },
  }),
];
