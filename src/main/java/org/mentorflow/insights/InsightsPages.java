package org.mentorflow.insights;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.security.CurrentLogin;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every report page shares: the filter read from the address (programme, from, to), the page around the tables,
 * and the CSV of a table. Each report's controller only says which tables it shows.
 */
@Component
class InsightsPages {

    /** A table as the page shows it: headers and cells in the reader's language. */
    record ShownTable(String name, String title, List<String> headers, List<List<String>> rows, String chart,
            List<Integer> chartColumns) {
    }

    record ProgrammeChoice(Long id, String name) {
    }

    private final Programmes programmes;
    private final MessageSource messages;
    private final CurrentLogin currentLogin;
    private final Clock clock;

    InsightsPages(Programmes programmes, MessageSource messages, CurrentLogin currentLogin, Clock clock) {
        this.programmes = programmes;
        this.messages = messages;
        this.currentLogin = currentLogin;
        this.clock = clock;
    }

    /**
     * The filter of the address; a missing or unreadable date becomes the default period (the last twelve months up
     * to today), and {@code problems} gets the sentence saying so.
     */
    InsightsFilter filter(String programme, String from, String to, List<String> problems) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = date(from, today.minusYears(1).plusDays(1), problems);
        LocalDate end = date(to, today, problems);
        if (end.isBefore(start)) {
            problems.add(message("insights.filter.to-before-from"));
            start = today.minusYears(1).plusDays(1);
            end = today;
        }
        Long programmeId = null;
        if (programme != null && !programme.isBlank()) {
            try {
                programmeId = Long.valueOf(programme.trim());
                programmes.get(programmeId);
            } catch (RuntimeException unknown) {
                problems.add(message("insights.filter.unknown-programme"));
                programmeId = null;
            }
        }
        return new InsightsFilter(programmeId, start, end, clock.getZone());
    }

    private LocalDate date(String text, LocalDate otherwise, List<String> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                throw new DateTimeParseException("out of range", text, 0);
            }
            return date;
        } catch (DateTimeParseException bad) {
            problems.add(message("insights.filter.bad-date", text));
            return otherwise;
        }
    }

    /** Coordinators (and administrators) read what people wrote; analysts see counts, durations and ratings only. */
    boolean readsFreeText(HttpServletRequest request) {
        return currentLogin.of(request).map(CurrentLogin.Login::isCoordinator).orElse(false);
    }

    String page(Model model, String report, InsightsFilter filter, List<String> problems, List<ReportTable> tables) {
        List<ProgrammeChoice> choices = new ArrayList<>();
        for (Programme programme : programmes.all()) {
            choices.add(new ProgrammeChoice(programme.getId(), programme.getName()));
        }
        model.addAttribute("report", report);
        model.addAttribute("filter", filter);
        model.addAttribute("programmes", choices);
        model.addAttribute("problems", problems);
        model.addAttribute("tables", tables.stream().map(this::shown).toList());
        return "insights/report";
    }

    ResponseEntity<byte[]> csv(ReportTable table, InsightsFilter filter) {
        ShownTable shown = shown(table);
        String file = "mentorflow-" + table.name() + "-" + filter.from() + "-" + filter.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(CsvWriter.write(shown.headers(), shown.rows()));
    }

    private ShownTable shown(ReportTable table) {
        List<String> headers = table.columnKeys().stream().map(this::message).toList();
        List<List<String>> rows = table.rows().stream()
                .map(row -> row.stream().map(cell -> cell instanceof Label label ? message(label.key()) : String.valueOf(cell)).toList())
                .toList();
        return new ShownTable(table.name(), message(table.titleKey()), headers, rows, table.chart(), table.chartColumns());
    }

    private String message(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, key, locale);
    }
}
