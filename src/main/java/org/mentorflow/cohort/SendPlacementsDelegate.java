package org.mentorflow.cohort;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.PeopleService;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Sends each placement the coordinator chose as a request from the student to the mentor, with the programme's
 * rules but outside the request window ({@link MentorshipRequests#place}). A placement the picture of the moment no
 * longer allows (the student found a mentor meanwhile, the mentor is full) is left out and logged: the page checked
 * the same before, so this happens only when something changed in between.
 */
@Component("sendPlacements")
class SendPlacementsDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(SendPlacementsDelegate.class);

    private final Placements placements;
    private final MentorshipRequests requests;
    private final PeopleService people;
    private final MessageSource messages;

    SendPlacementsDelegate(Placements placements, MentorshipRequests requests, PeopleService people, MessageSource messages) {
        this.placements = placements;
        this.requests = requests;
        this.people = people;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long programmeId = CohortProgrammeProcess.PROGRAMME_ID.get(execution);
        Map<String, String> chosen = new LinkedHashMap<>(Placements.fromJson(CohortProgrammeProcess.PLACEMENTS.get(execution)));
        chosen.values().removeIf(mentor -> mentor == null || mentor.isBlank());
        Placements.Overview overview = placements.overview(programmeId);
        Map<String, MessageSourceResolvable> problems = placements.problems(overview, chosen);
        chosen.forEach((studentId, mentorId) -> {
            if (problems.containsKey(studentId)) {
                LOG.warn("Placement of {} with {} in programme {} left out: {}", studentId, mentorId, programmeId,
                        messages.getMessage(problems.get(studentId), Locale.ENGLISH));
                return;
            }
            String message = messages.getMessage("cohort.placement.request-message", new Object[] {overview.programme().getName()},
                    people.get(mentorId).getLocale());
            requests.place(programmeId, studentId, mentorId, message);
        });
    }
}
