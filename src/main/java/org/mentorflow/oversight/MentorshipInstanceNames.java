package org.mentorflow.oversight;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.agreement.AmendmentProcess;
import org.mentorflow.mentorship.meeting.MeetingProcess;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Whose mentorship a process instance is, for coordinators in Cockpit: the mentorship process and the processes it
 * calls carry the bare mentorship id as business key, the names come from the people module at reading time, so
 * the engine's history never names anybody.
 */
@Component
class MentorshipInstanceNames {

    /** The processes whose business key is a mentorship id; others (a registration, a cohort) are no mentorship. */
    static final Set<String> MENTORSHIP_PROCESSES = Set.of(MentorshipProcess.KEY, MentorshipProcess.AGREEMENT_KEY,
            MeetingProcess.KEY, AmendmentProcess.KEY);

    /** What the Cockpit plugin shows for one instance. */
    record Names(String processInstanceId, long mentorshipId, String mentee, String mentor, String state, String label,
            String history) {
    }

    private final HistoryService history;
    private final Mentorships mentorships;
    private final MessageSource messages;

    MentorshipInstanceNames(HistoryService history, Mentorships mentorships, MessageSource messages) {
        this.history = history;
        this.mentorships = mentorships;
        this.messages = messages;
    }

    /** Names for those of the instances that belong to a mentorship, in the order asked; two queries in all. */
    List<Names> of(Collection<String> processInstanceIds, Locale locale) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(processInstanceIds)).list().stream()
                .filter(instance -> MENTORSHIP_PROCESSES.contains(instance.getProcessDefinitionKey()))
                .toList();
        Map<Long, Mentorship> byId = mentorships.all(instances.stream().map(MentorshipInstanceNames::mentorshipId)
                        .flatMap(Optional::stream).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Mentorship::getId, Function.identity()));
        Map<String, Names> found = new LinkedHashMap<>();
        for (HistoricProcessInstance instance : instances) {
            mentorshipId(instance).map(byId::get)
                    .ifPresent(mentorship -> found.put(instance.getId(), names(instance.getId(), mentorship, locale)));
        }
        return processInstanceIds.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private Names names(String processInstanceId, Mentorship mentorship, Locale locale) {
        String mentee = mentorship.getMentee().getDisplayName();
        String mentor = mentorship.getMentor().getDisplayName();
        return new Names(processInstanceId, mentorship.getId(), mentee, mentor,
                messages.getMessage("state." + mentorship.getState(), null, locale),
                messages.getMessage("oversight.cockpit.label", new Object[] {mentee, mentor, String.valueOf(mentorship.getId())}, locale),
                "/coordinator/mentorships/" + mentorship.getId());
    }

    private static Optional<Long> mentorshipId(HistoricProcessInstance instance) {
        try {
            return Optional.of(Long.parseLong(instance.getBusinessKey()));
        } catch (NumberFormatException | NullPointerException noMentorshipKey) {
            return Optional.empty();
        }
    }
}
