package org.mentorflow.insights;

/** A cell that is a message key, shown (and written to CSV) in the reader's language. */
record Label(String key) {
}
