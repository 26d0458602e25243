import multer from "multer";
import { z } from "../../validation/zod.ts";
import { defineRoute } from "../../http/define-route.ts";
import { success, successSchema } from "../../http/envelopes.ts";
import { profileData, updateProfileBody } from "./profile.schemas.ts";
import { getProfile, readProfilePhoto, updateProfile, uploadProfilePhoto } from "./profile.service.ts";
import { forgetMarketPages } from "../factoring-units/market-listing-cache.ts";

const tags = ["Profile"];
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

// Memory storage: at most 5 MB, checked by magic bytes before anything touches the disk.
const photoUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0, parts: 2 } });

export const profileRoutes = [
  defineRoute({
    method: "get",
    path: "/auth/profile",
    summary: "Current user's profile with KYC status",
    tags,
    access: { kind: "user" },
    responses: { 200: { description: "The profile.", schema: successSchema(profileData) } },
    handler: async ({ deps, auth }) => ({ body: success(await getProfile({ deps, user: auth.user })) }),
  }),
  defineRoute({
    method: "put",
    path: "/auth/profile",
    summary: "Update profile fields",
    description: "Send any of: name, phone, entity_name, entity_type, entity_reg, industry, address, website. Optional fields accept null to clear them.",
    tags,
    access: { kind: "user" },
    request: { body: updateProfileBody },
    responses: { 200: { description: "The updated profile.", schema: successSchema(profileData, "Profile updated successfully.") } },
    handler: async ({ deps, auth, body }) => {
      const profile = await updateProfile({ deps, user: auth.user, input: body });
      // An owner's name and entity name are on the market's pages.
      forgetMarketPages(deps);
      return { body: success(profile, "Profile updated successfully.") };
    },
  }),
  defineRoute({
    method: "post",
    path: "/auth/profile/photo",
    summary: "Upload a profile photo",
    description: "Multipart form with one `photo` field: a JPEG, PNG or WebP image (checked by content, not by name) of at most 5 MB.",
    tags,
    access: { kind: "user" },
    before: () => [photoUpload.single("photo")],
    requestBodyDoc: {
      body: {
        required: true,
        content: { "multipart/form-data": { schema: z.object({ photo: z.string().openapi({ format: "binary" }) }) } },
      },
    },
    responses: { 200: { description: "The updated profile.", schema: successSchema(profileData, "Profile photo updated successfully.") } },
    errors: [413, 422],
    handler: async ({ deps, auth, req }) => ({
      body: success(await uploadProfilePhoto({ deps, user: auth.user, file: req.file }), "Profile photo updated successfully."),
    }),
  }),
  defineRoute({
    method: "get",
    path: "/auth/profile/photo",
    summary: "The current user's profile photo",
    tags,
    access: { kind: "user" },
    responses: {
      200: { description: "The image bytes.", contentType: "image/*", schema: z.string().openapi({ format: "binary" }) },
    },
    errors: [404],
    handler: async ({ deps, auth, res }) => {
      const photo = await readProfilePhoto({ deps, user: auth.user });
      res.set({ "Content-Type": photo.mime, "Cache-Control": "private, max-age=300", "X-Content-Type-Options": "nosniff" });
      res.send(photo.bytes);
    },
  }),
];
