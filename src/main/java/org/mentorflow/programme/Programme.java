package org.mentorflow.programme;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.mentorflow.people.MentoringLevel;

/**
 * A mentoring programme with its own rules: a continuous one that runs all year, or a yearly cohort with a
 * calendar (sign-up, request window, briefings, halfway, end) that its process, processes/cohort-programme.bpmn,
 * walks. Mentorships take their durations and limits from their programme when their request starts.
 */
@Entity
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;
    @Enumerated(EnumType.STRING)
    private ProgrammeKind kind;
    private String description;
    private String whoMayJoin;
    private String languages;
    private String certificateName;
    private String timeZone;

    private int maxOpenRequestsPerMentee;
    private int maxOpenRequestsPerMentor;
    private String capacityChoices;
    private String requestReminderAfter;
    private int requestReminders;
    private String requestExpiresAfter;
    private String agreementReminderAfter;
    private int agreementReminders;
    private String inactivityAfter;
    private boolean nonAlumniMentorsWelcome;
    private String mentorLevels;
    private boolean accessCodeRequired;
    private String coordinatorGroup = "coordinators";
    @Enumerated(EnumType.STRING)
    private MentorInvitation mentorInvitation = MentorInvitation.ALL_MENTORS;

    // the cohort's calendar
    private Instant signupOpensAt;
    private Instant signupClosesAt;
    private Instant requestsOpenAt;
    private Instant requestsCloseAt;
    private LocalDate runsFrom;
    private LocalDate runsUntil;
    private Instant halfwayAt;
    private String surveyReminderAfter;
    private Instant closedAt;

    // at most a few rows, read with the programme: pages show them after the transaction (no open session in view)
    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("startsAt")
    private List<Briefing> briefings = new ArrayList<>();

    private Instant createdAt;

    @Version
    private int version;

    protected Programme() {
    }

    public Programme(String slug, String name, ProgrammeKind kind, Instant now) {
        this.slug = slug;
        this.name = name;
        this.certificateName = name;
        this.kind = kind;
        this.createdAt = now;
    }

    public boolean isCohort() {
        return kind == ProgrammeKind.COHORT;
    }

    /** Where mentor sign-up stands; a continuous programme is always open. */
    public Window signUp(Instant now) {
        return closedAt != null ? Window.CLOSED : Window.of(signupOpensAt, signupClosesAt, now);
    }

    /** Whether students may send requests now; a continuous programme always takes them. */
    public Window requestWindow(Instant now) {
        return closedAt != null ? Window.CLOSED : Window.of(requestsOpenAt, requestsCloseAt, now);
    }

    /** Students join a cohort from sign-up until the request window closes. */
    public Window studentSignUp(Instant now) {
        return closedAt != null ? Window.CLOSED : Window.of(signupOpensAt, requestsCloseAt, now);
    }

    /** A timer cycle for the request reminders: every requestReminderAfter, at most requestReminders times. */
    public String requestReminderCycle() {
        return "R" + requestReminders + "/" + requestReminderAfter;
    }

    public String agreementReminderCycle() {
        return "R" + agreementReminders + "/" + agreementReminderAfter;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public List<String> languageList() {
        return split(languages);
    }

    public List<Integer> capacityChoiceList() {
        return split(capacityChoices).stream().map(Integer::valueOf).toList();
    }

    public List<MentoringLevel> mentorLevelList() {
        return split(mentorLevels).stream().map(MentoringLevel::valueOf).toList();
    }

    public void setLanguageList(List<String> codes) {
        this.languages = String.join(",", codes);
    }

    public void setCapacityChoiceList(List<Integer> choices) {
        this.capacityChoices = choices.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public void setMentorLevelList(List<MentoringLevel> levels) {
        this.mentorLevels = levels.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The programme ended: its process closed it. */
    public void close(Instant now) {
        this.closedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWhoMayJoin() {
        return whoMayJoin;
    }

    public void setWhoMayJoin(String whoMayJoin) {
        this.whoMayJoin = whoMayJoin;
    }

    public String getCertificateName() {
        return certificateName;
    }

    public void setCertificateName(String certificateName) {
        this.certificateName = certificateName;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public int getMaxOpenRequestsPerMentee() {
        return maxOpenRequestsPerMentee;
    }

    public void setMaxOpenRequestsPerMentee(int maxOpenRequestsPerMentee) {
        this.maxOpenRequestsPerMentee = maxOpenRequestsPerMentee;
    }

    public int getMaxOpenRequestsPerMentor() {
        return maxOpenRequestsPerMentor;
    }

    public void setMaxOpenRequestsPerMentor(int maxOpenRequestsPerMentor) {
        this.maxOpenRequestsPerMentor = maxOpenRequestsPerMentor;
    }

    public String getRequestReminderAfter() {
        return requestReminderAfter;
    }

    public void setRequestReminderAfter(String requestReminderAfter) {
        this.requestReminderAfter = requestReminderAfter;
    }

    public int getRequestReminders() {
        return requestReminders;
    }

    public void setRequestReminders(int requestReminders) {
        this.requestReminders = requestReminders;
    }

    public String getRequestExpiresAfter() {
        return requestExpiresAfter;
    }

    public void setRequestExpiresAfter(String requestExpiresAfter) {
        this.requestExpiresAfter = requestExpiresAfter;
    }

    public String getAgreementReminderAfter() {
        return agreementReminderAfter;
    }

    public void setAgreementReminderAfter(String agreementReminderAfter) {
        this.agreementReminderAfter = agreementReminderAfter;
    }

    public int getAgreementReminders() {
        return agreementReminders;
    }

    public void setAgreementReminders(int agreementReminders) {
        this.agreementReminders = agreementReminders;
    }

    public String getInactivityAfter() {
        return inactivityAfter;
    }

    public void setInactivityAfter(String inactivityAfter) {
        this.inactivityAfter = inactivityAfter;
    }

    public boolean isNonAlumniMentorsWelcome() {
        return nonAlumniMentorsWelcome;
    }

    public void setNonAlumniMentorsWelcome(boolean nonAlumniMentorsWelcome) {
        this.nonAlumniMentorsWelcome = nonAlumniMentorsWelcome;
    }

    public boolean isAccessCodeRequired() {
        return accessCodeRequired;
    }

    public void setAccessCodeRequired(boolean accessCodeRequired) {
        this.accessCodeRequired = accessCodeRequired;
    }

    public String getCoordinatorGroup() {
        return coordinatorGroup;
    }

    public void setCoordinatorGroup(String coordinatorGroup) {
        this.coordinatorGroup = coordinatorGroup;
    }

    public MentorInvitation getMentorInvitation() {
        return mentorInvitation;
    }

    public void setMentorInvitation(MentorInvitation mentorInvitation) {
        this.mentorInvitation = mentorInvitation;
    }

    public Instant getSignupOpensAt() {
        return signupOpensAt;
    }

    public void setSignupOpensAt(Instant signupOpensAt) {
        this.signupOpensAt = signupOpensAt;
    }

    public Instant getSignupClosesAt() {
        return signupClosesAt;
    }

    public void setSignupClosesAt(Instant signupClosesAt) {
        this.signupClosesAt = signupClosesAt;
    }

    public Instant getRequestsOpenAt() {
        return requestsOpenAt;
    }

    public void setRequestsOpenAt(Instant requestsOpenAt) {
        this.requestsOpenAt = requestsOpenAt;
    }

    public Instant getRequestsCloseAt() {
        return requestsCloseAt;
    }

    public void setRequestsCloseAt(Instant requestsCloseAt) {
        this.requestsCloseAt = requestsCloseAt;
    }

    public LocalDate getRunsFrom() {
        return runsFrom;
    }

    public void setRunsFrom(LocalDate runsFrom) {
        this.runsFrom = runsFrom;
    }

    public LocalDate getRunsUntil() {
        return runsUntil;
    }

    public void setRunsUntil(LocalDate runsUntil) {
        this.runsUntil = runsUntil;
    }

    public Instant getHalfwayAt() {
        return halfwayAt;
    }

    public void setHalfwayAt(Instant halfwayAt) {
        this.halfwayAt = halfwayAt;
    }

    public String getSurveyReminderAfter() {
        return surveyReminderAfter;
    }

    public void setSurveyReminderAfter(String surveyReminderAfter) {
        this.surveyReminderAfter = surveyReminderAfter;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<Briefing> getBriefings() {
        return briefings;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The optimistic lock's version: an edit form carries it, so saving over someone else's change is refused. */
    public int getVersion() {
        return version;
    }

    /** The cohort's briefing for these people, if it has one. */
    public java.util.Optional<Briefing> briefing(Audience audience) {
        return briefings.stream().filter(briefing -> briefing.getAudience() == audience).findFirst();
    }
}
