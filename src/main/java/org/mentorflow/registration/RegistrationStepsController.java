package org.mentorflow.registration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.mentorflow.documents.StoreResult;
import org.mentorflow.documents.UploadCheck;
import org.mentorflow.people.PeopleService;
import org.mentorflow.security.CurrentLogin;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps after the e-mail link, for the logged-in person: choose a role, answer the mentor questions, upload
 * the verification document. /register/role always shows where the registration stands; a step that is not
 * open now leads back there.
 */
@Controller
class RegistrationStepsController {

    private static final String LOGIN = "redirect:/login";
    private static final String STATUS = "redirect:/register/role";

    private final RegistrationService registrations;
    private final PeopleService people;
    private final RegistrationSettings settings;
    private final CurrentLogin currentLogin;
    private final MessageSource messages;

    RegistrationStepsController(RegistrationService registrations, PeopleService people, RegistrationSettings settings,
            CurrentLogin currentLogin, MessageSource messages) {
        this.registrations = registrations;
        this.people = people;
        this.settings = settings;
        this.currentLogin = currentLogin;
        this.messages = messages;
    }

    @GetMapping("/register/role")
    String role(HttpServletRequest request, Model model) {
        Optional<CurrentLogin.Login> login = currentLogin.of(request);
        if (login.isEmpty()) {
            return LOGIN;
        }
        RegistrationService.Stage stage = registrations.stage(login.get().userId());
        return switch (stage) {
            case CHOOSING_ROLE -> rolePage(login.get().userId(), model);
            case ANSWERING_MENTOR_QUESTIONS -> "redirect:/register/mentor";
            case UPLOADING_DOCUMENT -> "redirect:/register/mentor/document";
            default -> status(login.get(), stage, model);
        };
    }

    @PostMapping("/register/role")
    String chooseRole(@RequestParam(required = false) String role, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<String> userId = userId(request);
        if (userId.isEmpty()) {
            return LOGIN;
        }
        boolean mentee = "mentee".equals(role) || "both".equals(role);
        boolean mentor = "mentor".equals(role) || "both".equals(role);
        if (!mentee && !mentor) {
            model.addAttribute("error", "registration.role.required");
            return registrations.stage(userId.get()) == RegistrationService.Stage.CHOOSING_ROLE
                    ? rolePage(userId.get(), model) : STATUS;
        }
        try {
            registrations.chooseRole(userId.get(), mentee, mentor);
        } catch (RegistrationStepException e) {
            if (RegistrationService.MENTEE_NOT_ADMITTED.equals(e.messageKey())) {
                model.addAttribute("error", e.messageKey());
                return rolePage(userId.get(), model);
            }
            return STATUS;
        }
        // the new groups count at once, in the portal and in Tasklist
        currentLogin.refresh(request, response);
        return mentor ? "redirect:/register/mentor" : STATUS;
    }

    @GetMapping("/register/mentor")
    String mentorQuestions(HttpServletRequest request, Model model) {
        Optional<String> userId = userId(request);
        if (userId.isEmpty()) {
            return LOGIN;
        }
        if (registrations.stage(userId.get()) != RegistrationService.Stage.ANSWERING_MENTOR_QUESTIONS) {
            return STATUS;
        }
        model.addAttribute("answers", new MentorQuestionsForm());
        return "registration/mentor-questions";
    }

    @PostMapping("/register/mentor")
    String answerMentorQuestions(@ModelAttribute("answers") MentorQuestionsForm form, BindingResult errors,
            HttpServletRequest request, Model model) {
        Optional<String> userId = userId(request);
        if (userId.isEmpty()) {
            return LOGIN;
        }
        MentorAnswers answers = form.check(errors);
        if (answers == null) {
            return "registration/mentor-questions";
        }
        Registration registration;
        try {
            registration = registrations.answerMentorQuestions(userId.get(), answers);
        } catch (RegistrationStepException e) {
            return STATUS;
        }
        if (Boolean.TRUE.equals(registration.getEligible())) {
            return "redirect:/register/mentor/document";
        }
        model.addAttribute("reason", registration.getEligibilityReason());
        model.addAttribute("alsoMentee", registration.isWantsMentee());
        return "registration/not-eligible";
    }

    @GetMapping("/register/mentor/document")
    String uploadForm(HttpServletRequest request, Model model) {
        Optional<String> userId = userId(request);
        if (userId.isEmpty()) {
            return LOGIN;
        }
        if (registrations.stage(userId.get()) != RegistrationService.Stage.UPLOADING_DOCUMENT) {
            return STATUS;
        }
        return uploadPage(userId.get(), model);
    }

    @PostMapping("/register/mentor/document")
    String upload(@RequestParam(value = "document", required = false) MultipartFile document, HttpServletRequest request,
            Locale locale, Model model, RedirectAttributes redirect) {
        Optional<String> userId = userId(request);
        if (userId.isEmpty()) {
            return LOGIN;
        }
        StoreResult result;
        try {
            result = registrations.uploadVerificationDocument(userId.get(), document);
        } catch (RegistrationStepException e) {
            if (RegistrationService.PROFILE_FIRST.equals(e.messageKey())) {
                return uploadPage(userId.get(), model);
            }
            return STATUS;
        }
        if (!result.stored()) {
            model.addAttribute("error", messages.getMessage(result.refusal().messageKey(),
                    new Object[] {UploadCheck.MAX_MEGABYTES}, locale));
            return uploadPage(userId.get(), model);
        }
        redirect.addFlashAttribute("uploaded", result.document().fileName());
        return STATUS;
    }

    /** The role choice; someone the institution does not name a student is told so, and offered the mentor role only. */
    private String rolePage(String userId, Model model) {
        model.addAttribute("menteeAdmitted", registrations.mayBecomeMentee(userId));
        return "registration/role";
    }

    private String uploadPage(String userId, Model model) {
        model.addAttribute("registration", registrations.of(userId).orElseThrow());
        model.addAttribute("profileFirst", !people.get(userId).hasListableMentorProfile());
        model.addAttribute("maxMegabytes", UploadCheck.MAX_MEGABYTES);
        return "registration/upload";
    }

    private String status(CurrentLogin.Login login, RegistrationService.Stage stage, Model model) {
        String userId = login.userId();
        model.addAttribute("stage", stage.name());
        model.addAttribute("coordinator", login.isCoordinator());
        model.addAttribute("person", people.find(userId).orElse(null));
        model.addAttribute("registration", registrations.of(userId).orElse(null));
        model.addAttribute("accessCodeRequired", settings.isAccessCodeRequired());
        model.addAttribute("fullAccess", registrations.hasFullAccess(userId));
        return "registration/status";
    }

    private Optional<String> userId(HttpServletRequest request) {
        return currentLogin.of(request).map(CurrentLogin.Login::userId);
    }
}
