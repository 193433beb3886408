package org.mentorflow.insights;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Meetings planned and held per mentorship, disputes, nudges and escalations. */
@Controller
class MeetingsReportController {

    private final InsightsPages pages;
    private final MeetingsReport meetings;

    MeetingsReportController(InsightsPages pages, MeetingsReport meetings) {
        this.pages = pages;
        this.meetings = meetings;
    }

    @GetMapping("/insights/meetings")
    String page(@RequestParam(required = false) String programme, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        List<String> problems = new ArrayList<>();
        InsightsFilter filter = pages.filter(programme, from, to, problems);
        ReportTable perMentorship = meetings.table(filter);
        return pages.page(model, "meetings", filter, problems, List.of(meetings.totals(perMentorship), perMentorship));
    }

    @GetMapping("/insights/{table:meetings|meetings-totals}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) String programme,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        InsightsFilter filter = pages.filter(programme, from, to, new ArrayList<>());
        ReportTable perMentorship = meetings.table(filter);
        return pages.csv(table.equals("meetings") ? perMentorship : meetings.totals(perMentorship), filter);
    }
}
