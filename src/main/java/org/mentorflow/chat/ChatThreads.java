package org.mentorflow.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mentorflow.chat.MessageRefusedException.Reason;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message thread of each mentorship: it begins when the mentor accepts, and only the mentee and the mentor
 * read and write it. Coordinators do not read it either: the sources promise participants privacy, and a
 * coordinator's work (stuck or inactive mentorships) runs on states and dates, not on conversations. Once the
 * mentorship is completed or cancelled the thread stays readable but takes no new messages.
 */
@Service
public class ChatThreads {

    /** Longest message, in the characters a browser's maxlength counts. */
    static final int MAX_LENGTH = 4000;

    /** Control characters other than line breaks and tabs: invisible, and PostgreSQL refuses NUL outright. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private final ChatMessageRepository messages;
    private final Mentorships mentorships;
    private final Clock clock;

    ChatThreads(ChatMessageRepository messages, Mentorships mentorships, Clock clock) {
        this.messages = messages;
        this.mentorships = mentorships;
        this.clock = clock;
    }

    /**
     * The thread as the person sees it; opening it marks the partner's messages to them read. Empty if the person
     * has no thread in this mentorship.
     */
    @Transactional
    Optional<ChatThread> open(long mentorshipId, String personId) {
        Optional<Mentorship> mentorship = threadOf(mentorshipId, personId);
        if (mentorship.isEmpty()) {
            return Optional.empty();
        }
        messages.markRead(mentorshipId, personId, now());
        return mentorship.map(m -> view(m, personId));
    }

    /**
     * Adds a message from one participant to the other.
     *
     * @throws NoChatException          if the person has no thread in this mentorship
     * @throws MessageRefusedException  if the text is empty or too long, or the mentorship has ended
     */
    @Transactional
    void post(long mentorshipId, String personId, String text) {
        Mentorship mentorship = threadOf(mentorshipId, personId).orElseThrow(() -> new NoChatException(mentorshipId, personId));
        String body = normalise(text);
        if (body.isEmpty()) {
            throw new MessageRefusedException(Reason.EMPTY, "The message is empty.");
        }
        if (body.length() > MAX_LENGTH) {
            throw new MessageRefusedException(Reason.TOO_LONG, "The message has " + body.length() + " characters; at most "
                    + MAX_LENGTH + " fit.", body.length(), MAX_LENGTH);
        }
        if (!isOpen(mentorship.getState())) {
            throw new MessageRefusedException(Reason.CLOSED, "Mentorship " + mentorshipId + " is "
                    + mentorship.getState() + "; its thread takes no new messages.");
        }
        Person author = participant(mentorship, personId);
        messages.save(new ChatMessage(mentorshipId, personId, mentorship.partnerOf(author).getId(), body, now()));
    }

    /**
     * For "my mentoring": every mentorship of the person that has a thread, with the number of messages they have
     * not read yet (0 included).
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> unreadCounts(String personId) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        mentorships.of(personId).stream().filter(ChatThreads::hasThread).forEach(m -> counts.put(m.getId(), 0L));
        messages.countUnread(personId).forEach(count -> counts.computeIfPresent(count.mentorshipId(), (id, zero) -> count.unread()));
        return counts;
    }

    /**
     * For deleting an account: removes every message the person wrote, in all their threads. What their partners
     * wrote stays, as it is the partners' own.
     *
     * @return how many messages were removed
     */
    @Transactional
    public long deleteMessagesWrittenBy(String personId) {
        return messages.deleteByAuthorId(personId);
    }

    /** A thread exists from the acceptance on; a request cancelled before any answer never had one. */
    static boolean hasThread(Mentorship mentorship) {
        return switch (mentorship.getState()) {
            case ACCEPTED, ACTIVE, COMPLETED -> true;
            case CANCELLED -> mentorship.getAnsweredAt() != null;
            default -> false;
        };
    }

    static boolean isOpen(MentorshipState state) {
        return state == MentorshipState.ACCEPTED || state == MentorshipState.ACTIVE;
    }

    /** Line breaks as a browser's maxlength counts them (one character), no invisible characters, no outer blanks. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
    }

    /** Looked up among the person's own mentorships: whatever is not theirs does not exist for them. */
    private Optional<Mentorship> threadOf(long mentorshipId, String personId) {
        return mentorships.of(personId).stream()
                .filter(mentorship -> mentorship.getId() == mentorshipId && hasThread(mentorship))
                .findFirst();
    }

    private ChatThread view(Mentorship mentorship, String personId) {
        Person me = participant(mentorship, personId);
        Person partner = mentorship.partnerOf(me);
        List<ChatThread.Entry> entries = messages.findByMentorshipIdOrderByIdAsc(mentorship.getId()).stream()
                .map(message -> {
                    boolean mine = message.getAuthorId().equals(personId);
                    return new ChatThread.Entry(message.getId(), (mine ? me : partner).getFirstName(), mine,
                            message.getSentAt(), message.getBody());
                })
                .toList();
        return new ChatThread(mentorship.getId(), me, partner, mentorship.getState(), isOpen(mentorship.getState()), entries);
    }

    private static Person participant(Mentorship mentorship, String personId) {
        return mentorship.getMentee().getId().equals(personId) ? mentorship.getMentee() : mentorship.getMentor();
    }

    private Instant now() {
        return clock.instant();
    }
}
