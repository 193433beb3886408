package org.mentorflow.directory;

import java.util.List;

/** A superordinate category and its fields, for the search form: choosing the category finds all of them. */
public record FieldCategory(long id, String name, List<Option> fields) {

    public record Option(long id, String name) {
    }
}
