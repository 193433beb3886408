package org.mentorflow.documents;

import org.mentorflow.people.PersonalDataEraser;
import org.springframework.stereotype.Component;

/** A deleted account's uploads (verification documents, CVs) go with it. */
@Component
class DocumentDataEraser implements PersonalDataEraser {

    private final Documents documents;

    DocumentDataEraser(Documents documents) {
        this.documents = documents;
    }

    @Override
    public void erase(String personId) {
        documents.deleteAll(personId);
    }
}
