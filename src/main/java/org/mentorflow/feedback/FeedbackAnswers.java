package org.mentorflow.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the feedback form asks: a rating from 1 to 5 and two short, optional texts. */
public record FeedbackAnswers(
        @NotNull(message = "{feedback.rating.required}") @Min(value = 1, message = "{feedback.rating.required}")
        @Max(value = 5, message = "{feedback.rating.required}") Integer rating,
        @Size(max = 2000, message = "{feedback.text.too-long}") String wentWell,
        @Size(max = 2000, message = "{feedback.text.too-long}") String couldImprove) {
}
