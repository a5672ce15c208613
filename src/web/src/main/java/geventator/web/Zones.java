package geventator.web;

import java.util.List;

/** The time zones offered first when creating an event; any IANA id may be typed instead. */
final class Zones {

    static final List<String> COMMON = List.of(
            "Europe/Madrid",
            "Atlantic/Canary",
            "Europe/Lisbon",
            "Europe/London",
            "Europe/Paris",
            "Europe/Berlin",
            "Europe/Rome",
            "America/Mexico_City",
            "America/Bogota",
            "America/Argentina/Buenos_Aires",
            "America/New_York",
            "UTC");

    private Zones() {}
}
