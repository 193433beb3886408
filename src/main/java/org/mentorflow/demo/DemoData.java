package org.mentorflow.demo;

import java.time.LocalDate;
import java.util.List;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.NewPerson;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People to try MentorFlow with, created once on an empty database: a coordinator, three mentors, three
 * mentees and one open request waiting for Anna in the continuous programme, and a cohort whose request window is
 * open ({@link DemoCohort}). Every demo password is "demo" (default profile only).
 */
@Component
class DemoData {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PeopleService people;
    private final MentorshipRequests requests;
    private final DemoCohort cohort;
    private final boolean enabled;

    DemoData(PeopleService people, MentorshipRequests requests, DemoCohort cohort,
            @Value("${mentorflow.demo-data:false}") boolean enabled) {
        this.people = people;
        this.requests = requests;
        this.cohort = cohort;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        if (enabled) {
            createOnce();
        }
    }

    @Transactional
    public void createOnce() {
        if (people.find("clara").isPresent()) {
            return;
        }
        Person clara = people.register(new NewPerson("clara", "Clara", "Hofmann", "clara@mentorflow.local", "en", PASSWORD, false, false));
        people.grantCoordinator(clara.getId());
        // deploys models and runs Camunda Admin; clara coordinates without that right
        Person admin = people.register(new NewPerson("admin", "Alex", "Administrator", "admin@mentorflow.local", "en",
                PASSWORD, false, false));
        people.grantAdministrator(admin.getId());
        // reads Cockpit and the history, changes nothing
        Person nina = people.register(new NewPerson("nina", "Nina", "Analyst", "nina@mentorflow.local", "en",
                PASSWORD, false, false));
        people.grantAnalyst(nina.getId());

        mentor("anna", "Anna", "Berger", "en", "Vienna", 2, List.of("en", "de"), "Business Informatics", "Computer Science",
                "Product manager at a software company; eleven years in IT consulting and product work since my master's.",
                MentoringLevel.MASTERS);
        mentor("david", "David", "Keller", "de", "Krems", 1, List.of("de", "en"), "Health Management", "Health Sciences",
                "Head of a rehabilitation clinic, doctorate in health economics; fifteen years in hospital management.",
                MentoringLevel.MASTERS, MentoringLevel.DOCTORAL);
        mentor("sofia", "Sofia", "Rossi", "en", "Milan", 1, List.of("en", "it"), "International Business", "Business",
                "Export manager in the food industry; founded a small trading company six years ago.",
                MentoringLevel.MASTERS);

        mentee("lena", "Lena", "Maier", "de", "Krems", List.of("de", "en"), "Business Informatics", "Computer Science",
                "Master's student in Business Informatics, 24, working part-time as a junior developer.",
                "I am writing my master's thesis on process mining and will graduate in summer.",
                "I want to move into product management within two years.",
                "Advice on how to get from development into product work, and feedback on my CV.");
        mentee("tom", "Tom", "Fischer", "en", "Graz", List.of("en"), "Health Management", "Health Sciences",
                "Bachelor graduate in Health Management, now in a hospital administration trainee programme.",
                "I finished my bachelor's last year and rotate through hospital departments.",
                "Find out whether clinic management or consulting suits me better.",
                "Talks about a manager's everyday work and an honest view of both paths.");
        mentee("yusuf", "Yusuf", "Demir", "en", "Vienna", List.of("en", "tr", "de"), "International Business", "Business",
                "Master's student in International Business with a semester abroad in Istanbul.",
                "Second year of my master's; I run a small online shop beside my studies.",
                "Turn the shop into a real company after graduation.",
                "Experience with founding, export and the first employees.");

        requests.request("lena", "anna",
                "Hallo Anna, I would love to learn how you moved from consulting into product management.");
        cohort.create();
        log.info("Demo data created: log in as clara (coordinator), admin, nina (analyst), anna, david, sofia, lena, tom or yusuf with password '{}'", PASSWORD);
    }

    private void mentor(String id, String first, String last, String language, String location, int capacity,
            List<String> languages, String field, String category, String background, MentoringLevel... levels) {
        Person mentor = people.register(new NewPerson(id, first, last, id + "@mentorflow.local", language, PASSWORD, false, true));
        mentor.setPhone("+43 660 100 20 " + (10 + id.length()));
        mentor.setDateOfBirth(LocalDate.of(1980, 3, 14));
        mentor.setLocation(location);
        mentor.setCapacity(capacity);
        mentor.setProfessionalBackground(background);
        mentor.setMentorVerified(true);
        mentor.getSpokenLanguages().addAll(languages);
        mentor.getFieldsOfStudy().add(people.fieldOfStudy(field, category));
        mentor.getMentoringLevels().addAll(List.of(levels));
        people.save(mentor);
    }

    private void mentee(String id, String first, String last, String language, String location, List<String> languages,
            String field, String category, String myData, String situation, String goals, String help) {
        Person mentee = people.register(new NewPerson(id, first, last, id + "@mentorflow.local", language, PASSWORD, true, false));
        mentee.setPhone("+43 660 300 40 " + (10 + id.length()));
        mentee.setDateOfBirth(LocalDate.of(2000, 6, 2));
        mentee.setLocation(location);
        mentee.setApplication(myData, situation, goals, help);
        mentee.getSpokenLanguages().addAll(languages);
        mentee.getFieldsOfStudy().add(people.fieldOfStudy(field, category));
        people.save(mentee);
    }
}
