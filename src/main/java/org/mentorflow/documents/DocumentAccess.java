package org.mentorflow.documents;

/**
 * Who besides the owner and coordinators may read an upload: features that share a person's files with
 * others (a mentor reading the CV of a mentee who asked them) implement this as a Spring bean.
 */
public interface DocumentAccess {

    boolean mayRead(String readerId, String ownerId, DocumentKind kind);
}
