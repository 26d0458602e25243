# Production image: compiled JavaScript on the current Node LTS, production dependencies only, run as
# the unprivileged `node` user. `docker compose up --build` uses it (docker-compose.yml).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY src/db/schema-engine ./src/db/schema-engine
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json /app/prisma.config.ts ./
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/src/db/schema-engine ./src/db/schema-engine
RUN mkdir -p /app/uploads /app/.data && chown node:node /app/uploads /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:3000/api/v2/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM drains (server.ts): in-flight requests finish, keep-alive clients are told to go elsewhere.
STOPSIGNAL SIGTERM
CMD ["node", "dist/server.js"]
