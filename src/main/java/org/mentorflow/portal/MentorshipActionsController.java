package org.mentorflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipRefusedException;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.agreement.AgreementVersion;
import org.mentorflow.mentorship.agreement.Agreements;
import org.mentorflow.mentorship.agreement.InvalidAgreementException;
import org.mentorflow.mentorship.lifecycle.MentorshipLifecycle;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.mentorship.request.RequestRefusedException;
import org.mentorflow.people.Person;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a participant does to a mentorship from "My mentoring": withdraw a request, end a mentorship, propose a
 * change to the agreement. Each shows what it is about and asks first; the mentorship feature's rules decide,
 * and what they refuse is shown in the reader's language.
 */
@Controller
class MentorshipActionsController {

    private final Participants participants;
    private final MentorshipRequests requests;
    private final MentorshipLifecycle lifecycle;
    private final Agreements agreements;
    private final MessageSource messages;

    MentorshipActionsController(Participants participants, MentorshipRequests requests, MentorshipLifecycle lifecycle,
            Agreements agreements, MessageSource messages) {
        this.participants = participants;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.agreements = agreements;
        this.messages = messages;
    }

    // --- withdraw a request: a confirmation page, then the withdrawal ---

    @GetMapping("/my/mentorships/{id}/withdraw")
    String confirmWithdrawal(@PathVariable String id, HttpServletRequest request, Locale locale, Model model) {
        return withMentorship(id, request, locale, model, (me, mentorship) -> withdrawPage(me, mentorship, null, model));
    }

    @PostMapping("/my/mentorships/{id}/withdraw")
    String withdraw(@PathVariable String id, HttpServletRequest request, Locale locale, Model model) {
        return withMentorship(id, request, locale, model, (me, mentorship) -> {
            try {
                requests.withdraw(mentorship.getId(), me.getId());
            } catch (RequestRefusedException refused) {
                return withdrawPage(me, mentorship, messages.getMessage(refused, locale), model);
            }
            return notice(MyMentoringController.Notice.REQUEST_WITHDRAWN);
        });
    }

    private String withdrawPage(Person me, Mentorship mentorship, String problem, Model model) {
        model.addAttribute("mentorship", mentorship);
        model.addAttribute("partner", mentorship.partnerOf(me));
        model.addAttribute("problem", problem);
        return "portal/withdraw";
    }

    // --- end a mentorship: the reason, then a confirmation, then the end ---

    @GetMapping("/my/mentorships/{id}/cancel")
    String cancelForm(@PathVariable String id, HttpServletRequest request, Locale locale, Model model) {
        return withMentorship(id, request, locale, model, (me, mentorship) -> cancelPage(me, mentorship, "", false, null, model));
    }

    /** Without {@code confirmed} this only checks the reason and asks for confirmation; with it, it ends the mentorship. */
    @PostMapping("/my/mentorships/{id}/cancel")
    String cancel(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) String confirmed, HttpServletRequest request, Locale locale, Model model) {
        return withMentorship(id, request, locale, model, (me, mentorship) -> {
            String problem = reasonProblem(reason, locale);
            if (problem != null || !"yes".equals(confirmed)) {
                return cancelPage(me, mentorship, reason, problem == null, problem, model);
            }
            try {
                lifecycle.cancel(mentorship.getId(), me.getId(), reason);
            } catch (MentorshipRefusedException refused) {
                return cancelPage(me, mentorship, reason, false, messages.getMessage(refused, locale), model);
            }
            return notice(MyMentoringController.Notice.MENTORSHIP_CANCELLED);
        });
    }

    /** The reason's problem before the confirmation step, in the words the mentorship rules use for it. */
    private String reasonProblem(String reason, Locale locale) {
        if (reason.isBlank()) {
            return messages.getMessage("mentorship.refused.reason-missing", null, locale);
        }
        if (reason.strip().length() > MentorshipLifecycle.MAX_REASON_LENGTH) {
            return messages.getMessage("mentorship.refused.reason-too-long", new Object[] {MentorshipLifecycle.MAX_REASON_LENGTH}, locale);
        }
        return null;
    }

    private String cancelPage(Person me, Mentorship mentorship, String reason, boolean confirming, String problem, Model model) {
        model.addAttribute("mentorship", mentorship);
        model.addAttribute("partner", mentorship.partnerOf(me));
        model.addAttribute("reason", reason);
        model.addAttribute("confirming", confirming);
        model.addAttribute("problem", problem);
        model.addAttribute("maxReason", MentorshipLifecycle.MAX_REASON_LENGTH);
        return "portal/cancel";
    }

    // --- propose a change to the agreement: the form starts from the version that counts ---

    @GetMapping("/my/mentorships/{id}/agreement")
    String changeForm(@PathVariable String id, HttpServletRequest request, Locale locale, Model model) {
        return withMentorship(id, request, locale, model, (me, mentorship) -> {
            Optional<AgreementVersion> current = agreements.current(mentorship.getId());
            AgreementForm form = current.map(version -> AgreementForm.of(version.terms()))
                    .orElse(new AgreementForm("", "", "", "", "", "", ""));
            return changePage(me, mentorship, form, List.of(), model);
        });
    }

    @PostMapping("/my/mentorships/{id}/agreement")
    String proposeChange(@PathVariable String id, AgreementForm form, HttpServletRequest request, Locale locale, Model model) {
        return withMentorship(id, request, locale, model, (me, mentorship) -> {
            try {
                agreements.proposeAmendment(mentorship.getId(), me.getId(), form.terms());
            } catch (InvalidAgreementException invalid) {
                return changePage(me, mentorship, form,
                        invalid.getProblems().stream().map(problem -> messages.getMessage(problem, locale)).toList(), model);
            } catch (MentorshipRefusedException refused) {
                return changePage(me, mentorship, form, List.of(messages.getMessage(refused, locale)), model);
            }
            return notice(MyMentoringController.Notice.CHANGE_PROPOSED);
        });
    }

    private String changePage(Person me, Mentorship mentorship, AgreementForm form, List<String> problems, Model model) {
        model.addAttribute("mentorship", mentorship);
        model.addAttribute("partner", mentorship.partnerOf(me));
        model.addAttribute("current", agreements.current(mentorship.getId()).orElse(null));
        model.addAttribute("running", mentorship.getState() == MentorshipState.ACTIVE);
        Optional<AgreementVersion> pending = agreements.latest(mentorship.getId())
                .filter(version -> version.getStatus() == AgreementVersion.Status.PROPOSED);
        model.addAttribute("pending", pending.isPresent());
        model.addAttribute("pendingMine", pending.filter(version -> version.getProposedBy().equals(me.getId())).isPresent());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "portal/agreement-change";
    }

    // --- shared ---

    /** What an action does with the logged-in participant and their mentorship. */
    private interface Action {
        String on(Person me, Mentorship mentorship);
    }

    /** Runs the action for a participant of the mentorship; visitors log in first, other people find nothing. */
    private String withMentorship(String id, HttpServletRequest request, Locale locale, Model model, Action action) {
        Optional<Person> me = participants.current(request);
        if (me.isEmpty()) {
            return participants.turnAway(request, model);
        }
        return action.on(me.get(), participants.mentorshipOf(me.get(), id, locale));
    }

    private static String notice(MyMentoringController.Notice notice) {
        return "redirect:/my?notice=" + notice.parameter();
    }
}
