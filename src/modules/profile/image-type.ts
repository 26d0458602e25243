// The client's Content-Type and file name are not trusted: the first bytes say what an image is.

export interface ImageType {
  mime: "image/jpeg" | "image/png" | "image/webp";
  extension: "jpg" | "png" | "webp";
}

const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

export function detectImageType(bytes: Buffer): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", extension: "jpg" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", extension: "png" };
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return { mime: "image/webp", extension: "webp" };
  return null;
}

const mimeByExtension: Record<string, ImageType["mime"]> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp" };
export const mimeForKey = (key: string) => mimeByExtension[key.split(".").pop() ?? ""] ?? "application/octet-stream";
