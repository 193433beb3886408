package org.mentorflow.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload far beyond the limit is cut off while it arrives (spring.servlet.multipart limits), before any
 * controller sees it. Files up to those limits reach the upload's own page, which refuses anything above 5 MB
 * in the form; this page answers the rest plainly instead of with an error status.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        ModelAndView page = new ModelAndView("documents/too-large", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("maxMegabytes", UploadCheck.MAX_MEGABYTES);
        page.addObject("back", samePagePath(request.getHeader(HttpHeaders.REFERER)));
        return page;
    }

    /** Back to the page the upload came from: only a path on this site, never another site. */
    static String samePagePath(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            return path == null || !path.startsWith("/") || path.startsWith("//") ? "/" : path;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
