package org.newsmark.consistency;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.newsmark.model.AnnotatedArticle;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusSearchTest {
    //                                    0         1         2         3         4
    //                                    01234567890123456789012345678901234567890123
    private static final String ONE = "The Kremlin said Kremlinology is not a Kremlin thing.";
    // An emoji (two UTF-16 chars, one code point) before the hit: offsets must count it once.
    private static final String TWO = "😀 kremlin and Kremlin";

    private static AnnotatedArticle one() {
        Article a = new Article("one", ONE);
        return new AnnotatedArticle(
                a,
                new AnnotationSet(
                        "one",
                        "ana",
                        List.of(
                                Annotation.span("E1", "ENTITY", "ORGANIZATION", 4, 11, "Kremlin"),
                                Annotation.span("E2", "ENTITY", "GPE", 0, 11, "The Kremlin"),
                                Annotation.span("V1", "EVENT", "STATEMENT", 12, 16, "said"))));
    }

    private static AnnotatedArticle two() {
        return new AnnotatedArticle(new Article("two", TWO), AnnotationSet.empty("two", "ana"));
    }

    private static List<CorpusSearch.Hit> search(CorpusSearch.Query q) {
        return CorpusSearch.search(q, List.of(one(), two()));
    }

    private static CorpusSearch.Query q(
            String text, boolean regex, boolean word, boolean icase, String layer, String label, boolean unannotated) {
        return new CorpusSearch.Query(text, regex, word, icase, layer, label, unannotated);
    }

    @Test
    void findsEveryOccurrenceInEveryArticleWithCodePointOffsetsAndContext() {
        List<CorpusSearch.Hit> hits = search(CorpusSearch.Query.of("Kremlin"));
        assertThat(hits)
                .extracting(CorpusSearch.Hit::doc, CorpusSearch.Hit::start, CorpusSearch.Hit::end)
                .containsExactly(
                        Tuple.tuple("one", 4, 11),
                        Tuple.tuple("one", 17, 24),
                        Tuple.tuple("one", 39, 46),
                        Tuple.tuple("two", 14, 21));
        CorpusSearch.Hit first = hits.get(0);
        assertThat(first.left()).isEqualTo("The ");
        assertThat(first.right()).startsWith(" said Kremlinology");
        assertThat(first.annotations()).extracting(Annotation::id).containsExactly("E2", "E1");
        assertThat(hits.get(3).left()).isEqualTo("😀 kremlin and ");
    }

    @Test
    void wholeWordsIgnoreCaseAndRegularExpressions() {
        assertThat(search(q("Kremlin", false, true, false, null, null, false)))
                .extracting(CorpusSearch.Hit::start)
                .containsExactly(4, 39, 14);
        assertThat(search(q("kremlin", false, true, true, null, null, false))).hasSize(4);
        assertThat(search(q("Krem\\w+", true, false, false, null, null, false)))
                .extracting(CorpusSearch.Hit::text)
                .containsExactly("Kremlin", "Kremlinology", "Kremlin", "Kremlin");
        assertThat(search(q("a.c", false, false, false, null, null, false))).isEmpty();
    }

    @Test
    void layerAndLabelKeepTheHitsInsideSuchAnnotationsAndUnannotatedTheOthers() {
        assertThat(search(q("Kremlin", false, true, false, "ENTITY", null, false)))
                .extracting(CorpusSearch.Hit::start)
                .containsExactly(4);
        assertThat(search(q("Kremlin", false, true, false, "ENTITY", "GPE", false)))
                .extracting(CorpusSearch.Hit::start)
                .containsExactly(4);
        assertThat(search(q("Kremlin", false, true, false, "EVENT", null, false)))
                .isEmpty();
        assertThat(search(q("Kremlin", false, true, false, null, null, true)))
                .extracting(CorpusSearch.Hit::doc, CorpusSearch.Hit::start)
                .containsExactly(Tuple.tuple("one", 39), Tuple.tuple("two", 14));
        assertThat(search(q("Kremlin", false, true, false, "EVENT", null, true)))
                .hasSize(3);
    }

    @Test
    void anEmptyTextOrABadExpressionIsRefusedWithTheReason() {
        assertThatThrownBy(() -> search(CorpusSearch.Query.of("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> search(q("(unclosed", true, false, false, null, null, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid regular expression");
    }
}
