# Waybill in a container: the README's commands, in two stages.
#   docker build -t waybill .
#   docker run -p 3000:3000 -v waybill-data:/data waybill          # one node, SQLite, the simulator
# compose.yaml runs PostgreSQL, two api nodes, a worker and an SMTP catcher.

# Build: `npm ci` installs and, through the prepare script, compiles dist/ (the README's first
# command). better-sqlite3 and argon2 need a compiler where no prebuilt binary fits.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
RUN npm ci --no-audit --no-fund \
  && npm prune --omit=dev --no-audit --no-fund

# Run: only what serving needs, as the unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_URL=sqlite:/data/waybill.db
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
# Ready means the database answers and its migrations are current (GET /readyz).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `npm start` without its build step: dist/ was built above. SIGTERM reaches node directly and
# stops it gracefully within 10 s (docs/operations.md).
ENTRYPOINT ["node", "bin/waybill.js"]
CMD ["serve"]
