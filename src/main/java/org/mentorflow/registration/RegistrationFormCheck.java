package org.mentorflow.registration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.mentorflow.people.PeopleService;
import org.mentorflow.system.ProgrammeSettings;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks every field of the registration form and names each problem next to its field, in the reader's
 * language (message keys registration.error.*). Only a form without problems becomes a registration.
 */
@Component
class RegistrationFormCheck {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 64;
    /** Letters and digits only: the user name is the Camunda user id, and Camunda accepts nothing else. */
    static final String USERNAME_PATTERN = "[a-zA-Z0-9]{3,30}";
    private static final int MAX_NAME = 100;
    /** The longest address SMTP can deliver to (RFC 5321: a 256-octet path less the angle brackets). */
    static final int MAX_EMAIL = 254;
    private static final String SANE_ADDRESS = "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
            + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+";
    private static final int MIN_AGE = 14;

    private final PeopleService people;
    private final ZoneId zone;
    private final Clock clock;

    RegistrationFormCheck(PeopleService people, ProgrammeSettings programme, Clock clock) {
        this.people = people;
        this.zone = programme.timeZone();
        this.clock = clock;
    }

    /** The registration the form describes, or null when {@code errors} now holds what is wrong. */
    NewRegistration check(RegistrationForm form, Errors errors) {
        String username = strip(form.getUsername());
        String firstName = strip(form.getFirstName());
        String lastName = strip(form.getLastName());
        String email = strip(form.getEmail());
        form.setUsername(username);
        form.setFirstName(firstName);
        form.setLastName(lastName);
        form.setEmail(email);

        if (required(errors, "username", username)) {
            if (!username.matches(USERNAME_PATTERN)) {
                errors.rejectValue("username", "registration.error.username-format");
            } else if (people.idTaken(username)) {
                errors.rejectValue("username", "registration.error.username-taken");
            }
        }
        if (required(errors, "firstName", firstName) && firstName.length() > MAX_NAME) {
            errors.rejectValue("firstName", "registration.error.too-long", new Object[] {MAX_NAME}, null);
        }
        if (required(errors, "lastName", lastName) && lastName.length() > MAX_NAME) {
            errors.rejectValue("lastName", "registration.error.too-long", new Object[] {MAX_NAME}, null);
        }
        if (required(errors, "email", email)) {
            if (!validAddress(email)) {
                errors.rejectValue("email", "registration.error.email-invalid");
            } else if (people.emailTaken(email)) {
                errors.rejectValue("email", "registration.error.email-taken");
            }
        }
        LocalDate dateOfBirth = dateOfBirth(form.getDateOfBirth(), errors);
        String password = form.getPassword() == null ? "" : form.getPassword();
        if (required(errors, "password", password)) {
            if (password.length() < MIN_PASSWORD) {
                errors.rejectValue("password", "registration.error.password-short", new Object[] {MIN_PASSWORD}, null);
            } else if (password.length() > MAX_PASSWORD) {
                errors.rejectValue("password", "registration.error.password-long", new Object[] {MAX_PASSWORD}, null);
            } else if (!password.equals(form.getPasswordRepeat())) {
                errors.rejectValue("passwordRepeat", "registration.error.password-mismatch");
            }
        }
        if (!Set.of("en", "de").contains(form.getLanguage())) {
            errors.rejectValue("language", "registration.error.language");
        }
        return errors.hasErrors() ? null
                : new NewRegistration(username, firstName, lastName, email, dateOfBirth, password, form.getLanguage());
    }

    private LocalDate dateOfBirth(String text, Errors errors) {
        String value = strip(text);
        if (!required(errors, "dateOfBirth", value)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            if (date.isAfter(today.minusYears(MIN_AGE)) || date.isBefore(LocalDate.of(1900, 1, 1))) {
                errors.rejectValue("dateOfBirth", "registration.error.date-implausible");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.rejectValue("dateOfBirth", "registration.error.date-invalid");
            return null;
        }
    }

    private static boolean required(Errors errors, String field, String value) {
        if (value == null || value.isEmpty()) {
            errors.rejectValue(field, "registration.error.required");
            return false;
        }
        return true;
    }

    /**
     * A plain address a mailbox can have: RFC 822 parses far more ("Name <a@b.c>", comments in brackets, quoted
     * parts), which would then be shown and mailed as typed, so the parse must give back exactly what was typed and
     * it must be dot-atoms only: a local part, an @ and a domain of letters, digits and hyphens with a dot.
     */
    static boolean validAddress(String email) {
        if (email.length() > MAX_EMAIL || !email.matches(SANE_ADDRESS)) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(email, true);
            parsed.validate();
            return email.equals(parsed.getAddress());
        } catch (AddressException e) {
            return false;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
