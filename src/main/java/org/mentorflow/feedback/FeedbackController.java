package org.mentorflow.feedback;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The short feedback form behind the personal link in feedback mails; no login needed. */
@Controller
class FeedbackController {

    private final FeedbackRequests feedback;

    FeedbackController(FeedbackRequests feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/feedback/{token}")
    String form(@PathVariable String token, Model model) {
        FeedbackRequest request = request(token);
        if (request.isAnswered()) {
            return "feedback/thanks";
        }
        model.addAttribute("request", request);
        model.addAttribute("answers", new FeedbackAnswers(null, "", ""));
        return "feedback/form";
    }

    @PostMapping("/feedback/{token}")
    String answer(@PathVariable String token, @Valid @ModelAttribute("answers") FeedbackAnswers answers,
            BindingResult errors, Model model) {
        FeedbackRequest request = request(token);
        if (request.isAnswered()) {
            return "feedback/thanks";
        }
        if (errors.hasErrors()) {
            model.addAttribute("request", request);
            return "feedback/form";
        }
        feedback.answer(token, answers);
        return "feedback/thanks";
    }

    private FeedbackRequest request(String token) {
        return feedback.find(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "This feedback link is not valid. Please use the link from your most recent mail."));
    }
}
