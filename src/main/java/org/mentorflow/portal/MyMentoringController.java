package org.mentorflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.mentorflow.certificates.CertificateService;
import org.mentorflow.chat.ChatThreads;
import org.mentorflow.credits.CreditsLedger;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.agreement.AgreementVersion;
import org.mentorflow.mentorship.agreement.Agreements;
import org.mentorflow.mentorship.lifecycle.Finishing;
import org.mentorflow.mentorship.lifecycle.FinishProgress;
import org.mentorflow.mentorship.meeting.Meeting;
import org.mentorflow.mentorship.meeting.Meetings;
import org.mentorflow.people.Person;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.system.ProgrammeSettings;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.mentorflow.security.CurrentLogin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My mentoring": one page with everything a participant has going on, and the way to what they can do about
 * it: withdraw a request, end a mentorship, propose a change to the agreement (pages of their own), and the
 * open steps in Tasklist.
 */
@Controller
class MyMentoringController {

    /** What the page confirms after an action; the address carries only the name, the text is a message key. */
    enum Notice {
        REQUEST_SENT, REQUEST_WITHDRAWN, MENTORSHIP_CANCELLED, CHANGE_PROPOSED;

        String parameter() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<Notice> of(String parameter) {
            return Arrays.stream(values()).filter(notice -> notice.parameter().equals(parameter)).findFirst();
        }
    }

    /**
     * One mentorship as its participant sees it, with what the participant may do about it now.
     *
     * @param agreement the version that counts (the newest approved one)
     * @param changePending a proposed change to the agreement waits for a decision
     */
    record MyMentorship(Mentorship mentorship, boolean asMentee, Person partner, boolean contactShared,
            AgreementVersion agreement, boolean changePending, List<Meeting> meetings, List<AgreementVersion> versions,
            FinishProgress finish, String finishTaskId) {

        /** The mentee of a running mentorship learns when and how finishing works (the mentor confirms it). */
        public boolean showsFinish() {
            return asMentee && finish != null;
        }

        /** Only the mentee takes an unanswered request back. */
        public boolean withdrawable() {
            return asMentee && mentorship.getState() == MentorshipState.REQUESTED;
        }

        /** Either side ends an accepted or running mentorship (a request is withdrawn or declined instead). */
        public boolean cancellable() {
            return MentorshipState.OCCUPYING.contains(mentorship.getState());
        }

        public boolean amendable() {
            return mentorship.getState() == MentorshipState.ACTIVE;
        }
    }

    /** A cohort the participant signed up for, as mentor candidate (with their places) or as student. */
    record MySignUp(Programme programme, boolean mentor, int capacity) {
    }

    private final Participants participants;
    private final CurrentLogin currentLogin;
    private final Mentorships mentorships;
    private final Agreements agreements;
    private final Meetings meetings;
    private final CreditsLedger credits;
    private final CertificateService certificates;
    private final TaskService tasks;
    private final ProgrammeSettings programme;
    private final ChatThreads chats;
    private final Programmes programmes;
    private final Finishing finishing;

    MyMentoringController(Participants participants, CurrentLogin currentLogin, Mentorships mentorships, Agreements agreements,
            Meetings meetings, CreditsLedger credits, CertificateService certificates, TaskService tasks,
            ProgrammeSettings programme, ChatThreads chats, Programmes programmes, Finishing finishing) {
        this.finishing = finishing;
        this.participants = participants;
        this.programmes = programmes;
        this.chats = chats;
        this.mentorships = mentorships;
        this.agreements = agreements;
        this.meetings = meetings;
        this.currentLogin = currentLogin;
        this.credits = credits;
        this.certificates = certificates;
        this.tasks = tasks;
        this.programme = programme;
    }

    @GetMapping("/my")
    @Transactional(readOnly = true)
    String myMentoring(@RequestParam(required = false) String notice, HttpServletRequest request, Model model) {
        Optional<Person> person = participants.current(request);
        if (person.isEmpty()) {
            return participants.turnAway(request, model);
        }
        Person me = person.get();
        List<MyMentorship> mine = mentorships.of(me.getId()).stream().map(m -> new MyMentorship(m,
                m.getMentee().getId().equals(me.getId()), m.partnerOf(me), Mentorships.contactShared(m),
                agreements.current(m.getId()).orElse(null), changePending(m), meetings.of(m.getId()),
                agreements.history(m.getId()), finishProgress(m), finishTask(m, me))).toList();
        model.addAttribute("me", me);
        // staff without a role of their own are not asked to choose one first
        model.addAttribute("staffRole", currentLogin.of(request).flatMap(CurrentLogin.Login::staffRole).orElse(null));
        model.addAttribute("notice", Notice.of(notice).map(Notice::parameter).orElse(null));
        model.addAttribute("mentorships", mine);
        model.addAttribute("signUps", programmes.signUpsOf(me.getId()).stream()
                .map(c -> new MySignUp(programmes.get(c.getProgrammeId()), c.getRole() == CandidateRole.MENTOR, c.getCapacity()))
                .toList());
        model.addAttribute("tasks", tasks.createTaskQuery().taskAssignee(me.getId()).orderByTaskCreateTime().desc().list());
        model.addAttribute("credits", credits.summary(me.getId()));
        model.addAttribute("certificates", certificates.of(me.getId()));
        model.addAttribute("zone", programme.timeZone());
        model.addAttribute("chatUnread", chats.unreadCounts(me.getId()));
        return "portal/my-mentoring";
    }

    private FinishProgress finishProgress(Mentorship mentorship) {
        return mentorship.getState() == MentorshipState.ACTIVE ? finishing.progress(mentorship.getId()) : null;
    }

    /** The mentee's open "Finish mentorship" step, offered once the first meeting is confirmed. */
    private String finishTask(Mentorship mentorship, Person me) {
        return tasks.createTaskQuery().processInstanceBusinessKey(mentorship.getId().toString()).taskAssignee(me.getId())
                .taskDefinitionKey(MentorshipProcess.TASK_FINISH_MENTORSHIP).list().stream().findFirst()
                .map(Task::getId).orElse(null);
    }

    private boolean changePending(Mentorship mentorship) {
        return mentorship.getState() == MentorshipState.ACTIVE && agreements.latest(mentorship.getId())
                .filter(version -> version.getStatus() == AgreementVersion.Status.PROPOSED).isPresent();
    }
}
