package org.mentorflow.registration;

import org.springframework.validation.Errors;

/** The mentor questions as answered in the form; each unanswered one is named (registration.mentor.error.*). */
public class MentorQuestionsForm {

    private static final int MAX_YEARS = 70;

    private String alumnus = "";
    private String yearsAfterGraduation = "";
    private String holdsDoctorate = "";
    private boolean mentorsMasters;
    private boolean mentorsDoctoral;

    /** The answers, or null when {@code errors} now holds what is missing. */
    MentorAnswers check(Errors errors) {
        if (!"yes".equals(alumnus) && !"no".equals(alumnus)) {
            errors.rejectValue("alumnus", "registration.mentor.error.choose");
        }
        Integer years = null;
        try {
            years = Integer.valueOf(yearsAfterGraduation == null ? "" : yearsAfterGraduation.strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (years == null || years < 0 || years > MAX_YEARS) {
            errors.rejectValue("yearsAfterGraduation", "registration.mentor.error.years", new Object[] {MAX_YEARS}, null);
        }
        if (!"yes".equals(holdsDoctorate) && !"no".equals(holdsDoctorate)) {
            errors.rejectValue("holdsDoctorate", "registration.mentor.error.choose");
        }
        if (!mentorsMasters && !mentorsDoctoral) {
            errors.rejectValue("mentorsMasters", "registration.mentor.error.level");
        }
        return errors.hasErrors() ? null
                : new MentorAnswers("yes".equals(alumnus), years, "yes".equals(holdsDoctorate), mentorsMasters, mentorsDoctoral);
    }

    public String getAlumnus() {
        return alumnus;
    }

    public void setAlumnus(String alumnus) {
        this.alumnus = alumnus;
    }

    public String getYearsAfterGraduation() {
        return yearsAfterGraduation;
    }

    public void setYearsAfterGraduation(String yearsAfterGraduation) {
        this.yearsAfterGraduation = yearsAfterGraduation;
    }

    public String getHoldsDoctorate() {
        return holdsDoctorate;
    }

    public void setHoldsDoctorate(String holdsDoctorate) {
        this.holdsDoctorate = holdsDoctorate;
    }

    public boolean isMentorsMasters() {
        return mentorsMasters;
    }

    public void setMentorsMasters(boolean mentorsMasters) {
        this.mentorsMasters = mentorsMasters;
    }

    public boolean isMentorsDoctoral() {
        return mentorsDoctoral;
    }

    public void setMentorsDoctoral(boolean mentorsDoctoral) {
        this.mentorsDoctoral = mentorsDoctoral;
    }
}
