# AIC back-office: the API serving the built admin, against an external PostgreSQL.
# The container needs DATABASE_URL (see docker-compose.yml). The embedded-postgres package
# is installed because the API imports it, but it stays unused when DATABASE_URL is set.

# 1. Build everything (libs/domain, apps/api, apps/admin) with the dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/
COPY apps/api/package.json apps/api/
COPY apps/admin/package.json apps/admin/
# `npm install`, not `npm ci`: see shared stack notes (platform-specific optional packages).
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Production dependencies of the API only (the admin is shipped as static files).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/
COPY apps/api/package.json apps/api/
COPY apps/admin/package.json apps/admin/
RUN npm install --omit=dev --workspace @aic/api --no-audit --no-fund

# 3. Runtime: same layout as the repository, so that apps/api/dist/config.js finds
#    apps/admin/dist from its own location.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
# V8 sizes its heap for the host: capping it keeps RSS under load well under 300 MB (measured: ~295 MB uncapped, ~170 MB at 128 MB, same throughput; docs/performance.md).
# The young generation capped at 2 × 8 MB instead of 2 × 16: RSS under load −20 to −30 MB, below 200 MB (issue 18; docs/performance.md).
ENV NODE_OPTIONS="--max-old-space-size=192 --max-semi-space-size=8"
WORKDIR /app
COPY --from=deps /app/package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/libs/domain/package.json libs/domain/
COPY --from=build /app/libs/domain/dist libs/domain/dist
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/admin/dist apps/admin/dist
# Documents' files when no S3 bucket is set: a volume there (docker-compose.yml) keeps them; owned by node, who writes them.
RUN mkdir -p /data/files && chown node:node /data/files
ENV AIC_FILES_DIR=/data/files
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM, on which the API closes cleanly.
CMD ["node", "apps/api/dist/main.js"]
