# Build stage: compiles TypeScript and bundles the web pages with the dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
COPY examples ./examples
RUN npm run build

# Runtime stage: production dependencies and the compiled code only, run as a non-root user.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY graph-seed ./graph-seed
USER node
EXPOSE 4000
# A fixed heap, well above what the query cost and response size limits let requests hold, so
# those limits refuse work long before the process could run out of memory.
CMD ["node", "--max-old-space-size=1024", "--max-semi-space-size=64", "--single-threaded-gc", "dist/src/index.js"]
