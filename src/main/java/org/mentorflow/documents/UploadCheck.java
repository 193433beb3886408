package org.mentorflow.documents;

import java.util.Optional;

/**
 * Decides whether an uploaded file may be kept: a JPEG image or a PDF, at most 5 MB. The type comes from the
 * file's first bytes (its magic number), never from its name or the Content-Type the browser sent, both of
 * which the uploader controls: a PNG renamed to .pdf is still a PNG.
 */
public final class UploadCheck {

    /** The sources' limit: "jpg or PDF format and no larger than 5MB". */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_MEGABYTES = (int) (MAX_BYTES / (1024 * 1024));

    public static final String JPEG = "image/jpeg";
    public static final String PDF = "application/pdf";

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    /** The verdict: the sniffed content type of an accepted file, or why it is refused. */
    public record Verdict(String contentType, DocumentRefusal refusal) {

        public boolean accepted() {
            return refusal == null;
        }
    }

    private UploadCheck() {
    }

    /** Checks a file whose size is known before its bytes are read (a multipart upload). */
    public static Verdict check(long size, byte[] head) {
        if (size <= 0) {
            return new Verdict(null, DocumentRefusal.NO_FILE);
        }
        if (size > MAX_BYTES) {
            return new Verdict(null, DocumentRefusal.TOO_LARGE);
        }
        return sniff(head).map(type -> new Verdict(type, null))
                .orElseGet(() -> new Verdict(null, DocumentRefusal.WRONG_TYPE));
    }

    public static Verdict check(byte[] content) {
        return check(content == null ? 0 : content.length, content);
    }

    /** The content type the bytes announce, if it is one we accept. */
    static Optional<String> sniff(byte[] head) {
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
