# syntax=docker/dockerfile:1
# mock-iam-console: the production image (Next.js standalone server) and, as the `build` stage, the
# tools that migrate and seed a database (`npm run db:prepare`). See README.md, "Deployment".
#
#   docker build -t mock-iam-console .                       # the app image (target "app")
#   docker build -t mock-iam-console-tools --target build .  # migrations and seed
#
# Nothing here downloads during `npm ci` except npm packages: better-sqlite3 compiles from source
# (hence python3, make and g++), and Prisma's engines are not fetched (package.json "allowScripts").

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    NEXT_OUTPUT=standalone
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY . .
# postinstall generates both Prisma clients (SQLite and PostgreSQL) from the committed schemas.
RUN npm ci && npm run build

FROM ${NODE_IMAGE} AS app
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
# The standalone server and the node_modules it uses (better-sqlite3 built in the stage above, on the
# same base image), its static assets, and the migration folders /api/health compares the database with.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/prisma ./prisma
COPY --from=build --chown=node:node /app/scripts/server-preload.mjs ./scripts/server-preload.mjs
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node as PID 1 gets SIGTERM from `docker stop`: Next stops accepting connections, finishes the
# requests in flight, then the database pool disconnects (lib/db/shutdown.ts) and the process exits.
CMD ["node", "--import", "./scripts/server-preload.mjs", "server.js"]
