// The prisma CLI depends on @prisma/dev (its `prisma dev` local server), which depends on
// @prisma/streams-local, whose `engines` says Node >= 22: on Node 20 every `npm install` printed an
// EBADENGINE warning. Hundi runs its own embedded PostgreSQL and never runs `prisma dev`, and
// @prisma/dev imports this package only inside `prisma dev` (a dynamic import), so package.json's
// `overrides` puts this stand-in in its place. If anything ever loads it, it says why it is empty.
throw new Error("@prisma/streams-local is replaced in Hundi (prisma/no-streams-local): `prisma dev` is not used; run `npm start` for the embedded database");
