package org.mentorflow.registration;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.mentorflow.people.PeopleService;
import org.mentorflow.security.CurrentLogin;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where a mentee without full access asks a coordinator for the alumni-community access code. */
@Controller
class AlumniAccessController {

    private static final int MAX_NOTE = 1000;

    private final RegistrationService registrations;
    private final PeopleService people;
    private final RegistrationSettings settings;
    private final CurrentLogin currentLogin;

    AlumniAccessController(RegistrationService registrations, PeopleService people, RegistrationSettings settings,
            CurrentLogin currentLogin) {
        this.registrations = registrations;
        this.people = people;
        this.settings = settings;
        this.currentLogin = currentLogin;
    }

    @GetMapping("/register/access")
    String page(HttpServletRequest request, Model model) {
        Optional<String> userId = currentLogin.of(request).map(CurrentLogin.Login::userId);
        if (userId.isEmpty()) {
            return "redirect:/login";
        }
        return page(userId.get(), "", model);
    }

    @PostMapping("/register/access")
    String request(@RequestParam(required = false) String note, HttpServletRequest request, Model model) {
        Optional<String> userId = currentLogin.of(request).map(CurrentLogin.Login::userId);
        if (userId.isEmpty()) {
            return "redirect:/login";
        }
        if (note != null && note.length() > MAX_NOTE) {
            model.addAttribute("error", "registration.access.note-too-long");
            return page(userId.get(), note, model);
        }
        try {
            registrations.requestAlumniAccess(userId.get(), note);
        } catch (RegistrationStepException e) {
            model.addAttribute("error", e.messageKey());
            return page(userId.get(), note == null ? "" : note, model);
        }
        return "redirect:/register/access";
    }

    private String page(String userId, String note, Model model) {
        model.addAttribute("required", settings.isAccessCodeRequired());
        model.addAttribute("fullAccess", registrations.hasFullAccess(userId));
        model.addAttribute("mentee", people.find(userId).map(person -> person.isMentee()).orElse(false));
        model.addAttribute("registration", registrations.of(userId).orElse(null));
        model.addAttribute("note", note);
        model.addAttribute("maxNote", MAX_NOTE);
        return "registration/access";
    }
}
