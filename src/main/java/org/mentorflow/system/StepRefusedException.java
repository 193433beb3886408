package org.mentorflow.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A step the rules do not allow, said in sentences for the person who tried it: a form answer that makes no sense,
 * a finish that needs a reason. Thrown inside the engine (a task listener, a delegate), it reaches the caller as
 * itself ({@link RefusalsUnwrapped}): Java callers catch it, the REST APIs answer 400 with the sentences
 * ({@link RefusalAnswer}). With message keys, each reader gets the sentences in their language
 * ({@link #in(MessageSource, Locale)}); its own message is the English text, for the log.
 */
public class StepRefusedException extends RuntimeException implements MessageSourceResolvable {

    private final transient List<MessageSourceResolvable> sentences;

    /** A refusal whose sentence exists in English only. */
    public StepRefusedException(String englishSentence) {
        this(List.of(new DefaultMessageSourceResolvable(null, null, englishSentence)), englishSentence);
    }

    /** A refusal said by a message key with its arguments; {@code englishSentence} is the same in English. */
    public StepRefusedException(String code, Object[] arguments, String englishSentence) {
        this(List.of(new DefaultMessageSourceResolvable(new String[] {code}, arguments.clone(), englishSentence)),
                englishSentence);
    }

    /** A refusal of one or more sentences (message keys); {@code englishText} is them in English, joined. */
    public StepRefusedException(List<? extends MessageSourceResolvable> sentences, String englishText) {
        super(englishText);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("A refusal says at least one sentence");
        }
        this.sentences = List.copyOf(sentences);
    }

    /** The sentences as they are, message keys with their arguments. */
    public List<MessageSourceResolvable> sentences() {
        return sentences;
    }

    /** The refusal in the reader's language: its sentences, joined with a space. */
    public String in(MessageSource messages, Locale locale) {
        return text(sentences, messages, locale);
    }

    /** Sentences in a language, joined with a space; {@link LocalizedValue} arguments formatted for it. */
    public static String text(List<? extends MessageSourceResolvable> sentences, MessageSource messages, Locale locale) {
        return String.join(" ", sentences.stream().map(sentence -> messages.getMessage(forReader(sentence, locale), locale)).toList());
    }

    private static MessageSourceResolvable forReader(MessageSourceResolvable sentence, Locale locale) {
        Object[] arguments = sentence.getArguments();
        if (arguments == null) {
            return sentence;
        }
        Object[] formatted = Arrays.stream(arguments).map(argument -> argument instanceof LocalizedValue value ? value.in(locale)
                : argument instanceof MessageSourceResolvable nested ? forReader(nested, locale) : argument).toArray();
        return new DefaultMessageSourceResolvable(sentence.getCodes(), formatted, sentence.getDefaultMessage());
    }

    /** One sentence: its key; several: none, so a message source falls back to the English text. */
    @Override
    public String[] getCodes() {
        return sentences.size() == 1 ? sentences.get(0).getCodes() : null;
    }

    @Override
    public Object[] getArguments() {
        Object[] arguments = sentences.size() == 1 ? sentences.get(0).getArguments() : null;
        return arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
