package geventator.platform.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import geventator.platform.Dates;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * The one JSON mapper: strict on input (unknown fields, numbers for strings, dates outside {@link Dates}'
 * years), ISO-8601 dates on output.
 */
public final class Json {

    private Json() {}

    public static ObjectMapper mapper() {
        SimpleModule years = new SimpleModule("geventator-years")
                .addDeserializer(Instant.class, new InYears<>(Instant.class, InstantDeserializer.INSTANT))
                .addDeserializer(
                        OffsetDateTime.class, new InYears<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME))
                .addDeserializer(
                        ZonedDateTime.class, new InYears<>(ZonedDateTime.class, InstantDeserializer.ZONED_DATE_TIME))
                .addDeserializer(LocalDate.class, new InYears<>(LocalDate.class, LocalDateDeserializer.INSTANCE))
                .addDeserializer(
                        LocalDateTime.class, new InYears<>(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE));
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(years)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** Jackson's own reading of a date or time, then the year range. */
    private static final class InYears<T extends Temporal> extends JsonDeserializer<T> {

        private final Class<T> type;
        private final JsonDeserializer<? extends T> read;

        InYears(Class<T> type, JsonDeserializer<? extends T> read) {
            this.type = type;
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getText();
            T value = read.deserialize(parser, context);
            if (value == null) {
                return null;
            }
            if (!Dates.inRange(value)) {
                throw InvalidFormatException.from(parser, "the year is out of range", text, type);
            }
            return value;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
