package geventator.logging;

/** Where the syslog collector listens, read from the {@code host:port} setting. */
record SyslogDestination(String host, int port) {

    SyslogDestination {
        if (host.isBlank() || port < 1 || port > 65_535) {
            throw new IllegalArgumentException("syslog destination must be host:port, got " + host + ":" + port);
        }
    }

    static SyslogDestination parse(String hostAndPort) {
        String trimmed = hostAndPort.strip();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            throw new IllegalArgumentException("syslog destination must be host:port, got '" + hostAndPort + "'");
        }
        String host = trimmed.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            return new SyslogDestination(host, Integer.parseInt(trimmed.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("syslog destination port is not a number: '" + hostAndPort + "'", e);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
