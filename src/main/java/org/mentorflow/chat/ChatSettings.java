package org.mentorflow.chat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param unreadMailAfter how long a message stays unread before its recipient gets one reminder mail. How often
 *                        the sweep looks is {@code mentorflow.chat.unread-sweep-interval} (read by
 *                        {@link UnreadChatMail}'s schedule; tests switch it off and call the sweep themselves).
 */
@ConfigurationProperties("mentorflow.chat")
record ChatSettings(@DefaultValue("PT2H") Duration unreadMailAfter) {
}
