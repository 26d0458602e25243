import fs from "node:fs/promises";
import path from "node:path";
import { FILE_KEY_PATTERN as KEY_PATTERN, newFileKey, type FileStore } from "./file-store.ts";

/** Files on this machine's disk (UPLOAD_DIR): one instance, or replicas sharing a volume. */
export class LocalFileStore implements FileStore {
  constructor(private readonly directory: string) {}

  async put(bytes: Buffer, options: { extension: string }): Promise<string> {
    const key = newFileKey(options.extension);
    await fs.mkdir(this.directory, { recursive: true });
    const target = path.join(this.directory, key);
    // Write to a temporary name and rename, so a reader never sees half a file.
    await fs.writeFile(`${target}.tmp`, bytes, { mode: 0o640 });
    await fs.rename(`${target}.tmp`, target);
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    if (!KEY_PATTERN.test(key)) return null;
    return fs.readFile(path.join(this.directory, key)).catch(() => null);
  }

  async delete(key: string): Promise<void> {
    if (KEY_PATTERN.test(key)) await fs.rm(path.join(this.directory, key), { force: true });
  }
}
