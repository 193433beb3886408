package org.mentorflow.registration;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.mentorflow.notifications.MailSettings;
import org.mentorflow.security.CurrentLogin;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public side of registration: the form, the link from the mail, and a new link when the old one failed. */
@Controller
class RegistrationController {

    private final RegistrationService registrations;
    private final RegistrationFormCheck formCheck;
    private final RegistrationSettings settings;
    private final CurrentLogin currentLogin;
    private final boolean demoMailbox;

    RegistrationController(RegistrationService registrations, RegistrationFormCheck formCheck,
            RegistrationSettings settings, CurrentLogin currentLogin, MailSettings mail) {
        this.registrations = registrations;
        this.formCheck = formCheck;
        this.settings = settings;
        this.currentLogin = currentLogin;
        this.demoMailbox = mail.embeddedSmtp();
    }

    @GetMapping("/register")
    String form(HttpServletRequest request, Locale locale, Model model) {
        if (currentLogin.of(request).isPresent()) {
            return "redirect:/register/role";
        }
        RegistrationForm form = new RegistrationForm();
        form.setLanguage("de".equals(locale.getLanguage()) ? "de" : "en");
        model.addAttribute("form", form);
        return "registration/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors, RedirectAttributes redirect) {
        NewRegistration registration = formCheck.check(form, errors);
        if (registration == null) {
            form.forgetPasswords();
            return "registration/register";
        }
        try {
            registrations.register(registration);
        } catch (IllegalArgumentException | DataIntegrityViolationException e) {
            // someone took the name or address between the check and the insert
            errors.reject("registration.error.taken-meanwhile");
            form.forgetPasswords();
            return "registration/register";
        }
        redirect.addFlashAttribute("email", registration.email());
        return "redirect:/register/sent";
    }

    @GetMapping("/register/sent")
    String sent(Model model) {
        model.addAttribute("days", validDays());
        model.addAttribute("demoMailbox", demoMailbox);
        return "registration/check-mail";
    }

    @GetMapping("/register/verify/{token}")
    String verify(@PathVariable String token, Model model) {
        RegistrationService.LinkOutcome outcome;
        try {
            outcome = registrations.verify(token);
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
            outcome = registrations.verify(token); // clicked twice at once: the other click won
        }
        if (outcome == RegistrationService.LinkOutcome.VERIFIED) {
            return "registration/verified";
        }
        model.addAttribute("outcome", outcome.name());
        model.addAttribute("days", validDays());
        return "registration/link-problem";
    }

    @GetMapping("/register/new-link")
    String newLinkForm(Model model) {
        model.addAttribute("email", "");
        return "registration/new-link";
    }

    @PostMapping("/register/new-link")
    String newLink(@RequestParam(required = false) String email, Model model) {
        model.addAttribute("email", email == null ? "" : email.strip());
        if (email == null || !RegistrationFormCheck.validAddress(email.strip())) {
            model.addAttribute("error", "registration.new-link.email-needed");
            return "registration/new-link";
        }
        registrations.requestNewLink(email);
        model.addAttribute("sent", true);
        model.addAttribute("days", validDays());
        return "registration/new-link";
    }

    private long validDays() {
        return Duration.parse(settings.getVerificationExpiresAfter()).toDays();
    }
}
