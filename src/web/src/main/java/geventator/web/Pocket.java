package geventator.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Where money sits, as a form field or a link names it: a member (their user id) or one of the event's own
 * accounts, written {@code account:} and its id. The ledger API names the two in separate fields.
 */
public record Pocket(String id, boolean account) {

    private static final String ACCOUNT = "account:";

    public Pocket {
        id = id == null ? "" : id;
    }

    static Pocket member(String userId) {
        return new Pocket(userId, false);
    }

    public static Pocket account(String accountId) {
        return new Pocket(accountId, true);
    }

    /** What a form sent; an empty text is no pocket at all. */
    static Pocket parse(String text) {
        if (text != null && text.startsWith(ACCOUNT)) {
            return account(text.substring(ACCOUNT.length()));
        }
        return member(text);
    }

    /** The pocket an API answer names in {@code accountField}, or else in {@code memberField}. */
    static Pocket of(JsonNode node, String memberField, String accountField) {
        String accountId = node.path(accountField).asText("");
        return accountId.isEmpty() ? member(node.path(memberField).asText("")) : account(accountId);
    }

    boolean isEmpty() {
        return id.isEmpty();
    }

    /** Puts the id into the request body under the field the API has for this kind of pocket. */
    void putInto(Map<String, ? super String> body, String memberField, String accountField) {
        body.put(account ? accountField : memberField, id);
    }

    /** As a form field or a link names it. */
    @Override
    public String toString() {
        return account ? ACCOUNT + id : id;
    }
}
