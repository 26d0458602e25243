import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { FILE_KEY_PATTERN, newFileKey, type FileStore } from "./file-store.ts";

/**
 * Files in an S3 bucket, or any S3-compatible store (MinIO, Cloudflare R2, Ceph; S3_ENDPOINT), so that
 * every instance of a fleet reads what another wrote. Credentials come from the AWS SDK's usual chain
 * (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile, an instance or task role). Objects are
 * private; the API serves them to their owner (GET /auth/profile/photo), never by a public URL.
 */
export class S3FileStore implements FileStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix = "",
  ) {}

  static fromConfig(options: { bucket: string; region: string; endpoint?: string; forcePathStyle: boolean; prefix: string }): S3FileStore {
    const client = new S3Client({ region: options.region, endpoint: options.endpoint, forcePathStyle: options.forcePathStyle });
    return new S3FileStore(client, options.bucket, options.prefix);
  }

  async put(bytes: Buffer, options: { extension: string }): Promise<string> {
    const key = newFileKey(options.extension);
    // A PUT is atomic in S3: a reader sees the whole object or none.
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.prefix + key, Body: bytes, ContentLength: bytes.length }));
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    if (!FILE_KEY_PATTERN.test(key)) return null;
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    if (FILE_KEY_PATTERN.test(key)) await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }));
  }

  close(): void {
    this.client.destroy();
  }
}
