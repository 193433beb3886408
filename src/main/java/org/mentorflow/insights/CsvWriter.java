package org.mentorflow.insights;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file as RFC 4180 writes it: a header row, CRLF line ends, a field in double quotes when it holds a comma, a
 * quote, a line break or leading/trailing blanks, quotes inside doubled. UTF-8 with a byte-order mark, so that a
 * spreadsheet opening the file reads the umlauts right.
 */
final class CsvWriter {

    private static final String BOM = "\uFEFF";

    private CsvWriter() {
    }

    static byte[] write(List<String> header, List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
