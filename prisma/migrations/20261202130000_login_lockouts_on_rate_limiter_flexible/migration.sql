-- The per-email login lockout moves to rate-limiter-flexible's PostgreSQL store (RateLimiterPostgres):
-- the table has the layout that library creates itself, made here so that migrations own the schema.
-- Open lockouts are not carried over: a lock lasts 15 minutes, and the worst case of dropping one is
-- that an attacker gets five more guesses.
DROP TABLE "login_failures";

CREATE TABLE "login_lockouts" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "login_lockouts_pkey" PRIMARY KEY ("key")
);
