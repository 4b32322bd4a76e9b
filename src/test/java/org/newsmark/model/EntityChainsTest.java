package org.newsmark.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityChainsTest {
    //                                0         1         2         3         4         5         6         7         8
    //        9
    //
    // 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789
    private static final String TEXT =
            "Vladimir Putin met Zelensky in Minsk. The Russian president said Putin's aide was ready; he left.";
    private static final Article ARTICLE = new Article("d", TEXT);

    private static Annotation mention(String id, String text, int from, String form, String... corefTargets) {
        int start = TEXT.indexOf(text, from);
        List<Link> links = new ArrayList<>();
        for (String t : corefTargets) {
            links.add(new Link("coref", t));
        }
        return new Annotation(
                id,
                "ENTITY",
                "PERSON",
                start,
                start + text.length(),
                text,
                links,
                form == null ? Map.of() : Map.of("mention", form),
                "");
    }

    private static List<List<String>> ids(EntityChains chains) {
        return chains.entities().stream()
                .map(e -> e.mentions().stream().map(Annotation::id).toList())
                .toList();
    }

    @Test
    void linkedMentionsFormOneEntityAndTheRestAreSingletons() {
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        mention("E1", "Vladimir Putin", 0, null),
                        mention("E2", "Zelensky", 0, null),
                        mention("E3", "Minsk", 0, null),
                        mention("E4", "The Russian president", 0, "nominal", "E1"),
                        mention("E5", "Putin", 40, "name", "E4"),
                        mention("E6", "he", 80, "pronoun", "E5")));
        EntityChains chains = EntityChains.of(set);
        assertThat(ids(chains)).containsExactly(List.of("E1", "E4", "E5", "E6"), List.of("E2"), List.of("E3"));
        assertThat(chains.entities()).extracting(EntityChains.Entity::index).containsExactly(0, 1, 2);
        assertThat(chains.entityOf("E6")).map(EntityChains.Entity::index).contains(0);
        assertThat(chains.entityOf("Q1")).isEmpty();
        assertThat(chains.entities().get(1).isSingleton()).isTrue();
    }

    @Test
    void theCanonicalNameIsTheLongestNamedMentionNotTheLongestMention() {
        // "The Russian president" (21 code points) is longer than "Vladimir Putin" (14) but is nominal.
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        mention("E1", "Putin", 40, null),
                        mention("E2", "The Russian president", 0, "nominal", "E1"),
                        mention("E3", "Vladimir Putin", 0, "name", "E2"),
                        mention("E4", "he", 80, "pronoun", "E3")));
        EntityChains.Entity putin = EntityChains.of(set).entities().get(0);
        assertThat(putin.name()).isEqualTo("Vladimir Putin");
        assertThat(putin.first().id()).isEqualTo("E3");
    }

    @Test
    void anEntityWithoutANamedMentionIsNamedByItsLongestMention() {
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        mention("E1", "The Russian president", 0, "nominal"),
                        mention("E2", "he", 80, "pronoun", "E1"),
                        mention("E3", "Putin's aide", 0, "NOMINAL "),
                        mention("E4", "aide", 0, "title", "E3")));
        List<EntityChains.Entity> entities = EntityChains.of(set).entities();
        assertThat(entities)
                .extracting(EntityChains.Entity::name)
                .containsExactly("The Russian president", "Putin's aide");
    }

    @Test
    void equallyLongNamesGiveTheEarliest() {
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        mention("E1", "Putin", 0, null),
                        mention("E2", "Minsk", 0, null, "E1"),
                        mention("E3", "Putin", 40, null, "E2")));
        assertThat(EntityChains.of(set).entities().get(0).canonical().id()).isEqualTo("E1");
    }

    @Test
    void formIsNameWhenAbsentAndEmptyForAnUnknownValue() {
        assertThat(EntityChains.Form.of(mention("E1", "Putin", 0, null))).contains(EntityChains.Form.NAME);
        assertThat(EntityChains.Form.of(mention("E1", "he", 80, "pronoun"))).contains(EntityChains.Form.PRONOUN);
        assertThat(EntityChains.Form.of(mention("E1", "aide", 0, "title"))).isEmpty();
    }

    @Test
    void linksToMissingIdsOrOtherLayersAreLeftOut() {
        Annotation quote =
                new Annotation("Q1", "QUOTE", "INDIRECT", 82, 96, ARTICLE.slice(82, 96), List.of(), Map.of(), "");
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(mention("E1", "Zelensky", 0, null, "E9"), mention("E2", "Minsk", 0, null, "Q1"), quote));
        assertThat(ids(EntityChains.of(set))).containsExactly(List.of("E1"), List.of("E2"));
    }

    @Test
    void entitiesComeInTheOrderOfTheirFirstMentionWhicheverWayLinksPoint() {
        // E4 links forward to E5 and E1 links forward to E6: still two entities, ordered by E1 and E2.
        AnnotationSet set = new AnnotationSet(
                "d",
                "ana",
                List.of(
                        mention("E1", "Vladimir Putin", 0, null, "E6"),
                        mention("E2", "Zelensky", 0, null),
                        mention("E4", "The Russian president", 0, null, "E5"),
                        mention("E5", "Putin", 40, null),
                        mention("E6", "he", 80, null, "E5")));
        assertThat(ids(EntityChains.of(set))).containsExactly(List.of("E1", "E4", "E5", "E6"), List.of("E2"));
    }

    @Test
    void aChainOf100000LinksIsOneEntityInEitherDirection() {
        int n = 100_001;
        Article article = new Article("d", "x ".repeat(n));
        List<Annotation> backward = new ArrayList<>(n);
        List<Annotation> forward = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Link> back = i == 0 ? List.of() : List.of(new Link("coref", "E" + (i - 1)));
            List<Link> ahead = i == n - 1 ? List.of() : List.of(new Link("coref", "E" + (i + 1)));
            backward.add(new Annotation("E" + i, "ENTITY", "PERSON", 2 * i, 2 * i + 1, "x", back, Map.of(), ""));
            forward.add(new Annotation("E" + i, "ENTITY", "PERSON", 2 * i, 2 * i + 1, "x", ahead, Map.of(), ""));
        }
        for (List<Annotation> list : List.of(backward, forward)) {
            EntityChains chains = EntityChains.of(new AnnotationSet("d", "ana", list));
            assertThat(chains.size()).isEqualTo(1);
            assertThat(chains.entities().get(0).mentions()).hasSize(n);
            assertThat(chains.entities().get(0).canonical().id()).isEqualTo("E0");
            assertThat(chains.entityOf("E" + (n - 1)))
                    .map(EntityChains.Entity::index)
                    .contains(0);
        }
        assertThat(article.length()).isEqualTo(2 * n);
    }
}
