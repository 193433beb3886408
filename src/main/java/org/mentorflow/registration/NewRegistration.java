package org.mentorflow.registration;

import java.time.LocalDate;

/** A registration as the form delivers it once every field is checked ({@link RegistrationFormCheck}). */
public record NewRegistration(String username, String firstName, String lastName, String email, LocalDate dateOfBirth,
        String password, String language) {
}
