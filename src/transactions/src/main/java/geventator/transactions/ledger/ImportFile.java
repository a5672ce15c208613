package geventator.transactions.ledger;

import java.util.List;

/**
 * A file of entries to import, read row by row, so that reading a malformed file fails where it is
 * malformed. Its format is the web's business; the ledger sees drafts.
 */
public interface ImportFile {

    /** What the file holds, whose fingerprint names the import when the client names none. */
    String content();

    /** Every row after the header, in order; the header is checked when reading starts. */
    Iterable<Row> rows();

    /**
     * One row of the file.
     *
     * @param line   its line in the file, the header being line 1
     * @param voided whether it is the row of a voided entry, which is never imported
     * @param entryId the id of the entry it was exported from, if it says one
     * @param cells  the cells as written, whose fingerprint tells a retried row from another
     */
    record Row(long line, boolean voided, String entryId, EntryDraft draft, List<String> cells) {}
}
