package org.newsmark.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of guidelines/quotes.md (version 1.1), each with the span, label, speaker and
 * continues link that the guidelines give for it. The entities are those the guidelines say an
 * annotator has marked first (the names); speakers that need a nominal or pronoun mention are not
 * marked, so the recommender must propose it, chained to the mention it stands for.
 */
class GuidelineQuoteExamplesTest {

    @Test
    void directQuoteOfPeskovKeepsMarksAndCommaAndLeavesOutTheReportingClause() {
        Example.Run run = Example.of(
                        "\"I can say that President Trump did indeed make a personal request to President Putin "
                                + "to refrain from striking Kyiv for a week until February 1 in order to create favourable conditions for "
                                + "negotiations,\" Kremlin spokesman Dmitry Peskov said.")
                .entity("Trump", "PERSON")
                .entity("Putin", "PERSON")
                .entity("Kyiv", "GPE")
                .entity("February 1", "DATE")
                .entity("Kremlin", "ORGANIZATION")
                .entity("Dmitry Peskov", "PERSON")
                .quotes();
        Suggestion q =
                run.quote("\"I can say that President Trump did indeed make a personal request to President Putin "
                        + "to refrain from striking Kyiv for a week until February 1 in order to create favourable conditions for "
                        + "negotiations,\"");
        assertThat(q.label()).isEqualTo("DIRECT");
        assertThat(run.speaker(q)).isEqualTo("Dmitry Peskov");
        assertThat(run.quotes()).hasSize(1);
    }

    @Test
    void colonAfterTheSourceIsNotPartOfTheQuoteNorIsTheFinalFullStop() {
        Example.Run run = Example.of(
                        "On Wednesday, Home Secretary Suella Braverman told GB News: \"It's clear that we have an "
                                + "unsustainable situation in towns and cities around our country [...] because of the overwhelming numbers "
                                + "of people arriving here illegally and our legal duties to accommodate them\".")
                .entity("Wednesday", "DATE")
                .entity("Suella Braverman", "PERSON")
                .entity("GB News", "ORGANIZATION")
                .quotes();
        Suggestion q =
                run.quote("\"It's clear that we have an unsustainable situation in towns and cities around our country "
                        + "[...] because of the overwhelming numbers of people arriving here illegally and our legal duties to "
                        + "accommodate them\"");
        assertThat(q.label()).isEqualTo("DIRECT");
        assertThat(run.speaker(q)).isEqualTo("Suella Braverman");
    }

    @Test
    void weaponisingWinterIsDirectWithANominalSpeakerProposedAsAnEntity() {
        Example.Run run = Example.of(
                        "Russia has sought to deny Ukrainian civilians heat, light and running water over the "
                                + "course of the war, in a strategy that Ukrainian officials describe as “weaponising winter.”")
                .entity("Russia", "GPE")
                .entity("Ukrainian", "NORP", 1)
                .entity("Ukrainian", "NORP", 2)
                .quotes();
        Suggestion q = run.quote("“weaponising winter.”");
        assertThat(q.label()).isEqualTo("DIRECT");
        Suggestion speaker = run.suggestedSpeaker(q);
        assertThat(speaker.text()).isEqualTo("officials");
        assertThat(speaker.label()).isEqualTo("PERSON");
        assertThat(speaker.attributes()).containsEntry("mention", "nominal");
        assertThat(run.quotes()).hasSize(1);
    }

    @Test
    void quotationOverTwoParagraphsIsOneDirectSpan() {
        Example.Run run = Example.of("with Boswell stating: \"People fleeing desperate circumstances clearly need this "
                        + "government to make quicker and fairer asylum decisions, but this latest move from government is clumsy, "
                        + "unthinking and could put people’s safety at risk.\n\n\"No one’s right to refuge should be jeopardised "
                        + "because they weren't able to fill in an unwieldy form in a language they don’t speak.\"")
                .entity("Boswell", "PERSON")
                .quotes();
        assertThat(run.quotes()).hasSize(1);
        Suggestion q = run.quotes().get(0);
        assertThat(q.label()).isEqualTo("DIRECT");
        assertThat(q.text())
                .startsWith("\"People fleeing")
                .endsWith("don’t speak.\"")
                .contains("\n\n");
        assertThat(run.speaker(q)).isEqualTo("Boswell");
    }

    @Test
    void accordingToTheKremlinStartsTheContentAfterTheComma() {
        Example.Run run = Example.of("But according to the Kremlin, the appeal was made to help negotiations.")
                .entity("Kremlin", "ORGANIZATION")
                .quotes();
        Suggestion q = run.quote("the appeal was made to help negotiations");
        assertThat(q.label()).isEqualTo("INDIRECT");
        assertThat(run.speaker(q)).isEqualTo("Kremlin");
    }

    @Test
    void researchersSayEndsTheContentBeforeTheCommaAndProposesANominalSpeaker() {
        Example.Run run = Example.of(
                        "Almost half of all Australian primary school children are mild to moderately iodine "
                                + "deficient, researchers say.")
                .entity("Australian", "NORP")
                .quotes();
        Suggestion q = run.quote(
                "Almost half of all Australian primary school children are mild to moderately iodine deficient");
        assertThat(q.label()).isEqualTo("INDIRECT");
        Suggestion speaker = run.suggestedSpeaker(q);
        assertThat(speaker.text()).isEqualTo("researchers");
        assertThat(speaker.attributes()).containsEntry("mention", "nominal");
    }

    @Test
    void saidThatWithAnInsertedPhraseStartsAfterThatAndItsComma() {
        Example.Run run = Example.of(
                        "Speaking in the parents' defense, Tom Molomby, SC, said that, as the parents came from "
                                + "India, where homeopathy is in common use, they should be declared not guilty due to cultural differences.")
                .entity("Tom Molomby", "PERSON")
                .entity("India", "GPE")
                .quotes();
        Suggestion q =
                run.quote("as the parents came from India, where homeopathy is in common use, they should be declared "
                        + "not guilty due to cultural differences");
        assertThat(q.label()).isEqualTo("INDIRECT");
        assertThat(run.speaker(q)).isEqualTo("Tom Molomby");
    }

    @Test
    void contentWithoutThatStartsAfterTheVerb() {
        Example.Run run = Example.of("Scientology officials have stated they have not received the materials.")
                .entity("Scientology", "ORGANIZATION")
                .quotes();
        Suggestion q = run.quote("they have not received the materials");
        assertThat(q.label()).isEqualTo("INDIRECT");
        assertThat(run.suggestedSpeaker(q).text()).isEqualTo("officials");
    }

    @Test
    void trumpSaidLateOnThursdayKeepsTheAttachedAsClause() {
        Example.Run run = Example.of(
                        "Donald Trump said late on Thursday that Russian President Vladimir Putin had agreed not "
                                + "to target the Ukrainian capital and other towns for one week, as the region experiences frigid "
                                + "temperatures that have brought hardship to civilians.")
                .entity("Donald Trump", "PERSON")
                .entity("Thursday", "DATE")
                .entity("Russian", "NORP")
                .entity("Vladimir Putin", "PERSON")
                .entity("Ukrainian", "NORP")
                .quotes();
        Suggestion q = run.quote(
                "Russian President Vladimir Putin had agreed not to target the Ukrainian capital and other "
                        + "towns for one week, as the region experiences frigid temperatures that have brought hardship to civilians");
        assertThat(q.label()).isEqualTo("INDIRECT");
        assertThat(run.speaker(q)).isEqualTo("Donald Trump");
    }

    @Test
    void kremlinMixedQuoteAndTheSecondClauseOfWhileSuggesting() {
        Example.Run run = Example.of(
                        "The Kremlin on Friday said that US President Donald Trump asked his Russian counterpart, "
                                + "Vladimir Putin, to halt strikes on Kyiv for a week \"until February 1\" to help negotiations to end the "
                                + "Ukraine war, while suggesting that Moscow had accepted the proposal.")
                .entity("Kremlin", "ORGANIZATION")
                .entity("Friday", "DATE")
                .entity("US", "GPE")
                .entity("Donald Trump", "PERSON")
                .entity("Russian", "NORP")
                .entity("Vladimir Putin", "PERSON")
                .entity("Kyiv", "GPE")
                .entity("February 1", "DATE")
                .entity("Ukraine", "GPE")
                .entity("Moscow", "GPE")
                .quotes();
        Suggestion mixed =
                run.quote("US President Donald Trump asked his Russian counterpart, Vladimir Putin, to halt strikes "
                        + "on Kyiv for a week \"until February 1\" to help negotiations to end the Ukraine war");
        assertThat(mixed.label()).isEqualTo("MIXED");
        assertThat(run.speaker(mixed)).isEqualTo("Kremlin");
        Suggestion indirect = run.quote("Moscow had accepted the proposal");
        assertThat(indirect.label()).isEqualTo("INDIRECT");
        assertThat(run.speaker(indirect)).isEqualTo("Kremlin");
    }

    @Test
    void mixedQuotesOfTrumpAndTedeschiAndCooper() {
        Example.Run progress = Example.of(
                        "Even as Russia’s attacks on Ukraine continued, at least till Thursday, Trump said "
                                + "during the cabinet meeting that talks have seen a “lot of progress”.")
                .entity("Russia", "GPE")
                .entity("Ukraine", "GPE")
                .entity("Thursday", "DATE")
                .entity("Trump", "PERSON")
                .quotes();
        Suggestion q = progress.quote("talks have seen a “lot of progress”");
        assertThat(q.label()).isEqualTo("MIXED");
        assertThat(progress.speaker(q)).isEqualTo("Trump");

        Example.Run court = Example.of(
                        "Mr. Tedeschi also told the court that, over the last five months of her life, \"Gloria's "
                                + "eczema played a devastating role in her overall health and it is asserted by the Crown that both her "
                                + "parents knew this and discussed it with each other.\"")
                .entity("Tedeschi", "PERSON")
                .entity("Gloria", "PERSON")
                .entity("Crown", "ORGANIZATION")
                .quotes();
        Suggestion told =
                court.quote("over the last five months of her life, \"Gloria's eczema played a devastating role in "
                        + "her overall health and it is asserted by the Crown that both her parents knew this and discussed it with "
                        + "each other.\"");
        assertThat(told.label()).isEqualTo("MIXED");
        assertThat(court.speaker(told)).isEqualTo("Tedeschi");

        Example.Run cooper = Example.of(
                        "Labour's Shadow Home Secretary Yvette Cooper said her party has supported the idea \"for "
                                + "months\", and said it was \"damning that the Home Office isn't doing this already [...] including for safe "
                                + "countries like Albania\" after the United Nations High Commissioner for Refugees \"recommended it two "
                                + "years ago.\"")
                .entity("Labour", "ORGANIZATION")
                .entity("Yvette Cooper", "PERSON")
                .entity("Home Office", "ORGANIZATION")
                .entity("Albania", "GPE")
                .entity("United Nations High Commissioner for Refugees", "ORGANIZATION")
                .quotes();
        Suggestion first = cooper.quote("her party has supported the idea \"for months\"");
        Suggestion second =
                cooper.quote("it was \"damning that the Home Office isn't doing this already [...] including for "
                        + "safe countries like Albania\" after the United Nations High Commissioner for Refugees \"recommended it two "
                        + "years ago.\"");
        assertThat(first.label()).isEqualTo("MIXED");
        assertThat(second.label()).isEqualTo("MIXED");
        assertThat(cooper.speaker(first)).isEqualTo("Yvette Cooper");
        assertThat(cooper.speaker(second)).isEqualTo("Yvette Cooper");
        assertThat(cooper.quotes()).hasSize(2);
    }

    @Test
    void relayedSpeechGoesToTheOriginalSource() {
        Example.Run run = Example.of(
                        "According to Yonhap news agency, quoting North Korea's main news agency Korean Central "
                                + "News Agency (KCNA), the country's military has been placed on high alert and has been told to prepare a "
                                + "\"quasi-state of war\".")
                .entity("Yonhap", "ORGANIZATION")
                .entity("North Korea", "GPE")
                .entity("Korean Central News Agency", "ORGANIZATION")
                .entity("KCNA", "ORGANIZATION")
                .quotes();
        Suggestion q = run.quote("the country's military has been placed on high alert and has been told to prepare a "
                + "\"quasi-state of war\"");
        assertThat(q.label()).isEqualTo("MIXED");
        assertThat(run.speaker(q)).as("the speaker's mention nearest the quote").isEqualTo("KCNA");
    }

    @Test
    void interruptedQuotationOfRodabaNooriIsTwoDirectSpansTheSecondContinuingTheFirst() {
        Example.Run run = Example.of(
                        "\"We are so interested because we find a big chance to show the talent and ability of "
                                + "Afghans,\" team member Rodaba Noori told the press, \"to show that Afghan women can make robots too and we "
                                + "can improve in this section — [the] robotics section.\"")
                .entity("Afghans", "NORP")
                .entity("Rodaba Noori", "PERSON")
                .entity("Afghan", "NORP", 2)
                .quotes();
        Suggestion q1 = run.quote(
                "\"We are so interested because we find a big chance to show the talent and ability of Afghans,\"");
        Suggestion q2 =
                run.quote("\"to show that Afghan women can make robots too and we can improve in this section — [the] "
                        + "robotics section.\"");
        assertThat(q1.label()).isEqualTo("DIRECT");
        assertThat(q2.label()).isEqualTo("DIRECT");
        assertThat(run.speaker(q1)).isEqualTo("Rodaba Noori");
        assertThat(run.speaker(q2)).isEqualTo("Rodaba Noori");
        assertThat(run.continued(q2)).isEqualTo(q1);
        assertThat(run.continued(q1)).isNull();
    }

    @Test
    void secondPartInTheNextSentenceWithoutItsOwnClauseContinuesTheFirst() {
        Example.Run run = Example.of(
                        "\"Seventeen years ago, this would not have been possible at all,\" said Ambassador Mohib. "
                                + "\"They represent our aspirations and resilience despite having been brought up in a perpetual conflict.\"")
                .entity("Seventeen years ago", "DATE")
                .entity("Mohib", "PERSON")
                .quotes();
        Suggestion q1 = run.quote("\"Seventeen years ago, this would not have been possible at all,\"");
        Suggestion q2 = run.quote("\"They represent our aspirations and resilience despite having been brought up in a "
                + "perpetual conflict.\"");
        assertThat(run.speaker(q1)).isEqualTo("Mohib");
        assertThat(run.speaker(q2)).isEqualTo("Mohib");
        assertThat(run.continued(q2)).isEqualTo(q1);
        assertThat(run.quotes()).hasSize(2);
    }

    @Test
    void partsWithTheirOwnClauseOrSaidLaterAreSeparateQuotes() {
        Example.Run run = Example.of(
                        "\"Six shells of them hit the area near KPA civil police posts 542 and 543 and other 15 "
                                + "shells fell near KPA civil police posts 250 and 251\", said KCNA. \"Foolhardy provocation deserves harsh "
                                + "punishment\", it added; and, later, \"Kim Jong-un issued an order of the supreme commander of the Korean "
                                + "People's Army [KPA] that the front-line large combined units of the KPA should enter a wartime state\".")
                .entity("KPA", "ORGANIZATION", 1)
                .entity("KPA", "ORGANIZATION", 2)
                .entity("KCNA", "ORGANIZATION")
                .entity("Kim Jong-un", "PERSON")
                .entity("Korean People's Army", "ORGANIZATION")
                .entity("KPA", "ORGANIZATION", 3)
                .entity("KPA", "ORGANIZATION", 4)
                .quotes();
        assertThat(run.quotes()).hasSize(3);
        for (Suggestion q : run.quotes()) {
            assertThat(q.label()).isEqualTo("DIRECT");
            assertThat(run.continued(q)).as("continues of %s", q).isNull();
        }
        assertThat(run.speaker(run.quotes().get(0))).isEqualTo("KCNA");
        // "it added": the pronoun is the speaker of the second quote and, said "later", of the third
        Suggestion it = run.suggestedSpeaker(run.quotes().get(1));
        assertThat(it.text()).isEqualTo("it");
        assertThat(it.label()).isEqualTo("ORGANIZATION");
        assertThat(it.attributes()).containsEntry("mention", "pronoun");
        assertThat(it.links("coref")).containsExactly(SuggestedLink.toAnnotation("coref", "E3"));
        assertThat(run.suggestedSpeaker(run.quotes().get(2))).isEqualTo(it);
    }

    @Test
    void quoteInsideAQuoteIsANestedDirectSpanWithItsOwnSpeaker() {
        Example.Run run = Example.of(
                        "“A lot of people said, ‘Don’t waste the call. You’re not going to get that.’” Trump said, "
                                + "adding, “And he did it. And we’re very happy that they did it.”")
                .entity("Trump", "PERSON")
                .quotes();
        Suggestion outer = run.quote("“A lot of people said, ‘Don’t waste the call. You’re not going to get that.’”");
        Suggestion inner = run.quote("‘Don’t waste the call. You’re not going to get that.’");
        Suggestion third = run.quote("“And he did it. And we’re very happy that they did it.”");
        assertThat(run.speaker(outer)).isEqualTo("Trump");
        assertThat(run.suggestedSpeaker(inner).text()).isEqualTo("A lot of people");
        assertThat(run.suggestedSpeaker(inner).attributes()).containsEntry("mention", "nominal");
        assertThat(run.speaker(third)).isEqualTo("Trump");
        assertThat(run.continued(third)).isEqualTo(outer);
        assertThat(run.quotes()).hasSize(3);
    }

    @Test
    void scareQuotesTitlesAndNamesAreNotQuotes() {
        Example.Run run = Example.of("After visa snags, all-girl Afghan team honored for 'courageous achievement' at "
                        + "international robotics competition\n\nA group of Afghan teenagers was awarded a silver medal for "
                        + "\"courageous achievement\" on Tuesday. The Syrian refugee team listed their country as \"Hope\" on the "
                        + "backs of their shirts and named their robot \"Robogee.\" To \"route out\" in Scientology jargon refers to "
                        + "the member who wishes to leave.")
                .quotes();
        assertThat(run.quotes()).isEmpty();
    }

    @Test
    void headlineWithASourceAndAColonIsAMixedQuoteOfANominalOrganization() {
        Example.Run run = Example.of(
                        "Reports: 'streamlined' UK asylum process to replace interview with questionnaire for five "
                                + "nationalities\n\nThursday, February 23, 2023")
                .entity("UK", "GPE")
                .quotes();
        Suggestion q = run.quote(
                "'streamlined' UK asylum process to replace interview with questionnaire for five nationalities");
        assertThat(q.label()).isEqualTo("MIXED");
        Suggestion speaker = run.suggestedSpeaker(q);
        assertThat(speaker.text()).isEqualTo("Reports");
        assertThat(speaker.label()).isEqualTo("ORGANIZATION");
        assertThat(speaker.attributes()).containsEntry("mention", "nominal");
    }

    @Test
    void pronounSpeakerIsThePronounChainedToTheClosestPrecedingNamedMention() {
        Example.Run run = Example.of(
                        "Professor Eastman says manufacturers could easily remedy the situation by using iodised "
                                + "salt in their products in line with the United States and most European countries. \"I suspect they won't "
                                + "do that on a voluntary basis, we've tried so far and haven't succeeded, so we've convinced the Food Standards "
                                + "of Australia and New Zealand | that all salt should be iodised,\" he said.")
                .entity("Eastman", "PERSON")
                .entity("United States", "GPE")
                .entity("European", "NORP")
                .entity("Food Standards of Australia and New Zealand", "ORGANIZATION")
                .quotes();
        Suggestion indirect =
                run.quote("manufacturers could easily remedy the situation by using iodised salt in their products "
                        + "in line with the United States and most European countries");
        Suggestion direct =
                run.quote("\"I suspect they won't do that on a voluntary basis, we've tried so far and haven't "
                        + "succeeded, so we've convinced the Food Standards of Australia and New Zealand | that all salt should be "
                        + "iodised,\"");
        assertThat(run.speakerId(indirect)).isEqualTo("E1");
        Suggestion he = run.suggestedSpeaker(direct);
        assertThat(he.text()).isEqualTo("he");
        assertThat(he.label()).isEqualTo("PERSON");
        assertThat(he.attributes()).containsEntry("mention", "pronoun");
        assertThat(he.links("coref")).containsExactly(SuggestedLink.toAnnotation("coref", "E1"));
        assertThat(run.batch().inLayer("ENTITY"))
                .as("one new mention, the pronoun")
                .containsExactly(he);
    }

    @Test
    void bareTitleIsANominalSpeakerChainedToTheNamedPersonAndARelayingAgencyIsNotTheSpeaker() {
        Example.Run run = Example.of(
                        "Donald Trump said late on Thursday that Putin had agreed.\n\n\"Because of the extreme cold, "
                                + "I personally asked President Putin not to fire on Kyiv. And he agreed to do that, and I have to tell you, it "
                                + "was very nice,\" the US President said during a cabinet meeting at the White House, as quoted by news agency "
                                + "AFP.")
                .entity("Donald Trump", "PERSON")
                .entity("Thursday", "DATE")
                .entity("Putin", "PERSON", 1)
                .entity("Putin", "PERSON", 2)
                .entity("Kyiv", "GPE")
                .entity("US", "GPE")
                .entity("White House", "LOCATION")
                .entity("AFP", "ORGANIZATION")
                .quotes();
        Suggestion q = run.quote(
                "\"Because of the extreme cold, I personally asked President Putin not to fire on Kyiv. And he "
                        + "agreed to do that, and I have to tell you, it was very nice,\"");
        Suggestion president = run.suggestedSpeaker(q);
        assertThat(president.text()).as("US is its own GPE").isEqualTo("President");
        assertThat(president.label()).isEqualTo("PERSON");
        assertThat(president.attributes()).containsEntry("mention", "nominal");
        assertThat(president.links("coref")).containsExactly(SuggestedLink.toAnnotation("coref", "E1"));
    }

    @Test
    void ofTwoMentionsInTheReportingClauseTheOneNearestTheQuoteSpeaks() {
        Example.Run run = Example.of(
                        "The World Health Organisation (WHO) recommends that every country should iodise all "
                                + "edible salt.")
                .entity("World Health Organisation", "ORGANIZATION")
                .entity("WHO", "ORGANIZATION")
                .quotes();
        Suggestion q = run.quote("every country should iodise all edible salt");
        assertThat(q.label()).isEqualTo("INDIRECT");
        assertThat(run.speakerId(q)).isEqualTo("E2");
    }

    @Test
    void heRepliedMakesThePronounTheSpeakerChainedToThePersonItStandsFor() {
        Example.Run run = Example.of(
                        "Allegedly, Thomas' sister pleaded with him to send Gloria to a conventional medical "
                                + "doctor, but he replied \"I am not able to do that\".")
                .entity("Thomas", "PERSON")
                .entity("Gloria", "PERSON")
                .quotes();
        Suggestion q = run.quote("\"I am not able to do that\"");
        Suggestion he = run.suggestedSpeaker(q);
        assertThat(he.text()).isEqualTo("he");
        assertThat(he.attributes()).containsEntry("mention", "pronoun");
        assertThat(he.links("coref")).containsExactly(SuggestedLink.toAnnotation("coref", "E1"));
    }

    @Test
    void aReportSpeaksForItsAuthorsAndIsNoEntityItself() {
        Example.Run run = Example.of(
                        "The authors say the results confirm the existence of inadequate iodine intake. Professor "
                                + "Eastman says it is crucial.\n\nThe report says the decline in iodine intake appears to be due to changes "
                                + "in the dairy industry.")
                .entity("Eastman", "PERSON")
                .quotes();
        Suggestion q = run.quote("the decline in iodine intake appears to be due to changes in the dairy industry");
        assertThat(run.speaker(q))
                .as("the closest preceding mention of the authors")
                .isEqualTo("The authors");
        assertThat(run.batch().inLayer("ENTITY")).extracting(Suggestion::text).doesNotContain("The report");
    }

    @Test
    void documentSourceLinksToItsAuthorNamedInTheSentence() {
        Example.Run run = Example.of(
                        "The Home Office letter reads \"we may extend the use of the questionnaire as a means to "
                                + "gather additional information from other claimants awaiting an asylum decision in due course\", but no "
                                + "current plans to expand the scheme exist.")
                .entity("Home Office", "ORGANIZATION")
                .quotes();
        Suggestion q = run.quotes().get(0);
        assertThat(q.label()).isEqualTo("DIRECT");
        assertThat(run.speaker(q)).isEqualTo("Home Office");
    }

    @Test
    void sayingVerbsThatReportNoContentMakeNoQuote() {
        Example.Run run = Example.of(
                        "Trump didn't say when the call with Putin took place or when the moratorium would go into "
                                + "effect. Neither the US leader nor Moscow clarified when Trump had asked Putin.")
                .entity("Trump", "PERSON", 1)
                .entity("Putin", "PERSON", 1)
                .quotes();
        assertThat(run.quotes()).isEmpty();
    }
}
