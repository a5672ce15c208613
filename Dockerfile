# syntax=docker/dockerfile:1
# GEventator: one image for the three roles; ROLE (user, event or transaction) and GEVENTATOR_* come from the
# environment, and GEVENTATOR_MONGODB_URI is required (this image has no embedded database).
#   docker build -t geventator .                                   for the machine's own architecture
#   docker buildx build --platform linux/arm64 -t geventator .     for the other one (see docs/DEPLOY.md)
#
# Base images are build arguments. Both defaults exist for linux/amd64 and linux/arm64: the build stage is
# Eclipse Temurin's JDK 17 on Ubuntu 24.04 (glibc), and the final stage starts from scratch with only what
# the build stage puts in /rootfs: the jlink runtime, the jar, the C library files the runtime links against,
# a non-root user and a small health probe. CI builds this file with buildah and a local stand-in for JDK_IMAGE
# with the same JAVA_HOME (src/deploy/image-check.sh).
ARG JDK_IMAGE=eclipse-temurin:17-jdk-noble
ARG RUNTIME_IMAGE=scratch

FROM ${JDK_IMAGE} AS build
# binutils: strip (about 5 MB off libjvm.so). gcc and libc6-dev: the 15 KB health probe (src/deploy/health-probe.c),
# where busybox's wget would add 2 MB. advancecomp: advzip, which recompresses the jar's entries (the same
# deflate format, about 0.5 MB smaller; see docs/benchmarks/deploy.md).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends binutils gcc libc6-dev advancecomp \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
 && advzip -z -3 target/geventator-production.jar
# The same jlink command as CI's check (src/deploy/jlink-runtime.sh), with the same module list. The runtime
# goes to /opt/jre: the JDK itself lives in $JAVA_HOME (/opt/java/openjdk in the Temurin images).
RUN sh src/deploy/jlink-build.sh /opt/jre \
 && sh src/deploy/image-root.sh /opt/jre target/geventator-production.jar /rootfs \
 && mkdir -p /runtime-check \
 && javac --release 17 -d /runtime-check src/deploy/RuntimeCheck.java

FROM ${RUNTIME_IMAGE}
ARG JDK_IMAGE
ARG VERSION=0.1.0-SNAPSHOT
ARG REVISION=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="geventator" \
      org.opencontainers.image.description="GEventator: members, timetable and one ledger for a group organizing an event" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.base.name="${JDK_IMAGE}"

COPY --from=build /rootfs/ /

ENV JAVA_HOME=/opt/java \
    PATH=/opt/java/bin:/usr/local/bin \
    ROLE=all \
    GEVENTATOR_PORT=7070 \
    GEVENTATOR_DATA_DIR=/data

USER 65532:65532
# Fail the image build, not the first start, if the runtime lacks a library of this root or a provider loaded
# by name (JNDI DNS for mongodb+srv, TLS, EC). Exec form: there is no shell. The class comes in on a bind
# mount over /tmp, so neither it nor the JVM's files stay in the image (-XX:-UsePerfData: no hsperfdata).
RUN --mount=type=bind,from=build,source=/runtime-check,target=/tmp \
    ["java", "-XX:-UsePerfData", "-cp", "/tmp", "RuntimeCheck"]

WORKDIR /data
VOLUME ["/data"]
EXPOSE 7070

# GET 127.0.0.1:7070/health/ready, exit 0 on 2xx: no curl, no shell, and no JVM start every 30 s.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["health-probe", "7070", "/health/ready"]

# Memory per role, measured with src/bench/run.sh (docs/benchmarks/speed.md): the Serial collector (one or two
# vCPUs and a small heap: no G1 regions, remembered sets or concurrent threads), smaller thread stacks, bounded
# metaspace and code cache, and two glibc malloc arenas instead of eight per core. The heap is the container's
# limit times MaxRAMPercentage unless JAVA_TOOL_OPTIONS sets -Xmx (the playbook sets -Xmx96m for the user role and -Xmx128m for the others, which
# kept each role under 256 MiB resident after the benchmark's load). The jar reads ROLE itself.
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=50", "-Xss512k", "-XX:MaxMetaspaceSize=96m", "-XX:ReservedCodeCacheSize=32m", "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-jar", "/app/geventator.jar"]
