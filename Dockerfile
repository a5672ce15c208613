# syntax=docker/dockerfile:1
# GEventator: one image for the three roles; ROLE (user, event, transaction or all) and GEVENTATOR_* come from
# the environment. Build:  docker build -t geventator .
# Alpine on both sides: jlink must run in a JDK built for the C library of the final image (musl here).
ARG JDK_IMAGE=eclipse-temurin:25-jdk-alpine
ARG BASE_IMAGE=alpine:3.22

FROM ${JDK_IMAGE} AS build
# binutils: JDK 25's jlink --strip-debug runs objcopy, and jlink-build.sh runs strip (about 5 MB less).
# GNU wget: the Maven wrapper downloads Maven with wget; busybox's TLS support depends on the base's extras.
RUN apk add --no-cache binutils wget
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package
# The same jlink command as CI's check (src/deploy/jlink-runtime.sh), with the same module list.
RUN sh src/deploy/jlink-build.sh /opt/java \
 && javac --release 17 -d /opt/runtime-check src/deploy/RuntimeCheck.java

# The final root filesystem: Alpine less what a JVM never uses. Java brings its own TLS and trust store, so
# OpenSSL (libcrypto, libssl: about 5.5 MB) goes, and with it apk, which needs it, and the package database.
# Plain file removal rather than `apk del`, whose dependency rules would also take zlib. Trade-off: image
# scanners no longer see an OS package list; drop the `rm` to keep it, at about 6 MB more.
FROM ${BASE_IMAGE} AS base
RUN addgroup -S -g 10001 geventator \
 && adduser -S -D -H -u 10001 -G geventator -h /data geventator \
 && install -d -o geventator -g geventator -m 0750 /data \
 && rm -rf /sbin/apk /etc/apk /lib/apk /usr/share/apk /var/cache/apk /usr/lib/libapk.so.* /usr/bin/ssl_client \
      /lib/libcrypto.so.* /lib/libssl.so.* /usr/lib/libcrypto.so.* /usr/lib/libssl.so.* /usr/lib/engines-3 \
      /usr/lib/ossl-modules

FROM scratch
ARG BASE_IMAGE
ARG VERSION=0.1.0-SNAPSHOT
ARG REVISION=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="geventator" \
      org.opencontainers.image.description="GEventator: members, timetable and one ledger for a group organizing an event" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.base.name="${BASE_IMAGE}"

COPY --from=base / /
COPY --from=build /opt/java /opt/java
COPY --from=build /src/target/geventator.jar /app/geventator.jar

ENV JAVA_HOME=/opt/java \
    PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    ROLE=all \
    GEVENTATOR_PORT=7070 \
    GEVENTATOR_DATA_DIR=/data

# Fail the image build, not the first start, if the runtime lacks a library of this base image or a provider
# loaded by name (JNDI DNS for mongodb+srv, TLS, EC). The bind mount leaves nothing behind in the image.
RUN --mount=type=bind,from=build,source=/opt/runtime-check,target=/tmp/runtime-check \
    java -cp /tmp/runtime-check RuntimeCheck

USER geventator:geventator
WORKDIR /data
VOLUME ["/data"]
EXPOSE 7070

# busybox wget is already in the base image: no curl to add, and no JVM start (a second or more) every 30 s.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD wget -q -O /dev/null "http://127.0.0.1:${GEVENTATOR_PORT}/health/ready" || exit 1

# Extra JVM flags: JAVA_TOOL_OPTIONS. The jar reads ROLE itself.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/geventator.jar"]
