-- Platform accounts (Razorpay clearing, platform fees, GST payable, payouts in transit) are no longer
-- locked by postings and keep no cached balance: their balance is the sum of their entries. A cached
-- column updated by every top-up and every accept was one row that all of them queued on.
UPDATE "ledger_accounts" SET "balance" = 0 WHERE "type" NOT IN ('user_wallet', 'user_holds');
