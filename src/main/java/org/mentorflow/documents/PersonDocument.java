package org.mentorflow.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One file a person uploaded, with the type its bytes showed. */
@Entity
public class PersonDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String personId;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String fileName;
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private byte[] content;
    private Instant uploadedAt;

    protected PersonDocument() {
    }

    PersonDocument(String personId, DocumentKind kind, String fileName, String contentType, byte[] content,
            Instant uploadedAt) {
        this.personId = personId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getPersonId() {
        return personId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
