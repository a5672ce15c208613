package geventator.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One day of the timetable, in the event's time zone, with its rooms in order. */
public record TimetableDay(String date, List<Room> rooms) {

    /** One room's activities that day, in time order. */
    public record Room(String name, List<JsonNode> activities) {}
}
