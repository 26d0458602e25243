import type { User } from "../../generated/prisma/client.ts";

export const presentUserSummary = (user: User) => ({
  id: user.id,
  name: user.name,
  email: user.email,
  role: user.role,
  status: user.status,
});
