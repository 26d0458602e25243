import { Prisma } from "../generated/prisma/client.ts";

/** A unique constraint stopped the write (Prisma P2002, or 23505 from a raw query). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return true;
    const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: string } } | undefined)?.cause;
    return cause?.originalCode === "23505";
  }
  return false;
}

/** A CHECK constraint refused the write (23514 from a raw query), optionally a named one. */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: string; originalMessage?: string } } | undefined)?.cause;
  return cause?.originalCode === "23514" && (constraint === undefined || (cause.originalMessage ?? "").includes(`"${constraint}"`));
}
