package org.mentorflow.insights;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** How long answers, agreements, the gaps between meetings and whole mentorships take. */
@Controller
class TimesReportController {

    private final InsightsPages pages;
    private final TimesReport times;

    TimesReportController(InsightsPages pages, TimesReport times) {
        this.pages = pages;
        this.times = times;
    }

    @GetMapping("/insights/times")
    String page(@RequestParam(required = false) String programme, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        List<String> problems = new ArrayList<>();
        InsightsFilter filter = pages.filter(programme, from, to, problems);
        return pages.page(model, "times", filter, problems, List.of(times.table(filter)));
    }

    @GetMapping("/insights/times.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String programme, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        InsightsFilter filter = pages.filter(programme, from, to, new ArrayList<>());
        return pages.csv(times.table(filter), filter);
    }
}
