package org.mentorflow.programme;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An address that leads to no programme, on any page: the portal's error page (with its top bar as usual) and a
 * sentence in the reader's language.
 */
@ControllerAdvice
class UnknownProgrammeAdvice {

    private final MessageSource messages;

    UnknownProgrammeAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnknownProgrammeException.class)
    void unknown(HttpServletResponse response, Locale locale) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, messages.getMessage("programme.not-found", null, locale));
    }
}
