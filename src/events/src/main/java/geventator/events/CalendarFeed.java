package geventator.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * An event's timetable as an RFC 5545 calendar, written by ical4j: one VEVENT per activity whose UID never
 * changes and whose SEQUENCE is the activity's version, so subscribed calendars update rather than duplicate.
 */
final class CalendarFeed {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    static final String UID_DOMAIN = "@geventator";

    /** The zones ical4j holds a VTIMEZONE for; Java knows a few more (SystemV/*), which no calendar can use. */
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarFeed() {}

    static boolean canRender(String zoneId) {
        try {
            return ZONES.getTimeZone(zoneId) != null;
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    static String of(Event event, List<Activity> timetable) {
        ZoneId zone = ZoneId.of(event.details().timeZone());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//GEventator//Timetable//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", event.details().name()));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
        timetable.forEach(activity -> calendar.add(vevent(activity, zone)));
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the timetable of " + event.id() + " is not a valid calendar", e);
        }
        return text.toString();
    }

    private static VEvent vevent(Activity activity, ZoneId zone) {
        ActivityDetails details = activity.details();
        VEvent vevent = new VEvent(
                details.start().atZoneSameInstant(zone), details.end().atZoneSameInstant(zone), details.title());
        vevent.add(new Uid(activity.id() + UID_DOMAIN));
        vevent.add(new Sequence((int) activity.version()));
        if (details.location() != null) {
            vevent.add(new Location(details.location()));
        }
        if (details.description() != null) {
            vevent.add(new Description(details.description()));
        }
        if (!details.tags().isEmpty()) {
            vevent.add(new Categories(new TextList(details.tags())));
        }
        return vevent;
    }
}
