package org.mentorflow.matching;

import static org.mentorflow.matching.MatchProposalProcess.*;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.tasklist.TaskLanguage;
import org.mentorflow.tasklist.FormText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the proposal on the review task as task-local Markdown the form shows: a table student, proposed mentor,
 * reasons; the students left without one and why; a link to the portal page where pairs can be changed. In the task's
 * language, as its form is.
 */
@Component("showMatchProposal")
class ShowMatchProposalListener implements TaskListener {

    private final MatchProposals proposals;
    private final PeopleService people;
    private final MatchTexts texts;
    private final MessageSource messages;
    private final String baseUrl;
    private final TaskLanguage language;

    ShowMatchProposalListener(MatchProposals proposals, PeopleService people, MatchTexts texts, MessageSource messages,
            @Value("${mentorflow.base-url}") String baseUrl, TaskLanguage language) {
        this.language = language;
        this.proposals = proposals;
        this.people = people;
        this.texts = texts;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        MatchProposal proposal = proposals.get(MATCH_PROPOSAL_ID.get(task));
        Locale reader = language.prepareTextsFor(task);
        MATCH_PROPOSAL_SUMMARY.setLocal(task, messages.getMessage("matching.summary",
                new Object[] {proposal.matched().size(), proposal.getPairs().size()}, reader));
        StringBuilder table = new StringBuilder("| " + text("tasklist.match.student", reader) + " | "
                + text("tasklist.match.proposed-mentor", reader) + " | " + text("tasklist.match.reasons", reader) + " |\n|---|---|---|\n");
        for (ProposedPair pair : proposal.matched()) {
            Person student = people.get(pair.getStudentId());
            Person mentor = people.get(pair.getMentorId());
            table.append("| ").append(cell(student.getFullName())).append(" | ").append(cell(mentor.getFullName())).append(" | ")
                    .append(cell(texts.reasons(pair.getReasons(), student.getFirstName(), mentor.getFirstName(), reader)))
                    .append(" |\n");
        }
        MATCH_PROPOSAL_TABLE.setLocal(task, proposal.matched().isEmpty()
                ? messages.getMessage("matching.review.no-pairs", null, reader) : table.toString());
        StringBuilder unmatched = new StringBuilder();
        for (ProposedPair pair : proposal.unmatched()) {
            Person student = people.get(pair.getStudentId());
            unmatched.append("- ").append(cell(student.getFullName())).append(": ")
                    .append(cell(texts.reasons(pair.getReasons(), student.getFirstName(), "", reader))).append('\n');
        }
        MATCH_PROPOSAL_UNMATCHED.setLocal(task, unmatched.isEmpty()
                ? messages.getMessage("matching.review.everyone-matched", null, reader) : unmatched.toString());
        String page = baseUrl + "/coordinator/programmes/" + proposal.getProgrammeId() + "/match-proposal";
        MATCH_PROPOSAL_LINK.setLocal(task, "[" + messages.getMessage("matching.review.link", null, reader) + "](" + page + ")");
    }

    private String text(String code, Locale reader) {
        return messages.getMessage(code, null, reader);
    }

    /** A table cell's text: one line, no Markdown or HTML of people's names. */
    private static String cell(String text) {
        return FormText.cell(text);
    }
}
