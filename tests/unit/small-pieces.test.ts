import { describe, expect, it } from "vitest";
import { detectImageType } from "../../src/modules/profile/image-type.ts";
import { maskPan } from "../../src/modules/profile/profile.presenter.ts";

describe("detectImageType", () => {
  it("recognises JPEG, PNG and WebP by their first bytes only", () => {
    expect(detectImageType(Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0]))?.mime).toBe("image/jpeg");
    expect(detectImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))?.mime).toBe("image/png");
    expect(detectImageType(Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBP")]))?.mime).toBe("image/webp");
    expect(detectImageType(Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WAVE")]))).toBeNull();
    expect(detectImageType(Buffer.from("<svg xmlns="))).toBeNull();
    expect(detectImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe("maskPan", () => {
  it("keeps only the last four characters", () => {
    expect(maskPan("ABCPE1234F")).toBe("XXXXXX234F");
  });
});
