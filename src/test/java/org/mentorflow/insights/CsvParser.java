package org.mentorflow.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV back as RFC 4180 defines it, independent of the writer: fields in double quotes may hold commas, line
 * breaks and doubled quotes; records end in CRLF. A leading byte-order mark is skipped.
 */
final class CsvParser {

    private CsvParser() {
    }

    static List<List<String>> parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new IllegalArgumentException("A quote inside an unquoted field at " + i);
                }
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
                continue;
            } else if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException("A bare line break outside quotes at " + i);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("An open quote at the end");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            throw new IllegalArgumentException("The last record does not end in CRLF");
        }
        return records;
    }
}
