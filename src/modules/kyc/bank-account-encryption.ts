import type { Config } from "../../config.ts";
import type { Db } from "../../db/prisma.ts";
import { decryptField, encryptionKeyIdOf, UnreadableField } from "../../security/data-encryption.ts";
import { writeAudit, type Actor } from "../audit/audit-log.ts";
import { bankAccountContext, bankAccountValue } from "./kyc.service.ts";

const BATCH = 500;

/**
 * `npm run admin -- rotate-data-key`: every stored bank account not yet under the current data key
 * (the first of DATA_ENCRYPTION_KEY), including values from before encryption, is decrypted and
 * encrypted again with it, its keyed hash refreshed. Each row is replaced only if it still holds what
 * was read (a verification racing the rotation wins), in its own transaction with its audit row.
 * Values under a key no longer configured cannot be read: they are reported, never touched.
 */
export async function reencryptBankAccounts(db: Db, config: Pick<Config, "dataKeys" | "kycHashSecret">, actor: Actor) {
  const current = config.dataKeys.currentId;
  let reencrypted = 0;
  const unreadable: number[] = [];
  for (let afterId = 0; ; ) {
    const rows = await db.$queryRaw<{ id: number; user_id: number; value: string }[]>`
      SELECT id, user_id, value FROM kyc_checks
       WHERE type = 'bank_account' AND value IS NOT NULL AND id > ${afterId} AND value NOT LIKE ${`enc:v1:${current}:%`}
       ORDER BY id LIMIT ${BATCH}`;
    if (rows.length === 0) break;
    for (const row of rows) {
      let plaintext: string;
      try {
        plaintext = decryptField(config.dataKeys, row.value, bankAccountContext(row.user_id));
      } catch (error) {
        if (!(error instanceof UnreadableField)) throw error;
        unreadable.push(row.id);
        continue;
      }
      const separator = plaintext.lastIndexOf(":");
      const fresh = bankAccountValue(config, row.user_id, plaintext.slice(0, separator), plaintext.slice(separator + 1));
      const replaced = await db.$transaction(async (tx) => {
        const count = await tx.$executeRaw`UPDATE kyc_checks SET value = ${fresh.value}, value_hash = ${fresh.valueHash}, updated_at = now() WHERE id = ${row.id} AND value = ${row.value}`;
        if (count === 1) {
          await writeAudit(tx, { actor, action: "kyc.bank_account.reencrypt", targetType: "kyc_check", targetId: row.id, details: { from_key: encryptionKeyIdOf(row.value), to_key: current } });
        }
        return count === 1;
      });
      if (replaced) reencrypted += 1;
    }
    afterId = rows.at(-1)!.id;
  }
  const [{ total }] = (await db.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS total FROM kyc_checks WHERE type = 'bank_account' AND value IS NOT NULL`) as [{ total: bigint }];
  return { currentKey: current, reencrypted, unreadable, total: Number(total) };
}
