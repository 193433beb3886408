package org.mentorflow.chat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.mentorflow.system.ProgrammeSettings;
import org.mentorflow.security.CurrentLogin;
import org.mentorflow.security.CurrentLogin.Login;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The thread page of a mentorship, /chat/{mentorshipId}. Anyone without a thread there (a stranger, a
 * coordinator, an unknown or unaccepted mentorship) gets the same 404, so the page tells nobody what exists.
 */
@Controller
class ChatController {

    private final CurrentLogin currentLogin;
    private final ChatThreads chats;
    private final ProgrammeSettings programme;
    private final MessageSource messages;

    ChatController(CurrentLogin currentLogin, ChatThreads chats, ProgrammeSettings programme, MessageSource messages) {
        this.currentLogin = currentLogin;
        this.chats = chats;
        this.programme = programme;
        this.messages = messages;
    }

    @GetMapping("/chat/{mentorshipId:\\d{1,18}}")
    String thread(@PathVariable long mentorshipId, HttpServletRequest request, Model model, Locale locale) {
        Optional<Login> login = currentLogin.of(request);
        if (login.isEmpty()) {
            return "redirect:/login";
        }
        return page(open(mentorshipId, login.get(), locale), "", model);
    }

    @PostMapping("/chat/{mentorshipId:\\d{1,18}}")
    String post(@PathVariable long mentorshipId, @RequestParam(name = "text", required = false) String text,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        Optional<Login> login = currentLogin.of(request);
        if (login.isEmpty()) {
            return "redirect:/login";
        }
        try {
            chats.post(mentorshipId, login.get().userId(), text);
            return "redirect:/chat/" + mentorshipId + "#latest";
        } catch (NoChatException e) {
            throw notFound(locale);
        } catch (MessageRefusedException e) {
            // the page again, with the reason and the text as typed: nothing is lost
            response.setStatus(e.reason() == MessageRefusedException.Reason.CLOSED
                    ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
            return page(open(mentorshipId, login.get(), locale), text == null ? "" : text, model);
        }
    }

    private ChatThread open(long mentorshipId, Login login, Locale locale) {
        return chats.open(mentorshipId, login.userId()).orElseThrow(() -> notFound(locale));
    }

    private String page(ChatThread thread, String draft, Model model) {
        model.addAttribute("thread", thread);
        model.addAttribute("draft", draft);
        model.addAttribute("maxLength", ChatThreads.MAX_LENGTH);
        model.addAttribute("zone", programme.timeZone());
        return "chat/thread";
    }

    private ResponseStatusException notFound(Locale locale) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, messages.getMessage("chat.not-found", null, locale));
    }
}
