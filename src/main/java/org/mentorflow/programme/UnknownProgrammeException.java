package org.mentorflow.programme;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No programme has this id or address; the portal answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownProgrammeException extends RuntimeException {

    public UnknownProgrammeException(String idOrSlug) {
        super("No programme " + idOrSlug);
    }
}
