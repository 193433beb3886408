package org.mentorflow.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorflow.security.CurrentLogin;
import org.mentorflow.security.CurrentLogin.Login;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Hands an uploaded file to its owner, to coordinators and to whom a {@link DocumentAccess} lets read it; anybody else learns only that there is nothing
 * for them, not whether the file exists.
 */
@Controller
class DocumentController {

    private final Documents documents;
    private final List<DocumentAccess> access;
    private final CurrentLogin currentLogin;
    private final MessageSource messages;

    DocumentController(Documents documents, CurrentLogin currentLogin, MessageSource messages, List<DocumentAccess> access) {
        this.access = access;
        this.documents = documents;
        this.currentLogin = currentLogin;
        this.messages = messages;
    }

    @GetMapping("/documents/{id:\\d{1,18}}")
    ResponseEntity<byte[]> download(@PathVariable long id, HttpServletRequest request, Locale locale) {
        Optional<Login> login = currentLogin.of(request);
        if (login.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, "/login").build();
        }
        PersonDocument document = documents.find(id)
                .filter(found -> login.get().isCoordinator() || login.get().userId().equals(found.getPersonId())
                        || access.stream().anyMatch(rule -> rule.mayRead(login.get().userId(), found.getPersonId(), found.getKind())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        messages.getMessage("documents.not-yours", null, locale)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                // the type is what the bytes are; browsers must not guess another one
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(document.getContent());
    }
}
