package org.mentorflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.mentorflow.certificates.CertificateService;
import org.mentorflow.chat.ChatThreads;
import org.mentorflow.credits.CreditsLedger;
import org.mentorflow.mentorship.AgreementVersion;
import org.mentorflow.mentorship.Agreements;
import org.mentorflow.mentorship.Meeting;
import org.mentorflow.mentorship.Meetings;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipRequests;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.ProgrammeSettings;
import org.mentorflow.security.CurrentLogin;
import org.mentorflow.security.CurrentLogin.Login;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My mentoring": one page with everything a participant has going on. It only reads; the steps themselves
 * are done in Tasklist, linked from here.
 */
@Controller
class MyMentoringController {

    /** One mentorship as its participant sees it. */
    record MyMentorship(Mentorship mentorship, boolean asMentee, Person partner, boolean contactShared,
            AgreementVersion agreement, List<Meeting> meetings) {
    }

    private final CurrentLogin currentLogin;
    private final PeopleService people;
    private final MentorshipRequests mentorships;
    private final Agreements agreements;
    private final Meetings meetings;
    private final CreditsLedger credits;
    private final CertificateService certificates;
    private final TaskService tasks;
    private final ProgrammeSettings programme;
    private final ChatThreads chats;

    MyMentoringController(CurrentLogin currentLogin, PeopleService people, MentorshipRequests mentorships,
            Agreements agreements, Meetings meetings, CreditsLedger credits, CertificateService certificates,
            TaskService tasks, ProgrammeSettings programme, ChatThreads chats) {
        this.chats = chats;
        this.programme = programme;
        this.currentLogin = currentLogin;
        this.people = people;
        this.mentorships = mentorships;
        this.agreements = agreements;
        this.meetings = meetings;
        this.credits = credits;
        this.certificates = certificates;
        this.tasks = tasks;
    }

    @GetMapping("/my")
    @Transactional(readOnly = true)
    String myMentoring(HttpServletRequest request, Model model) {
        Optional<Login> login = currentLogin.of(request);
        if (login.isEmpty()) {
            return "mailbox/login-needed";
        }
        Optional<Person> person = people.find(login.get().userId());
        if (person.isEmpty()) {
            model.addAttribute("userId", login.get().userId());
            return "portal/no-profile";
        }
        Person me = person.get();
        List<MyMentorship> mine = mentorships.of(me.getId()).stream().map(m -> new MyMentorship(m,
                m.getMentee().getId().equals(me.getId()), m.partnerOf(me), MentorshipRequests.contactShared(m),
                agreements.current(m.getId()).orElse(null), meetings.of(m.getId()))).toList();
        model.addAttribute("me", me);
        model.addAttribute("mentorships", mine);
        model.addAttribute("tasks", tasks.createTaskQuery().taskAssignee(me.getId()).orderByTaskCreateTime().desc().list());
        model.addAttribute("credits", credits.summary(me.getId()));
        model.addAttribute("certificates", certificates.of(me.getId()));
        model.addAttribute("zone", programme.timeZone());
        model.addAttribute("chatUnread", chats.unreadCounts(me.getId()));
        return "portal/my-mentoring";
    }
}
