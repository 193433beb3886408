package org.mentorflow.programme;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An address that leads to no programme: the portal's error page with a sentence in the reader's language. */
@ControllerAdvice
class UnknownProgrammeAdvice {

    private final MessageSource messages;

    UnknownProgrammeAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnknownProgrammeException.class)
    ModelAndView unknown(Locale locale) {
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        page.addObject("error", HttpStatus.NOT_FOUND.getReasonPhrase());
        page.addObject("message", messages.getMessage("programme.not-found", null, locale));
        return page;
    }
}
