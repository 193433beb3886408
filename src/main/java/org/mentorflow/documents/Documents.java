package org.mentorflow.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * People's uploaded files (mentor verification documents, CVs), for every feature that takes one. Only files
 * {@link UploadCheck} accepts are kept; they are handed out to their owner and coordinators only
 * ({@link DocumentController}).
 */
@Service
public class Documents {

    private static final int MAX_FILE_NAME = 200;

    private final PersonDocumentRepository documents;
    private final Clock clock;

    Documents(PersonDocumentRepository documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    /** Stores the upload if it is a JPEG or PDF of at most 5 MB; otherwise says why not and stores nothing. */
    @Transactional
    public StoreResult store(String personId, DocumentKind kind, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return new StoreResult(null, DocumentRefusal.NO_FILE);
        }
        // the size is known before reading: a too-large file is refused without holding it in memory
        UploadCheck.Verdict verdict = UploadCheck.check(file.getSize(), head(file));
        if (!verdict.accepted()) {
            return new StoreResult(null, verdict.refusal());
        }
        byte[] content = bytes(file);
        PersonDocument saved = documents.save(new PersonDocument(personId, kind,
                cleanFileName(file.getOriginalFilename(), verdict.contentType()), verdict.contentType(), content, now()));
        return new StoreResult(info(saved), null);
    }

    /** The person's most recent document of this kind, without its bytes. */
    @Transactional(readOnly = true)
    public Optional<DocumentInfo> latest(String personId, DocumentKind kind) {
        return documents.findInfos(personId, kind, PageRequest.of(0, 1)).stream().findFirst();
    }

    /** A document with its bytes, for the download. */
    @Transactional(readOnly = true)
    public Optional<PersonDocument> find(long id) {
        return documents.findById(id);
    }

    /** Removes every file of the person, for good (account removed or deleted). */
    @Transactional
    public int deleteAll(String personId) {
        return documents.deleteByPersonId(personId);
    }

    /** The name as the person's computer called it, without any path, safe to send back in a header. */
    static String cleanFileName(String original, String contentType) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = UploadCheck.PDF.equals(contentType) ? "document.pdf" : "document.jpg";
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }

    private static DocumentInfo info(PersonDocument document) {
        return new DocumentInfo(document.getId(), document.getPersonId(), document.getKind(), document.getFileName(),
                document.getContentType(), document.getSize(), document.getUploadedAt());
    }

    private static byte[] head(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
