package org.mentorflow.insights;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The request funnel: how many mentorships reached each step, and where the others left. */
@Controller
class FunnelReportController {

    private final InsightsPages pages;
    private final FunnelReport funnel;

    FunnelReportController(InsightsPages pages, FunnelReport funnel) {
        this.pages = pages;
        this.funnel = funnel;
    }

    @GetMapping({"/insights", "/insights/", "/insights/funnel"})
    String page(@RequestParam(required = false) String programme, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        List<String> problems = new ArrayList<>();
        InsightsFilter filter = pages.filter(programme, from, to, problems);
        return pages.page(model, "funnel", filter, problems, List.of(funnel.table(filter)));
    }

    @GetMapping("/insights/funnel.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String programme, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        InsightsFilter filter = pages.filter(programme, from, to, new ArrayList<>());
        return pages.csv(funnel.table(filter), filter);
    }
}
