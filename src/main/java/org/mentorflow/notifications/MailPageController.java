package org.mentorflow.notifications;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.mentorflow.security.CurrentLogin;
import org.mentorflow.security.CurrentLogin.Login;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every mail the app sent, as sent: a participant sees their own, a coordinator all of them with their
 * delivery state. In the demo run this is the inbox of the SMTP catcher.
 */
@Controller
class MailPageController {

    private final OutboxMailRepository outbox;
    private final CurrentLogin currentLogin;

    MailPageController(OutboxMailRepository outbox, CurrentLogin currentLogin) {
        this.outbox = outbox;
        this.currentLogin = currentLogin;
    }

    @GetMapping("/mail")
    String list(HttpServletRequest request, Model model) {
        Optional<Login> login = currentLogin.of(request);
        if (login.isEmpty()) {
            return "mailbox/login-needed";
        }
        PageRequest latest = PageRequest.of(0, 200);
        List<OutboxMail> mails = login.get().isCoordinator()
                ? outbox.findAllByOrderByIdDesc(latest)
                : outbox.findByRecipientPersonIdOrderByIdDesc(login.get().userId(), latest);
        model.addAttribute("login", login.get());
        model.addAttribute("mails", mails);
        return "mailbox/list";
    }

    @GetMapping("/mail/{id}")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        Optional<Login> login = currentLogin.of(request);
        if (login.isEmpty()) {
            return "mailbox/login-needed";
        }
        OutboxMail mail = outbox.findById(id)
                .filter(m -> login.get().isCoordinator() || login.get().userId().equals(m.getRecipientPersonId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such mail for you."));
        model.addAttribute("login", login.get());
        model.addAttribute("mail", mail);
        return "mailbox/show";
    }
}
