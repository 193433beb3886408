package org.mentorflow.insights;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Ratings, survey response rates, and for coordinators what people wrote. */
@Controller
class FeedbackReportController {

    private final InsightsPages pages;
    private final FeedbackReport feedback;

    FeedbackReportController(InsightsPages pages, FeedbackReport feedback) {
        this.pages = pages;
        this.feedback = feedback;
    }

    @GetMapping("/insights/feedback")
    String page(@RequestParam(required = false) String programme, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, HttpServletRequest request) {
        List<String> problems = new ArrayList<>();
        InsightsFilter filter = pages.filter(programme, from, to, problems);
        List<ReportTable> tables = new ArrayList<>(List.of(feedback.ratings(filter), feedback.surveys(filter)));
        if (pages.readsFreeText(request)) {
            tables.add(feedback.freeText(filter));
        }
        return pages.page(model, "feedback", filter, problems, tables);
    }

    @GetMapping("/insights/{table:ratings|surveys|free-text}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) String programme,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletRequest request) {
        InsightsFilter filter = pages.filter(programme, from, to, new ArrayList<>());
        return switch (table) {
            case "ratings" -> pages.csv(feedback.ratings(filter), filter);
            case "surveys" -> pages.csv(feedback.surveys(filter), filter);
            default -> pages.readsFreeText(request) ? pages.csv(feedback.freeText(filter), filter)
                    : ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        };
    }
}
