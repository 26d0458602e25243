// The baseline every scenario is measured against, in the same run: a bare Express 5 route that
// reads one row by primary key with raw pg (what a request costs with nothing of ours in it).
import express from "express";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
// The run drops its database at the end: idle connections are then terminated, which is no error here.
pool.on("error", () => {});
const app = express();
app.get("/users/:id", async (req, res) => {
  const { rows } = await pool.query("SELECT id, name, email, role, status FROM users WHERE id = $1", [Number(req.params.id)]);
  res.json({ status: "success", data: rows[0] ?? null });
});
const server = app.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.("ready"));
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
