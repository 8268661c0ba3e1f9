# syntax=docker/dockerfile:1
# Gorgias Bridge: build the fat jar with the Maven Wrapper, run it on a JRE as an unprivileged user.
#   docker build -t gorgias-bridge .
#   docker run --env-file .env -p 8080:8080 gorgias-bridge            (serve, the default)
#   docker run --env-file .env gorgias-bridge doctor                  (any other command)

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
# Tests need PostgreSQL, Redis and Chromium; they run in CI (scripts/test), not in the image build.
# The cache mount keeps downloaded dependencies between builds.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -ntp -DskipTests package -pl bootstrap -am

FROM eclipse-temurin:21-jre
# curl serves the health check only.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 bridge \
    && useradd --system --uid 10001 --gid bridge --home-dir /app --shell /usr/sbin/nologin bridge
WORKDIR /app
COPY --from=build /src/bootstrap/target/gorgias-bridge.jar /app/gorgias-bridge.jar
# The default JVM options, the same as scripts/run's (docs/performance.md, "Footprint and start"): a fixed
# 128 MiB heap keeps the process under 300 MiB resident whatever memory the host has. Mount another file
# on /app/jvm.options to change them.
COPY scripts/jvm.options /app/jvm.options
USER 10001:10001
# A container is reached through its published port, so it listens on every interface whatever APP_ENV says.
# The heap is fixed by /app/jvm.options, not by a share of the container's memory.
ENV PORT=8080 \
    HOST=0.0.0.0
EXPOSE 8080
# Liveness only: readiness (/health/ready) depends on the database and belongs to the load balancer.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT}/health/live" || exit 1
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/gorgias-bridge.jar"]
CMD ["serve"]
