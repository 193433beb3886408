package org.mentorflow.tasklist;

/**
 * A person's text as a Camunda Form's text component shows it. That component renders its template as Markdown
 * with HTML, so a name, a file name or a message typed by someone must arrive as plain text: "<", ">" and "&"
 * become entities (no tag can open, so quotes stay as typed) and Markdown's punctuation is backslash-escaped
 * (CommonMark shows both as typed).
 * Every create listener that puts a person-written value into a form text goes through here.
 */
public final class FormText {

    /** Punctuation that Markdown reads as inline markup anywhere; "\\" first of all, so escapes stay escapes. */
    private static final String INLINE = "\\`*_{}[]()|~";
    /** Punctuation that starts a block (heading, list, quote, setext underline) only at the start of a line. */
    private static final String LINE_START = "#-+=";

    private FormText() {
    }

    /** The text, safe to put into a form's Markdown; null becomes empty. */
    public static String plain(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(value.length() + 16);
        boolean lineStart = true;
        char previous = ' ';
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> safe.append("&lt;");
                case '>' -> safe.append("&gt;");
                case '&' -> safe.append("&amp;");
                default -> {
                    // "1." starts an ordered list: a dot after a digit is escaped wherever it is, which costs nothing
                    boolean markup = INLINE.indexOf(c) >= 0 || lineStart && LINE_START.indexOf(c) >= 0
                            || c == '.' && Character.isDigit(previous);
                    safe.append(markup ? "\\" : "").append(c);
                }
            }
            lineStart = c == '\n' || lineStart && (c == ' ' || c == '\t');
            previous = c;
        }
        return safe.toString();
    }

    /** Plain text for one cell of a Markdown table or one list item: on a single line. */
    public static String cell(String value) {
        return plain(value == null ? null : value.replaceAll("[\\r\\n]+", " "));
    }
}
