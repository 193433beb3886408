package org.mentorflow.insights;

import java.util.List;

/**
 * One table of a report, as the page shows it and the CSV holds it: column headers as message keys, rows of plain
 * values (numbers, texts). {@code chart} says how the page draws it ("bar" over the first column and {@code
 * chartColumns}), or null for no chart.
 */
record ReportTable(String name, String titleKey, List<String> columnKeys, List<List<Object>> rows, String chart,
        List<Integer> chartColumns) {

    static ReportTable of(String name, String titleKey, List<String> columnKeys, List<List<Object>> rows) {
        return new ReportTable(name, titleKey, columnKeys, rows, null, List.of());
    }

    ReportTable withBarChart(Integer... columns) {
        return new ReportTable(name, titleKey, columnKeys, rows, "bar", List.of(columns));
    }
}
