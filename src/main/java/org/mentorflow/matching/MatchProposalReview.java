package org.mentorflow.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.Window;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's side of a match proposal on the portal: run it (the message to the cohort's instance), see the
 * open review with each student's proposed mentor and the alternatives, change pairs, send or discard (completing
 * the review task). Every refusal is a sentence in the reader's language.
 */
@Service
class MatchProposalReview {

    /** Where a cohort stands for the match proposal. */
    enum Stage {
        /** A continuous programme has no match proposal. */
        NOT_A_COHORT,
        /** The request window has not opened yet. */
        NOT_YET,
        /** Over: the request window closed (placing unmatched students is the next task's job). */
        CLOSED,
        /** Inside the window, no review open: the proposal may be run. */
        MAY_RUN,
        /** A review task is open. */
        UNDER_REVIEW
    }

    /** One student on the review page: the proposed mentor, the reasons, the mentors to choose from. */
    record Row(String studentId, String studentName, String proposedMentorId, String proposedMentorName, String reasons,
            List<Option> options, String selected, String note) {
    }

    record Option(String mentorId, String label) {
    }

    record Review(String taskId, MatchProposal proposal, List<Row> rows) {
    }

    private final Programmes programmes;
    private final MatchProposals proposals;
    private final PeopleService people;
    private final MatchTexts texts;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final MessageSource messages;
    private final Clock clock;

    MatchProposalReview(Programmes programmes, MatchProposals proposals, PeopleService people, MatchTexts texts,
            RuntimeService runtime, TaskService tasks, MessageSource messages, Clock clock) {
        this.programmes = programmes;
        this.proposals = proposals;
        this.people = people;
        this.texts = texts;
        this.runtime = runtime;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
    }

    Stage stage(Programme programme) {
        if (!programme.isCohort()) {
            return Stage.NOT_A_COHORT;
        }
        if (openTask(programme.getId()).isPresent()) {
            return Stage.UNDER_REVIEW;
        }
        Window window = programme.requestWindow(clock.instant());
        return window == Window.OPEN ? Stage.MAY_RUN : window == Window.NOT_YET ? Stage.NOT_YET : Stage.CLOSED;
    }

    /** The cohort's open review task, if any. */
    Optional<Task> openTask(long programmeId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(CohortProgrammeProcess.businessKey(programmeId))
                .taskDefinitionKey(MatchProposalProcess.TASK_REVIEW_MATCH_PROPOSAL).active()
                .orderByTaskCreateTime().desc().listPage(0, 1).stream().findFirst();
    }

    /**
     * Asks the cohort's instance for a proposal; the refusal in the reader's language if the window is not open, a
     * review is already open or no instance waits for the message.
     */
    Optional<String> run(Programme programme, Locale reader) {
        Stage stage = stage(programme);
        if (stage != Stage.MAY_RUN) {
            return Optional.of(messages.getMessage("matching.run.refused." + stage.name(), null, reader));
        }
        try {
            runtime.createMessageCorrelation(CohortProgrammeProcess.MESSAGE_MATCH_PROPOSAL_REQUESTED)
                    .processInstanceBusinessKey(CohortProgrammeProcess.businessKey(programme.getId()))
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            return Optional.of(messages.getMessage("matching.run.refused.no-instance", new Object[] {programme.getName()}, reader));
        }
        return Optional.empty();
    }

    /** The open review as the page shows it; {@code selected} keeps what the coordinator chose before a refusal. */
    @Transactional(readOnly = true)
    Optional<Review> review(Programme programme, Map<String, String> selected, Locale reader) {
        Optional<Task> task = openTask(programme.getId());
        if (task.isEmpty()) {
            return Optional.empty();
        }
        Long proposalId = MatchProposalProcess.MATCH_PROPOSAL_ID.convert(
                runtime.getVariable(task.get().getExecutionId(), MatchProposalProcess.MATCH_PROPOSAL_ID.name()));
        if (proposalId == null) {
            return Optional.empty();
        }
        MatchProposal proposal = proposals.get(proposalId);
        MatchPool pool = proposals.pool(programme.getId());
        List<Row> rows = new ArrayList<>();
        for (ProposedPair pair : proposal.getPairs()) {
            Person student = people.get(pair.getStudentId());
            Person mentor = pair.getMentorId() == null ? null : people.get(pair.getMentorId());
            String reasons = texts.reasons(pair.getReasons(), student.getFirstName(), mentor == null ? "" : mentor.getFirstName(), reader);
            Optional<MatchPool.Student> now = pool.student(student.getId());
            List<Option> options = now.map(s -> pool.optionsFor(s).stream()
                    .map(m -> new Option(m.id(), messages.getMessage("matching.review.option",
                            new Object[] {m.person().getFullName(), m.room()}, reader)))
                    .toList()).orElse(List.of());
            String wanted = selected.containsKey(student.getId()) ? selected.get(student.getId())
                    : pair.getMentorId() == null ? "" : pair.getMentorId();
            boolean offered = options.stream().anyMatch(o -> o.mentorId().equals(wanted));
            String note = null;
            if (now.isEmpty()) {
                note = messages.getMessage("matching.review.note.placed", new Object[] {student.getFirstName()}, reader);
            } else if (!wanted.isEmpty() && !offered) {
                note = messages.getMessage("matching.review.note.mentor-gone",
                        new Object[] {people.find(wanted).map(Person::getFullName).orElse(wanted)}, reader);
            }
            String shown = offered ? wanted : "";
            rows.add(new Row(student.getId(), student.getFullName(), pair.getMentorId(), mentor == null ? null : mentor.getFullName(),
                    reasons, options, shown, note));
        }
        return Optional.of(new Review(task.get().getId(), proposal, rows));
    }

    /**
     * Sends the pairs as the coordinator left them (studentId to mentorId, "" for none): refused in plain words if
     * any no longer works (a mentor given more than their room), else the review task completes with them.
     */
    List<String> send(Programme programme, String taskId, Map<String, String> chosen, Locale reader) {
        Map<String, String> pairs = new LinkedHashMap<>();
        chosen.forEach((student, mentor) -> {
            if (mentor != null && !mentor.isBlank()) {
                pairs.put(student, mentor);
            }
        });
        if (!isOpen(programme, taskId)) {
            return List.of(messages.getMessage("matching.review.refused.task-gone", null, reader));
        }
        List<MessageSourceResolvable> problems = proposals.problemsWith(programme.getId(), pairs);
        if (!problems.isEmpty()) {
            return problems.stream().map(problem -> messages.getMessage(problem, reader)).toList();
        }
        VariableMap variables = Variables.createVariables();
        MatchProposalProcess.MATCH_PROPOSAL_DECISION.put(variables, MatchProposalProcess.SEND);
        MatchProposalProcess.ACCEPTED_PAIRS.put(variables, AcceptedPairs.format(pairs));
        return complete(programme, taskId, variables, reader);
    }

    List<String> discard(Programme programme, String taskId, Locale reader) {
        VariableMap variables = Variables.createVariables();
        MatchProposalProcess.MATCH_PROPOSAL_DECISION.put(variables, MatchProposalProcess.DISCARD);
        MatchProposalProcess.ACCEPTED_PAIRS.put(variables, "");
        return complete(programme, taskId, variables, reader);
    }

    private boolean isOpen(Programme programme, String taskId) {
        return openTask(programme.getId()).map(task -> task.getId().equals(taskId)).orElse(false);
    }

    private List<String> complete(Programme programme, String taskId, VariableMap variables, Locale reader) {
        if (!isOpen(programme, taskId)) {
            return List.of(messages.getMessage("matching.review.refused.task-gone", null, reader));
        }
        try {
            tasks.complete(taskId, variables);
        } catch (ProcessEngineException completedMeanwhile) {
            // another coordinator completed it in the same moment (not found, or an optimistic locking failure)
            return List.of(messages.getMessage(new DefaultMessageSourceResolvable(
                    new String[] {"matching.review.refused.task-gone"}), reader));
        }
        return List.of();
    }
}
