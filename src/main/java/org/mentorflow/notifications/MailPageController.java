package org.mentorflow.notifications;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.mentorflow.system.ProgrammeSettings;
import org.mentorflow.security.CurrentLogin;
import org.mentorflow.security.CurrentLogin.Login;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
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
    private final ProgrammeSettings programme;

    MailPageController(OutboxMailRepository outbox, CurrentLogin currentLogin, ProgrammeSettings programme) {
        this.outbox = outbox;
        this.currentLogin = currentLogin;
        this.programme = programme;
    }

    @GetMapping("/mail")
    String list(HttpServletRequest request, Model model) {
        Login login = currentLogin.required(request);
        PageRequest latest = PageRequest.of(0, 200);
        List<OutboxMail> mails = login.isCoordinator()
                ? outbox.findAllByOrderByIdDesc(latest)
                : outbox.findByRecipientPersonIdOrderByIdDesc(login.userId(), latest);
        model.addAttribute("login", login);
        model.addAttribute("mails", mails);
        model.addAttribute("zone", programme.timeZone());
        return "mailbox/list";
    }

    @GetMapping("/mail/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        Login login = currentLogin.required(request);
        OutboxMail mail = readable(id, login);
        model.addAttribute("login", login);
        model.addAttribute("mail", mail);
        model.addAttribute("zone", programme.timeZone());
        model.addAttribute("attachments", mail.getAttachments().stream().map(OutboxAttachment::getFilename).toList());
        return "mailbox/show";
    }

    /** A file the mail carried (certificate, calendar invitation), for the same readers as the mail. */
    @GetMapping("/mail/{id}/attachments/{index}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable int index, HttpServletRequest request) {
        Login login = currentLogin.required(request);
        List<OutboxAttachment> attachments = readable(id, login).getAttachments();
        if (index < 0 || index >= attachments.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This mail has no such attachment.");
        }
        OutboxAttachment file = attachments.get(index);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.getFilename()).build().toString())
                .body(file.getContent());
    }

    private OutboxMail readable(long id, Login login) {
        return outbox.findById(id)
                .filter(m -> login.isCoordinator() || login.userId().equals(m.getRecipientPersonId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such mail for you."));
    }
}
