package geventator.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Budget against actual per category, laid out for an SVG drawn on the server: two bars per category,
 * scaled to the largest figure. The same figures go in a table beside it, for screen readers and for print.
 */
public record BudgetBars(List<Bar> bars, int height) {

    public static final int WIDTH = 320;
    public static final int LABEL = 0;
    static final int ROW = 44;

    /** One category: its bars' lengths in SVG units and their vertical place. */
    public record Bar(
            String name, String planned, String actual, boolean over, int plannedLength, int actualLength, int y) {}

    static BudgetBars of(JsonNode categories) {
        BigDecimal max = BigDecimal.ZERO;
        for (JsonNode c : categories) {
            max = max.max(EventPages.decimal(c.path("planned").asText(null)))
                    .max(EventPages.decimal(c.path("actual").asText()));
        }
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (JsonNode c : categories) {
            String planned =
                    c.path("planned").isNull() ? null : c.path("planned").asText();
            String actual = c.path("actual").asText();
            bars.add(new Bar(
                    c.path("name").asText().isEmpty() ? "—" : c.path("name").asText(),
                    planned,
                    actual,
                    c.path("overBudget").asBoolean(),
                    length(EventPages.decimal(planned), max),
                    length(EventPages.decimal(actual), max),
                    y));
            y += ROW;
        }
        return new BudgetBars(bars, Math.max(y, 1));
    }

    private static int length(BigDecimal value, BigDecimal max) {
        if (max.signum() == 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(WIDTH))
                .divide(max, 0, RoundingMode.HALF_UP)
                .intValue();
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
