package org.mentorflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person's text in a form's Markdown text: shown as typed, never as markup. */
class FormTextTest {

    @Test
    void htmlBecomesEntities() {
        assertThat(FormText.plain("<img src=x onerror=alert(1)>.pdf")).isEqualTo("&lt;img src=x onerror=alert\\(1\\)&gt;.pdf");
        assertThat(FormText.plain("Tom & \"Jerry\" O'Neil")).isEqualTo("Tom &amp; \"Jerry\" O'Neil");
    }

    @Test
    void markdownIsEscaped() {
        assertThat(FormText.plain("**bold** _it_ `code` [link](javascript:x) ~~gone~~ a|b \\"))
                .isEqualTo("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\]\\(javascript:x\\) \\~\\~gone\\~\\~ a\\|b \\\\");
        assertThat(FormText.plain("# Heading\n- item\n  + item\n===\n1. first")).isEqualTo("\\# Heading\n\\- item\n  \\+ item\n\\===\n1\\. first");
    }

    @Test
    void everydayTextStaysReadable() {
        assertThat(FormText.plain("Anna-Lena Berg, anna.berg@example.org, diploma-scan.pdf"))
                .isEqualTo("Anna-Lena Berg, anna.berg@example.org, diploma-scan.pdf");
        assertThat(FormText.plain(null)).isEmpty();
        assertThat(FormText.cell("two\r\nlines")).isEqualTo("two lines");
    }
}
