package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.newsmark.model.EntityChains.Form;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentions' lookups that the speaker sieve asks once per quote: found through the mentions in
 * order of start, they give what a pass over every mention gives, nested and long mentions included.
 */
class MentionsIndexTest {
    private static Mentions random(Random random, List<Mention> all) {
        Mentions mentions = new Mentions();
        for (int i = 0; i < 150; i++) {
            int start = random.nextInt(2_000);
            // mostly names of a few words, now and then a long nominal that others nest in
            int length = random.nextInt(10) == 0 ? 1 + random.nextInt(300) : 1 + random.nextInt(20);
            Form form = Form.values()[random.nextInt(Form.values().length)];
            Mention m = new Mention(
                    start, start + length, random.nextBoolean() ? "PERSON" : "ORGANIZATION", "E" + i, null, form);
            mentions.add(m);
            all.add(m);
        }
        return mentions;
    }

    @Test
    void theMentionsMeetingASpanAreEveryMentionThatSharesACodePointInTextOrder() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            List<Mention> all = new ArrayList<>();
            Mentions mentions = random(random, all);
            int start = random.nextInt(2_100);
            int end = start + 1 + random.nextInt(60);
            List<Mention> expected = mentions.all().stream()
                    .filter(m -> m.start() < end && start < m.end())
                    .toList();
            assertThat(mentions.meeting(start, end)).as("seed %d", seed).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theNearestMentionBeforeAnOffsetThatPassesATestIsTheFirstOfTheListBefore() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            List<Mention> all = new ArrayList<>();
            Mentions mentions = random(random, all);
            int offset = random.nextInt(2_300);
            String label = random.nextBoolean() ? "PERSON" : "ORGANIZATION";
            Predicate<Mention> test = m -> m.label().equals(label) && m.nominal();
            Mention expected = mentions.before(offset, -1).stream()
                    .filter(test)
                    .findFirst()
                    .orElse(null);
            assertThat(mentions.nearestBefore(offset, test)).as("seed %d", seed).isEqualTo(expected);
        }
    }
}
