package org.mentorflow.certificates;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.mentorflow.system.ProgrammeSettings;
import org.mentorflow.security.CurrentLogin;
import org.mentorflow.security.CurrentLogin.Login;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Anyone can check a certificate's code and sees what it states, the names as privacy allows; the PDF
 * itself goes to its holder and to coordinators only.
 */
@Controller
class CertificateController {

    private final CertificateService certificates;
    private final CurrentLogin currentLogin;
    private final MessageSource messages;
    private final ProgrammeSettings programme;

    CertificateController(CertificateService certificates, CurrentLogin currentLogin, MessageSource messages,
            ProgrammeSettings programme) {
        this.certificates = certificates;
        this.currentLogin = currentLogin;
        this.messages = messages;
        this.programme = programme;
    }

    @GetMapping("/certificates/verify")
    String verify(@RequestParam(required = false) String code, Locale locale, Model model) {
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            model.addAttribute("checked", true);
            certificates.findByCode(code).ifPresent(certificate -> {
                model.addAttribute("certificate", certificate);
                model.addAttribute("period", CertificateDates.period(certificate, locale));
                model.addAttribute("issued", CertificateDates.issued(certificate, locale, programme.timeZone()));
            });
        }
        return "certificates/verify";
    }

    @GetMapping("/certificates/{id:\\d{1,18}}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, HttpServletRequest request, Locale locale) {
        Login login = currentLogin.required(request);
        Certificate certificate = certificates.find(id)
                .filter(found -> login.isCoordinator() || login.userId().equals(found.getPersonId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        messages.getMessage("page.certificate.not-yours", null, locale)));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + certificate.getVerificationCode() + ".pdf").build().toString())
                .body(certificate.getPdf());
    }
}
