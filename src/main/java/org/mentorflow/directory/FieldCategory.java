package org.mentorflow.directory;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A superordinate category and its fields, for the search form: choosing the category finds all of them. */
public record FieldCategory(long id, String name, List<Option> fields) {

    public record Option(long id, String name) {
    }

    /** Every id in these categories: the categories' own and their fields'. */
    public static Set<Long> ids(List<FieldCategory> categories) {
        return categories.stream()
                .flatMap(category -> Stream.concat(Stream.of(category.id()), category.fields().stream().map(Option::id)))
                .collect(Collectors.toSet());
    }
}
