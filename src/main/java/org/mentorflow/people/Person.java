package org.mentorflow.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Someone taking part: mentee, mentor or both. The id is also the person's Camunda user id, so
 * Tasklist shows each person their own tasks.
 */
@Entity
public class Person {

    @Id
    private String id;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    /** Asked for authentication only; never shown to anybody. */
    private LocalDate dateOfBirth;
    /** Language of mails and pages: "en" or "de". */
    private String language;

    @Column(name = "is_mentee")
    private boolean mentee;
    @Column(name = "is_mentor")
    private boolean mentor;

    private String location;

    // The application sections of the sources: together they are the mentee's cover letter.
    private String myData;
    private String currentSituation;
    private String goals;
    private String helpWished;

    private String professionalBackground;
    /** How many mentees a mentor takes at once: 1 or 2. */
    private int capacity = 1;
    /** "Not available now" hides a mentor from the search. */
    private boolean available = true;
    /** A coordinator checked the mentor's verification document. */
    private boolean mentorVerified;

    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "language")
    private Set<String> spokenLanguages = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "person_field_of_study",
            joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "field_id"))
    private Set<FieldOfStudy> fieldsOfStudy = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_mentoring_level", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "level")
    @Enumerated(EnumType.STRING)
    private Set<MentoringLevel> mentoringLevels = new LinkedHashSet<>();

    // --- account status (profile: deactivate, reactivate, delete) ---
    @Enumerated(EnumType.STRING)
    private AccountStatus accountStatus = AccountStatus.ACTIVE;
    /** When the account was last deactivated, reactivated or deleted. */
    private Instant accountStatusChangedAt;

    // --- portal: public id (V10) ---
    /** Stands for the person in public links such as a mentor card's; the id is the login name and never shown. */
    @Column(nullable = false, unique = true, updatable = false)
    private String publicId = PublicIds.next();

    protected Person() {
    }

    public Person(String id, String firstName, String lastName, String email, String language, Instant now) {
        this.id = id;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.language = language;
        this.createdAt = now;
    }

    /** What other participants see: the first name and the first letter of the surname. */
    public String getDisplayName() {
        return displayName(firstName, lastName);
    }

    /** The display name from the names alone, for read models that never load the whole person. */
    public static String displayName(String firstName, String lastName) {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName.charAt(0) + ".";
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    /** The four sections a mentor reads before deciding; a request needs all of them. */
    public boolean hasCompleteApplication() {
        return filled(myData) && filled(currentSituation) && filled(goals) && filled(helpWished);
    }

    /**
     * Whether a mentee could choose this mentor by the profile: a language to meet in, and a field or a background
     * to judge by. An emptier profile is not listed, and a mentor candidate fills it in before the team verifies.
     */
    public boolean hasListableMentorProfile() {
        return !spokenLanguages.isEmpty() && (!fieldsOfStudy.isEmpty() || filled(professionalBackground));
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    public String getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isMentee() {
        return mentee;
    }

    public void setMentee(boolean mentee) {
        this.mentee = mentee;
    }

    public boolean isMentor() {
        return mentor;
    }

    public void setMentor(boolean mentor) {
        this.mentor = mentor;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getMyData() {
        return myData;
    }

    public String getCurrentSituation() {
        return currentSituation;
    }

    public String getGoals() {
        return goals;
    }

    public String getHelpWished() {
        return helpWished;
    }

    public void setApplication(String myData, String currentSituation, String goals, String helpWished) {
        this.myData = myData;
        this.currentSituation = currentSituation;
        this.goals = goals;
        this.helpWished = helpWished;
    }

    public String getProfessionalBackground() {
        return professionalBackground;
    }

    public void setProfessionalBackground(String professionalBackground) {
        this.professionalBackground = professionalBackground;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        if (capacity < 1 || capacity > 2) {
            throw new IllegalArgumentException("A mentor takes one or two mentees at once, not " + capacity);
        }
        this.capacity = capacity;
    }

    public boolean isAvailable() {
        return available;
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }

    public boolean isMentorVerified() {
        return mentorVerified;
    }

    public void setMentorVerified(boolean mentorVerified) {
        this.mentorVerified = mentorVerified;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getSpokenLanguages() {
        return spokenLanguages;
    }

    public Set<FieldOfStudy> getFieldsOfStudy() {
        return fieldsOfStudy;
    }

    public Set<MentoringLevel> getMentoringLevels() {
        return mentoringLevels;
    }

    // --- account status and profile editing (profile feature) ---

    public AccountStatus getAccountStatus() {
        return accountStatus;
    }

    public Instant getAccountStatusChangedAt() {
        return accountStatusChangedAt;
    }

    /** Whether others may find this person and exchange requests with them: see {@link AccountStatus#VISIBLE}. */
    public boolean isVisible() {
        return AccountStatus.VISIBLE.contains(accountStatus);
    }

    public boolean isDeactivated() {
        return accountStatus == AccountStatus.DEACTIVATED;
    }

    public boolean isDeleted() {
        return accountStatus == AccountStatus.DELETED;
    }

    void deactivate(Instant now) {
        if (isDeleted()) {
            throw new IllegalStateException("The account " + id + " is deleted; it cannot be deactivated");
        }
        if (!isDeactivated()) {
            accountStatus = AccountStatus.DEACTIVATED;
            accountStatusChangedAt = now;
        }
    }

    /**
     * Removes every personal datum this entity holds and marks the account deleted. The row stays (mentorships,
     * credits and certificates point to it); others see "Deleted U." from now on.
     */
    void anonymise(String placeholderEmail, Instant now) {
        firstName = "Deleted";
        lastName = "User";
        email = placeholderEmail;
        phone = null;
        dateOfBirth = null;
        location = null;
        myData = null;
        currentSituation = null;
        goals = null;
        helpWished = null;
        professionalBackground = null;
        mentee = false;
        mentor = false;
        available = false;
        mentorVerified = false;
        spokenLanguages.clear();
        fieldsOfStudy.clear();
        mentoringLevels.clear();
        accountStatus = AccountStatus.DELETED;
        accountStatusChangedAt = now;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    /** The language of pages and mails: "en" or "de". */
    public void setLanguage(String language) {
        if (!"en".equals(language) && !"de".equals(language)) {
            throw new IllegalArgumentException("MentorFlow speaks English (en) and German (de), not " + language);
        }
        this.language = language;
    }

    // --- portal: public id (V10) ---
    public String getPublicId() {
        return publicId;
    }
}
