package org.mentorflow.chat;

import org.mentorflow.people.PersonalDataEraser;
import org.springframework.stereotype.Component;

/** What a deleted person wrote in their threads goes with the account; the partner's own messages stay. */
@Component
class ChatDataEraser implements PersonalDataEraser {

    private final ChatThreads threads;

    ChatDataEraser(ChatThreads threads) {
        this.threads = threads;
    }

    @Override
    public void erase(String personId) {
        threads.deleteMessagesWrittenBy(personId);
    }
}
