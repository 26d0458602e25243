-- New lifecycle states. In a migration of their own: PostgreSQL cannot use an enum value in the
-- transaction that added it, and the next migration's partial indexes name 'Expired'.

-- AlterEnum
ALTER TYPE "BidStatus" ADD VALUE 'Expired';

-- AlterEnum
ALTER TYPE "FactoringUnitStatus" ADD VALUE 'Expired';
