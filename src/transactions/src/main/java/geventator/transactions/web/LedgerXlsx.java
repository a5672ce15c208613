package geventator.transactions.web;

import geventator.transactions.ledger.Entry;
import geventator.transactions.ledger.Exporting.Export;
import geventator.transactions.ledger.Kind;
import geventator.transactions.ledger.Money;
import geventator.transactions.ledger.Revision;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The ledger as an Office Open XML workbook, written by fastexcel: an "Entries" sheet (numbers as numbers,
 * days as dates where the event happens, names beside ids, live money in and out in their own columns, a
 * totals row) and a "Balance" sheet (in, out, net; by kind and by category). A spreadsheet in any locale
 * reads the numbers as numbers. The Entries sheet keeps the CSV export's columns, so it imports back.
 */
final class LedgerXlsx {

    static final List<String> COLUMNS = List.of(
            "id",
            "date",
            "kind",
            "concept",
            "description",
            "quantity",
            "unitPrice",
            "amount",
            "in",
            "out",
            "currency",
            "category",
            "activityId",
            "counterparty",
            "paidBy",
            "paidByName",
            "receivedBy",
            "receivedByName",
            "paidFromAccount",
            "paidFromAccountName",
            "receivedByAccount",
            "receivedByAccountName",
            "splitAmong",
            "splitAmongNames",
            "tags",
            "note",
            "outsideEvent",
            "recordedBy",
            "recordedByName",
            "recordedAt",
            "version",
            "voided",
            "voidReason");

    private static final int IN = COLUMNS.indexOf("in");
    private static final int OUT = COLUMNS.indexOf("out");

    private LedgerXlsx() {}

    static byte[] export(Export export) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "GEventator", "1.0");
            String money = moneyFormat(export.currency());
            int rows = entries(workbook.newWorksheet("Entries"), export, money);
            balance(workbook.newWorksheet("Balance"), export, money, rows);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the entries and their totals; answers the number of entry rows. */
    private static int entries(Worksheet sheet, Export export, String money) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, COLUMNS.get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (Entry entry : export.entries()) {
            Revision e = entry.current();
            Row row = new Row(sheet, r++);
            row.text(entry.id().value());
            row.day(e.date().atZone(export.zone()).toLocalDate());
            row.text(e.kind().label());
            row.text(LedgerCsv.text(e.concept()));
            row.text(LedgerCsv.text(e.description()));
            row.number(e.quantity(), "General");
            row.number(e.unitPrice(), money);
            row.number(e.amount(), money);
            boolean live = !entry.isVoided();
            row.number(live && e.kind().sign() > 0 ? e.amount() : null, money);
            row.number(live && e.kind().sign() < 0 ? e.amount() : null, money);
            row.text(entry.currency());
            row.text(LedgerCsv.text(e.category()));
            row.text(e.activityId());
            row.text(LedgerCsv.text(e.counterparty()));
            row.text(e.paidBy() == null ? null : e.paidBy().value());
            row.text(LedgerCsv.text(export.nameOf(e.paidBy())));
            row.text(e.receivedBy() == null ? null : e.receivedBy().value());
            row.text(LedgerCsv.text(export.nameOf(e.receivedBy())));
            row.text(e.paidFromAccount());
            row.text(LedgerCsv.text(export.accountName(e.paidFromAccount())));
            row.text(e.receivedByAccount());
            row.text(LedgerCsv.text(export.accountName(e.receivedByAccount())));
            row.text(LedgerCsv.splitAmong(e));
            row.text(LedgerCsv.text(export.splitNames(e)));
            row.text(LedgerCsv.text(String.join(";", e.tags())));
            row.text(LedgerCsv.text(e.note()));
            row.bool(e.outsideEvent());
            row.text(entry.recordedBy().value());
            row.text(LedgerCsv.text(export.nameOf(entry.recordedBy())));
            row.time(entry.recordedAt().atZone(export.zone()).toLocalDateTime());
            row.number(BigDecimal.valueOf(entry.version()), "0");
            row.bool(entry.isVoided());
            row.text(entry.isVoided() ? LedgerCsv.text(entry.voided().reason()) : null);
        }
        int rows = r - 1;
        sheet.value(r, 0, "Total");
        sheet.style(r, 0).bold().set();
        for (int c : new int[] {IN, OUT}) {
            sheet.formula(r, c, "SUM(" + cell(1, c) + ":" + cell(Math.max(rows, 1), c) + ")");
            sheet.style(r, c).bold().format(money).set();
        }
        sheet.freezePane(0, 1);
        return rows;
    }

    private static void balance(Worksheet sheet, Export export, String money, int rows) {
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        Map<String, BigDecimal> byKind = new TreeMap<>();
        Map<String, BigDecimal> byCategory = new TreeMap<>();
        for (Entry entry : export.entries()) {
            Revision e = entry.current();
            if (entry.isVoided() || e.kind() == Kind.SETTLEMENT) {
                continue;
            }
            if (e.kind().sign() > 0) {
                in = in.add(e.amount());
            } else {
                out = out.add(e.amount());
            }
            byKind.merge(e.kind().label(), e.signedAmount(), BigDecimal::add);
            byCategory.merge(e.category() == null ? "" : e.category(), e.signedAmount(), BigDecimal::add);
        }
        int r = 0;
        r = line(sheet, r, "currency", null, money, export.currency());
        r = line(sheet, r, "in", in, money, null);
        r = line(sheet, r, "out", out, money, null);
        r = line(sheet, r, "net", in.subtract(out), money, null);
        sheet.value(r, 0, "net from the Entries sheet");
        sheet.formula(r, 1, "Entries!" + cell(rows + 1, IN) + "-Entries!" + cell(rows + 1, OUT));
        sheet.style(r++, 1).format(money).set();
        r++;
        sheet.value(r, 0, "by kind (net)");
        sheet.style(r++, 0).bold().set();
        for (var kind : byKind.entrySet()) {
            r = line(sheet, r, kind.getKey(), kind.getValue(), money, null);
        }
        r++;
        sheet.value(r, 0, "by category (net)");
        sheet.style(r++, 0).bold().set();
        for (var category : byCategory.entrySet()) {
            r = line(
                    sheet,
                    r,
                    category.getKey().isEmpty() ? "(none)" : LedgerCsv.text(category.getKey()),
                    category.getValue(),
                    money,
                    null);
        }
    }

    private static int line(Worksheet sheet, int r, String label, BigDecimal amount, String money, String text) {
        sheet.value(r, 0, label);
        if (amount != null) {
            sheet.value(r, 1, amount);
            sheet.style(r, 1).format(money).set();
        } else {
            sheet.value(r, 1, text);
        }
        return r + 1;
    }

    private static String moneyFormat(String currency) {
        int digits = Money.minorDigits(currency);
        return digits == 0 ? "0" : "0." + "0".repeat(digits);
    }

    /** A1 notation of a zero-based cell. */
    private static String cell(int row, int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.append(row + 1).toString();
    }

    /** One row, written left to right. */
    private static final class Row {
        private final Worksheet sheet;
        private final int row;
        private int column;

        Row(Worksheet sheet, int row) {
            this.sheet = sheet;
            this.row = row;
        }

        void text(String value) {
            if (value != null) {
                sheet.value(row, column, value);
            }
            column++;
        }

        void number(BigDecimal value, String format) {
            if (value != null) {
                sheet.value(row, column, value);
                sheet.style(row, column).format(format).set();
            }
            column++;
        }

        void bool(boolean value) {
            sheet.value(row, column++, value);
        }

        void day(java.time.LocalDate value) {
            sheet.value(row, column, value);
            sheet.style(row, column++).format("yyyy-mm-dd").set();
        }

        void time(java.time.LocalDateTime value) {
            sheet.value(row, column, value);
            sheet.style(row, column++).format("yyyy-mm-dd hh:mm:ss").set();
        }
    }
}
