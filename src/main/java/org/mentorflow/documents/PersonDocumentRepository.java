package org.mentorflow.documents;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PersonDocumentRepository extends JpaRepository<PersonDocument, Long> {

    @Query("""
            select new org.mentorflow.documents.DocumentInfo(d.id, d.personId, d.kind, d.fileName, d.contentType, d.size, d.uploadedAt)
            from PersonDocument d where d.personId = ?1 and d.kind = ?2 order by d.uploadedAt desc, d.id desc
            """)
    List<DocumentInfo> findInfos(String personId, DocumentKind kind, Pageable page);

    @Modifying
    @Query("delete from PersonDocument d where d.personId = ?1")
    int deleteByPersonId(String personId);
}
