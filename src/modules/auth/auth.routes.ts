import { defineRoute } from "../../http/define-route.ts";
import { messageOnlySchema, success, successSchema } from "../../http/envelopes.ts";
import { invalidCredentialsResponse } from "../../openapi/error-responses.ts";
import { changePasswordBody, forgotPasswordBody, loginBody, registerBody, resetPasswordBody, sessionData, tokenData } from "./auth.schemas.ts";
import { changePassword, login, logout, refreshToken, registerUser } from "./auth.service.ts";
import { RESET_CODE_MAX_TRIES, requestPasswordReset, resetPassword } from "./password-reset.service.ts";
import { presentUserSummary } from "./user-presenter.ts";

const tags = ["Auth"];
const FORGOT_PASSWORD_MESSAGE = "If an account exists for this e-mail, a reset code has been sent to it.";
const RESET_PASSWORD_MESSAGE = "Password reset successfully. Log in with your new password.";

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
    summary: "Exchange the current token for a new one",
    description: "The presented token is revoked; use the returned one from now on. Tokens live 30 days (`expires_in: 2592000`); an admin's live 12 hours (`expires_in: 43200`).",
    tags,
    access: { kind: "user" },
    responses: { 200: { description: "A new token.", schema: successSchema(tokenData, "Token refreshed.") } },
    handler: async ({ deps, auth }) => ({
      body: success(await refreshToken({ deps, user: auth.user, tokenId: auth.tokenId }), "Token refreshed."),
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
  defineRoute({
    method: "post",
    path: "/auth/forgot-password",
    summary: "E-mail a password reset code",
    description:
      "Always answers 200 with the same body, whether or not an account has this e-mail (no enumeration). When one has, a single-use 6-digit code valid 30 minutes is e-mailed to it; asking again within a minute keeps the code already sent. Rate limited like login.",
    tags,
    access: { kind: "public" },
    authRateLimit: true,
    request: { body: forgotPasswordBody },
    responses: { 200: { description: "If the account exists, a code is on its way.", schema: messageOnlySchema(FORGOT_PASSWORD_MESSAGE) } },
    handler: async ({ deps, body }) => {
      await requestPasswordReset({ deps, email: body.email });
      return { body: { status: "success", message: FORGOT_PASSWORD_MESSAGE } };
    },
  }),
  defineRoute({
    method: "post",
    path: "/auth/reset-password",
    summary: "Set a new password with the e-mailed code",
    description: `Sets the password and revokes every token of the account (log in again). A wrong, used or expired code, or an unknown e-mail, is the same 422 on \`code\`; the ${RESET_CODE_MAX_TRIES}th wrong try burns the code. Rate limited like login.`,
    tags,
    access: { kind: "public" },
    authRateLimit: true,
    request: { body: resetPasswordBody },
    responses: { 200: { description: "Password changed; every token of the account is revoked.", schema: messageOnlySchema(RESET_PASSWORD_MESSAGE) } },
    handler: async ({ deps, body, req, res }) => {
      await resetPassword({ deps, input: body, context: { requestId: res.locals.requestId as string | undefined, ip: req.ip } });
      return { body: { status: "success", message: RESET_PASSWORD_MESSAGE } };
    },
  }),
];
