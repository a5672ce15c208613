package geventator.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * What every template is given: the person's language and texts, the CSRF token of their session, the
 * asset addresses, a banner for a role that is down, and amounts and times written in their locale and the
 * event's time zone.
 */
public final class Page {

    private final Messages messages;
    private final Assets assets;
    private final String language;
    private final String csrf;
    private final String userName;
    private final String path;
    private String unavailableRole;
    private String flash;
    private String secret;

    Page(Messages messages, Assets assets, String language, String csrf, String userName, String path) {
        this.messages = messages;
        this.assets = assets;
        this.language = language;
        this.csrf = csrf;
        this.userName = userName;
        this.path = path;
    }

    public String t(String key, Object... args) {
        return messages.text(language, key, args);
    }

    /** The text of {@code prefix + value} when there is one, else the value itself (a kind, a role). */
    public String label(String prefix, String value) {
        return messages.has(language, prefix + value) ? messages.text(language, prefix + value) : value;
    }

    public String lang() {
        return language;
    }

    public String otherLang() {
        return language.equals("es") ? "en" : "es";
    }

    public String csrf() {
        return csrf;
    }

    public boolean signedIn() {
        return userName != null;
    }

    public String userName() {
        return userName;
    }

    public String path() {
        return path;
    }

    public String asset(String file) {
        return assets.url(file);
    }

    public String unavailableRole() {
        return unavailableRole;
    }

    void unavailable(String role) {
        this.unavailableRole = role;
    }

    public String flash() {
        return flash;
    }

    public String secret() {
        return secret;
    }

    void flash(String flash, String secret) {
        this.flash = flash;
        this.secret = secret;
    }

    public Locale locale() {
        return Messages.locale(language);
    }

    /** One side of a suggested transfer as the confirm link names it (a {@link Pocket}). */
    public String transferSide(com.fasterxml.jackson.databind.JsonNode transfer, String side) {
        return MoneyPages.side(transfer, side).toString();
    }

    /** One of the event's accounts as a pocket field names it. */
    public String accountPocket(String accountId) {
        return Pocket.account(accountId).toString();
    }

    /** "12,50 €" in Spanish, "€12.50" in English; empty for no amount. */
    public String money(String amount, String currency) {
        if (amount == null || amount.isBlank() || amount.equals("null")) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        Currency c = Currency.getInstance(currency == null || currency.isBlank() ? "EUR" : currency);
        format.setCurrency(c);
        format.setMinimumFractionDigits(Math.max(c.getDefaultFractionDigits(), 0));
        format.setMaximumFractionDigits(Math.max(c.getDefaultFractionDigits(), 0));
        return format.format(new BigDecimal(amount));
    }

    /** A decimal as a form field shows it in this language ("12,50"). */
    public String decimal(String amount) {
        if (amount == null || amount.isBlank() || amount.equals("null")) {
            return "";
        }
        return language.equals("es") ? amount.replace('.', ',') : amount;
    }

    public String dateTime(String instant, String zone) {
        if (instant == null || instant.isBlank()) {
            return "";
        }
        return zoned(instant, zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale()));
    }

    public String date(String instant, String zone) {
        if (instant == null || instant.isBlank()) {
            return "";
        }
        return zoned(instant, zone)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    public String time(String instant, String zone) {
        if (instant == null || instant.isBlank()) {
            return "";
        }
        return zoned(instant, zone)
                .format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()));
    }

    static ZonedDateTime zoned(String instant, String zone) {
        ZoneId id = zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone);
        try {
            return OffsetDateTime.parse(instant).atZoneSameInstant(id);
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.parse(instant).atZone(id);
        }
    }
}
